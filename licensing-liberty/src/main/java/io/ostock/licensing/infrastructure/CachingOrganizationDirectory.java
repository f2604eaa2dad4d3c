package io.ostock.licensing.infrastructure;

import io.ostock.licensing.application.OrganizationDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The organization directory licensing uses: the Redis cache first, then the Organization service.
 * While Organization is down, organizations in the cache are still known.
 *
 * <p>Concurrent misses for one organization share one call: when a busy organization's entry
 * expires, the requests of that moment wait for the first one's answer instead of all asking
 * Organization at once (a stampede that filled the bulkhead and opened the circuit under load).
 * Every waiting caller has already been allowed to read the organization's data.
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

    private final ConcurrentMap<UUID, CompletableFuture<Lookup>> lookupsInFlight = new ConcurrentHashMap<>();

    @Override
    public Lookup find(UUID organizationId) {
        return cache.get(organizationId).map(Lookup::found).orElseGet(() -> askOnce(organizationId));
    }

    private Lookup askOnce(UUID organizationId) {
        CompletableFuture<Lookup> mine = new CompletableFuture<>();
        CompletableFuture<Lookup> running = lookupsInFlight.putIfAbsent(organizationId, mine);
        if (running != null) {
            // As long as the first caller's call, which its timeout bounds; its failure reads as "unavailable".
            return running.exceptionally(failure -> Lookup.unavailable()).join();
        }
        try {
            Lookup asked = ask(organizationId);
            mine.complete(asked);
            return asked;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            lookupsInFlight.remove(organizationId, mine);
        }
    }

    private Lookup ask(UUID organizationId) {
        Lookup asked = bearerToken()
                .map(token -> client.find(organizationId, token).toCompletableFuture().join())
                .orElseGet(Lookup::unavailable);
        asked.organization().ifPresent(cache::put);
        return asked;
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
