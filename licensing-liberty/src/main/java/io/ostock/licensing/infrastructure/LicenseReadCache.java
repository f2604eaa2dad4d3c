package io.ostock.licensing.infrastructure;

import io.ostock.licensing.application.CachedLicenses;
import io.ostock.licensing.application.LicenseView;
import io.ostock.platform.redis.RedisConnections;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.params.SetParams;

import java.util.Optional;
import java.util.UUID;

/**
 * Licenses in Redis by id (cache-aside, TTL license.read-cache.ttl.seconds), so that a license read
 * costs no database query. Every change drops its license's entry when it commits; a Redis failure is
 * a miss. A TTL of 0 turns the cache off.
 */
@ApplicationScoped
public class LicenseReadCache implements CachedLicenses {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Logger LOG = LoggerFactory.getLogger(LicenseReadCache.class);

    @Inject
    RedisConnections redis;

    @Inject
    @ConfigProperty(name = "license.read-cache.ttl.seconds", defaultValue = "60")
    long ttlSeconds;

    @Inject
    @RegistryType(type = MetricRegistry.Type.APPLICATION)
    MetricRegistry metrics;

    private CacheRequests requests;

    @PostConstruct
    void registerMetrics() {
        requests = new CacheRequests(metrics, "license");
    }

    @Override
    public Optional<LicenseView> get(UUID licenseId) {
        if (ttlSeconds <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(requests.counted(redis.client().get(key(licenseId))))
                    .map(json -> JSON.fromJson(json, LicenseView.class));
        } catch (RuntimeException redisDown) {
            requests.error();
            return Optional.empty();
        }
    }

    @Override
    public void put(LicenseView license) {
        if (ttlSeconds <= 0) {
            return;
        }
        try {
            redis.client().set(key(license.id()), JSON.toJson(license), SetParams.setParams().ex(ttlSeconds));
        } catch (RuntimeException redisDown) {
            requests.error();
        }
    }

    /** When Redis cannot be reached the change has still been made; the old state lives at most the TTL (logged). */
    @Override
    public void evict(UUID licenseId) {
        try {
            redis.client().del(key(licenseId));
        } catch (RuntimeException redisDown) {
            LOG.warn("Could not drop a cached license (Redis unreachable); it expires within {} s", ttlSeconds);
        }
    }

    private static String key(UUID licenseId) {
        return "licensing:license:" + licenseId;
    }
}
