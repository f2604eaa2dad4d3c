package io.ostock.licensing.infrastructure;

import io.ostock.licensing.application.LicenseReadCache;
import io.ostock.licensing.application.LicenseView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryType;

import java.util.Optional;
import java.util.UUID;

/**
 * Licenses in Redis by id (cache-aside, TTL license.read-cache.ttl.seconds), so that a license read
 * costs no database query. Every change drops its license's entry when it commits.
 */
@ApplicationScoped
public class RedisLicenseReadCache implements LicenseReadCache {

    @Inject
    CacheStore store;

    @Inject
    @ConfigProperty(name = "license.read-cache.ttl.seconds", defaultValue = "60")
    long ttlSeconds;

    @Inject
    @RegistryType(type = MetricRegistry.Type.APPLICATION)
    MetricRegistry metrics;

    private JsonCache<LicenseView> cache;

    @PostConstruct
    void open() {
        cache = new JsonCache<>(store, metrics, "license", LicenseView.class, ttlSeconds);
    }

    @Override
    public Optional<LicenseView> get(UUID licenseId) {
        return cache.get(licenseId);
    }

    @Override
    public void put(LicenseView license) {
        cache.put(license.id(), license);
    }

    @Override
    public void evict(UUID licenseId) {
        cache.evictOrLetExpire(licenseId);
    }
}
