package io.ostock.licensing.application;

import java.util.Optional;
import java.util.UUID;

/** Where recently read licenses are kept (Redis), by id. A change drops its license's entry when it commits. */
public interface CachedLicenses {

    Optional<LicenseView> get(UUID licenseId);

    void put(LicenseView license);

    void evict(UUID licenseId);
}
