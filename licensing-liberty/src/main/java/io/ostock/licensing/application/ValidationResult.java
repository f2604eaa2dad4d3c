package io.ostock.licensing.application;

import java.time.Instant;
import java.util.UUID;

/** A key's validation answer, as cached; licenseId and the rest are null for unknown or revoked keys. */
public record ValidationResult(String verdict, UUID licenseId, String status, Instant expiresAt, UUID organizationId,
                               String productName) {
}
