package io.ostock.licensing.infrastructure;

import io.ostock.licensing.application.ValidationResults;
import io.ostock.platform.redis.RedisConnections;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryType;

import java.util.Optional;

/**
 * Validation answers in Redis by key hash, for a short TTL (license.validation-cache.ttl.seconds).
 * Unknown and revoked keys are cached alike, so that both answer at the same speed. A change of the
 * license drops its entry when it commits.
 */
@ApplicationScoped
public class ValidationCache implements ValidationResults {

    @Inject
    RedisConnections redis;

    @Inject
    @ConfigProperty(name = "license.validation-cache.ttl.seconds", defaultValue = "30")
    long ttlSeconds;

    @Inject
    @RegistryType(type = MetricRegistry.Type.APPLICATION)
    MetricRegistry metrics;

    private RedisJsonCache<Result> cache;

    @PostConstruct
    void open() {
        cache = new RedisJsonCache<>(redis, metrics, "validation", Result.class, ttlSeconds);
    }

    @Override
    public Optional<Result> get(String keyHash) {
        return cache.get(keyHash);
    }

    @Override
    public void put(String keyHash, Result result) {
        cache.put(keyHash, result);
    }

    @Override
    public void evict(String keyHash) {
        cache.evictOrLetExpire(keyHash);
    }
}
