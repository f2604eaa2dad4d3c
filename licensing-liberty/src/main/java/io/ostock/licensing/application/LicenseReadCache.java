package io.ostock.licensing.application;

import java.util.Optional;
import java.util.UUID;

/**
 * Where recently read licenses are kept, by id (Redis: {@code RedisLicenseReadCache}). A change drops
 * its license's entry when it commits.
 */
public interface LicenseReadCache {

    Optional<LicenseView> get(UUID licenseId);

    void put(LicenseView license);

    void evict(UUID licenseId);
}
