package io.ostock.licensing.infrastructure;

import io.ostock.licensing.application.OrganizationDirectory.OrganizationSummary;
import io.ostock.platform.redis.RedisConnections;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryType;

import java.util.Optional;
import java.util.UUID;

/**
 * Organization summaries in Redis (cache-aside, TTL organization.cache.ttl.seconds), evicted when
 * the organization's change event arrives. A Redis failure is a miss: it costs speed, never the answer.
 * A TTL of 0 turns the cache off: every lookup asks the Organization service (the discovery benchmark
 * uses that to measure the calls themselves).
 */
@ApplicationScoped
public class OrganizationSummaryCache {

    @Inject
    RedisConnections redis;

    @Inject
    @ConfigProperty(name = "organization.cache.ttl.seconds", defaultValue = "300")
    long ttlSeconds;

    @Inject
    @RegistryType(type = MetricRegistry.Type.APPLICATION)
    MetricRegistry metrics;

    private RedisJsonCache<OrganizationSummary> cache;

    @PostConstruct
    void open() {
        cache = new RedisJsonCache<>(redis, metrics, "organization", OrganizationSummary.class, ttlSeconds);
    }

    public Optional<OrganizationSummary> get(UUID organizationId) {
        return cache.get(organizationId);
    }

    public void put(OrganizationSummary summary) {
        cache.put(summary.id(), summary);
    }

    /** Throws when Redis cannot be reached, so that the event is not acknowledged unprocessed. */
    public void evict(UUID organizationId) {
        cache.evict(organizationId);
    }
}
