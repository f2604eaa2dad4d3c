package io.ostock.licensing.infrastructure;

import io.ostock.licensing.application.OrganizationDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.UUID;

/**
 * The organization directory licensing uses: the Redis cache first, then the Organization service.
 * While Organization is down, organizations in the cache are still known.
 */
@ApplicationScoped
public class CachingOrganizationDirectory implements OrganizationDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(CachingOrganizationDirectory.class);

    @Inject
    OrganizationSummaryCache cache;

    @Inject
    OrganizationServiceClient client;

    @Inject
    OutgoingToken token;

    @Override
    public Lookup find(UUID organizationId) {
        return cache.get(organizationId).map(Lookup::found).orElseGet(() -> {
            Lookup asked = bearerToken()
                    .map(token -> client.find(organizationId, token).toCompletableFuture().join())
                    .orElseGet(Lookup::unavailable);
            asked.organization().ifPresent(cache::put);
            return asked;
        });
    }

    /** Empty when the service account has no token now (Keycloak down): Organization is then not asked. */
    private Optional<String> bearerToken() {
        try {
            return Optional.of(token.current());
        } catch (IllegalStateException noToken) {
            LOG.warn("No token to ask the Organization service with: {}", noToken.getMessage());
            return Optional.empty();
        }
    }
}
