package io.ostock.licensing.infrastructure;

import io.ostock.licensing.application.ValidationCache;
import io.ostock.licensing.application.ValidationResult;
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
public class RedisValidationCache implements ValidationCache {

    @Inject
    CacheStore store;

    @Inject
    @ConfigProperty(name = "license.validation-cache.ttl.seconds", defaultValue = "30")
    long ttlSeconds;

    @Inject
    @RegistryType(type = MetricRegistry.Type.APPLICATION)
    MetricRegistry metrics;

    private JsonCache<ValidationResult> cache;

    @PostConstruct
    void open() {
        cache = new JsonCache<>(store, metrics, "validation", ValidationResult.class, ttlSeconds);
    }

    @Override
    public Optional<ValidationResult> get(String keyHash) {
        return cache.get(keyHash);
    }

    @Override
    public void put(String keyHash, ValidationResult result) {
        cache.put(keyHash, result);
    }

    @Override
    public void evict(String keyHash) {
        cache.evictOrLetExpire(keyHash);
    }
}
