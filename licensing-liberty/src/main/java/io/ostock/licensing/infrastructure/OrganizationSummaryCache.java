package io.ostock.licensing.infrastructure;

import io.ostock.licensing.application.OrganizationDirectory.OrganizationSummary;
import io.ostock.platform.redis.RedisConnections;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryType;
import redis.clients.jedis.params.SetParams;

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

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    RedisConnections redis;

    @Inject
    @ConfigProperty(name = "organization.cache.ttl.seconds", defaultValue = "300")
    long ttlSeconds;

    @Inject
    @RegistryType(type = MetricRegistry.Type.APPLICATION)
    MetricRegistry metrics;

    private CacheRequests requests;

    @PostConstruct
    void registerMetrics() {
        requests = new CacheRequests(metrics, "organization");
    }

    public Optional<OrganizationSummary> get(UUID organizationId) {
        if (ttlSeconds <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(requests.counted(redis.client().get(key(organizationId))))
                    .map(json -> JSON.fromJson(json, OrganizationSummary.class));
        } catch (RuntimeException redisDown) {
            requests.error();
            return Optional.empty();
        }
    }

    public void put(OrganizationSummary summary) {
        if (ttlSeconds <= 0) {
            return;
        }
        try {
            redis.client().set(key(summary.id()), JSON.toJson(summary), SetParams.setParams().ex(ttlSeconds));
        } catch (RuntimeException redisDown) {
            requests.error();
        }
    }

    /** Throws when Redis cannot be reached, so that the event is not acknowledged unprocessed. */
    public void evict(UUID organizationId) {
        redis.client().del(key(organizationId));
    }

    private static String key(UUID organizationId) {
        return "licensing:organization:" + organizationId;
    }
}
