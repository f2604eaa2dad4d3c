package io.ostock.licensing.application;

import java.util.Optional;

/**
 * Where recent validation answers are kept, by the SHA-256 of the key (Redis:
 * {@code RedisValidationCache}). A change of the license drops its entry when it commits.
 */
public interface ValidationCache {

    Optional<ValidationResult> get(String keyHash);

    void put(String keyHash, ValidationResult result);

    void evict(String keyHash);
}
