package io.ostock.licensing.application;

import io.ostock.licensing.domain.License;
import io.ostock.licensing.domain.LicenseStatus;
import io.ostock.licensing.domain.LicenseType;

import java.time.Instant;
import java.util.UUID;

/** A license as a read shows it, detached from the database: what the read cache keeps. */
public record LicenseView(UUID id, UUID organizationId, String productName, LicenseType type, Integer seats,
                          LicenseStatus status, Instant issuedAt, Instant expiresAt, String comment, long version) {

    public static LicenseView of(License l) {
        return new LicenseView(l.id(), l.organizationId(), l.productName(), l.type(), l.seats(), l.status(),
                l.issuedAt(), l.expiresAt(), l.comment(), l.version());
    }
}
