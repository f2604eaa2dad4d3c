package io.ostock.licensing.application;

import io.ostock.licensing.domain.LicenseKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Key validation: from the short-lived validation cache when it has the key's verdict, else from the
 * database (and then cached). An unknown key and a revoked one get the same answer by the same path,
 * so the answer tells nothing about which keys exist. Kept apart from LicenseService, as LicenseReads
 * is, so that a cache hit passes no transaction interceptor.
 */
@ApplicationScoped
public class LicenseValidation {

    @Inject
    ValidationCache validationCache;

    @Inject
    LicenseService licenses;

    public ValidationResult validate(String key) {
        String hash = LicenseKeys.hash(key);
        return validationCache.get(hash).orElseGet(() -> {
            ValidationResult result = licenses.lookUp(hash);
            validationCache.put(hash, result);
            return result;
        });
    }
}
