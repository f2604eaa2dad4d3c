package io.ostock.licensing.infrastructure;

import io.ostock.licensing.application.OrganizationDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * The organization directory licensing uses: the Redis cache first, then the Organization service.
 * While Organization is down, organizations in the cache are still known.
 */
@ApplicationScoped
public class CachingOrganizationDirectory implements OrganizationDirectory {

    @Inject
    OrganizationSummaryCache cache;

    @Inject
    OrganizationServiceClient client;

    @Override
    public Lookup find(UUID organizationId) {
        return cache.get(organizationId).map(Lookup::found).orElseGet(() -> {
            Lookup asked = client.find(organizationId);
            asked.organization().ifPresent(cache::put);
            return asked;
        });
    }
}
