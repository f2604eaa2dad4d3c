package io.ostock.licensing.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Where recent validation answers are kept (Redis), by the SHA-256 of the key. */
public interface ValidationResults {

    /** A validation answer as cached; licenseId and the rest are null for unknown or revoked keys. */
    record Result(String verdict, UUID licenseId, String status, Instant expiresAt, UUID organizationId,
                  String productName) {
    }

    Optional<Result> get(String keyHash);

    void put(String keyHash, Result result);

    void evict(String keyHash);
}
