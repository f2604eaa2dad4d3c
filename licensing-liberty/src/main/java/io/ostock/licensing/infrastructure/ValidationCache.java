package io.ostock.licensing.infrastructure;

import io.ostock.licensing.application.ValidationResults;
import io.ostock.platform.redis.RedisConnections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import redis.clients.jedis.params.SetParams;

import java.util.Optional;

/**
 * Validation answers in Redis by key hash, for a short TTL (license.validation-cache.ttl.seconds).
 * Unknown and revoked keys are cached alike, so that both answer at the same speed. A change of the
 * license evicts its entry at once; a Redis failure is a miss.
 */
@ApplicationScoped
public class ValidationCache implements ValidationResults {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ValidationCache.class);

    @Inject
    RedisConnections redis;

    @Inject
    @ConfigProperty(name = "license.validation-cache.ttl.seconds", defaultValue = "30")
    long ttlSeconds;

    @Override
    public Optional<Result> get(String keyHash) {
        try {
            return Optional.ofNullable(redis.client().get(key(keyHash))).map(json -> JSON.fromJson(json, Result.class));
        } catch (RuntimeException redisDown) {
            return Optional.empty();
        }
    }

    @Override
    public void put(String keyHash, Result result) {
        try {
            redis.client().set(key(keyHash), JSON.toJson(result), SetParams.setParams().ex(ttlSeconds));
        } catch (RuntimeException redisDown) {
            // a miss next time
        }
    }

    /**
     * Drops the answer at once. When Redis cannot be reached the change still goes through (an
     * outage must not block revocations) and a stale answer can live at most the short TTL; the
     * failure is logged.
     */
    @Override
    public void evict(String keyHash) {
        try {
            redis.client().del(key(keyHash));
        } catch (RuntimeException redisDown) {
            LOG.warn("Could not drop a cached validation answer (Redis unreachable); it expires within {} s",
                    ttlSeconds);
        }
    }

    private static String key(String keyHash) {
        return "licensing:validation:" + keyHash;
    }
}
