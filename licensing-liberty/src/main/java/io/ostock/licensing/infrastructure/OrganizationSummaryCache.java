package io.ostock.licensing.infrastructure;

import io.ostock.licensing.application.OrganizationDirectory.OrganizationSummary;
import io.ostock.platform.redis.RedisConnections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryType;
import redis.clients.jedis.params.SetParams;

import java.util.Optional;
import java.util.UUID;

/**
 * Organization summaries in Redis (cache-aside, TTL organization.cache.ttl.seconds), evicted when
 * the organization's change event arrives. A Redis failure is a miss: it costs speed, never the answer.
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

    public Optional<OrganizationSummary> get(UUID organizationId) {
        try {
            String cached = redis.client().get(key(organizationId));
            count(cached == null ? "miss" : "hit");
            return Optional.ofNullable(cached).map(json -> JSON.fromJson(json, OrganizationSummary.class));
        } catch (RuntimeException redisDown) {
            count("error");
            return Optional.empty();
        }
    }

    public void put(OrganizationSummary summary) {
        try {
            redis.client().set(key(summary.id()), JSON.toJson(summary), SetParams.setParams().ex(ttlSeconds));
        } catch (RuntimeException redisDown) {
            count("error");
        }
    }

    /** Throws when Redis cannot be reached, so that the event is not acknowledged unprocessed. */
    public void evict(UUID organizationId) {
        redis.client().del(key(organizationId));
    }

    private static String key(UUID organizationId) {
        return "licensing:organization:" + organizationId;
    }

    private void count(String result) {
        Counter counter = metrics.counter("organization_cache_requests_total", new Tag("result", result));
        counter.inc();
    }
}
