package io.ostock.licensing.domain;

import io.ostock.platform.domain.DomainException;
import io.ostock.platform.persistence.VersionedEntity;
import io.ostock.platform.text.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A software license of one customer organization. State changes:
 * <pre>
 *   ACTIVE --suspend--> SUSPENDED --resume--> ACTIVE
 *   ACTIVE, SUSPENDED, EXPIRED --revoke--> REVOKED (final)
 *   ACTIVE, EXPIRED --renew--> ACTIVE, with the term added to the later of now and the old expiry
 *   ACTIVE --expiry job, past expiresAt--> EXPIRED
 * </pre>
 * A suspended license is renewed after it is resumed; a revoked one never again.
 */
@Entity
@Table(name = "license")
public class License extends VersionedEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "product_name", nullable = false, length = 200)
    private String productName;

    @Enumerated(EnumType.STRING)
    @Column(name = "license_type", nullable = false, length = 20)
    private LicenseType type;

    @Column
    private Integer seats;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LicenseStatus status;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(length = 1000)
    private String comment;

    @Column(name = "key_hash", nullable = false, updatable = false, length = 64)
    private String keyHash;

    protected License() {
    }

    /** Seats are required for PER_SEAT licenses and meaningless (refused) for the others. */
    public License(UUID organizationId, String productName, LicenseType type, Integer seats, Duration term,
                   String comment, String keyHash, Instant now) {
        if (type == LicenseType.PER_SEAT && (seats == null || seats < 1)) {
            throw new DomainException.InvalidValue("seats", "a PER_SEAT license needs 1 or more seats");
        }
        if (type != LicenseType.PER_SEAT && seats != null) {
            throw new DomainException.InvalidValue("seats", "only PER_SEAT licenses have seats");
        }
        this.organizationId = organizationId;
        this.productName = Text.name("productName", productName);
        this.type = type;
        this.seats = seats;
        this.status = LicenseStatus.ACTIVE;
        this.issuedAt = now;
        this.expiresAt = now.plus(term);
        this.comment = comment;
        this.keyHash = keyHash;
    }

    public void renew(Duration term, Instant now) {
        if (status != LicenseStatus.ACTIVE && status != LicenseStatus.EXPIRED) {
            throw new DomainException.InvalidStateChange("A " + status + " license cannot be renewed"
                    + (status == LicenseStatus.SUSPENDED ? "; resume it first" : ""));
        }
        Instant from = expiresAt.isAfter(now) ? expiresAt : now;
        expiresAt = from.plus(term);
        status = LicenseStatus.ACTIVE;
    }

    public void revoke() {
        if (status == LicenseStatus.REVOKED) {
            throw new DomainException.InvalidStateChange("The license is already revoked");
        }
        status = LicenseStatus.REVOKED;
    }

    public void suspend() {
        if (status != LicenseStatus.ACTIVE) {
            throw new DomainException.InvalidStateChange("Only an ACTIVE license can be suspended; this one is " + status);
        }
        status = LicenseStatus.SUSPENDED;
    }

    public void resume() {
        if (status != LicenseStatus.SUSPENDED) {
            throw new DomainException.InvalidStateChange("Only a SUSPENDED license can be resumed; this one is " + status);
        }
        status = LicenseStatus.ACTIVE;
    }

    /** The expiry job's change: an ACTIVE license past its expiry becomes EXPIRED. */
    public void expire(Instant now) {
        if (status != LicenseStatus.ACTIVE || now.isBefore(expiresAt)) {
            throw new IllegalStateException("License " + id() + " is " + status + " and expires at " + expiresAt
                    + "; it cannot expire at " + now);
        }
        status = LicenseStatus.EXPIRED;
    }

    /** What a validation says about this license at a moment, with a grace period after expiry. */
    public Verdict verdictAt(Instant now, Duration grace) {
        return switch (status) {
            case REVOKED -> Verdict.REVOKED;
            case SUSPENDED -> Verdict.SUSPENDED;
            case EXPIRED -> now.isBefore(expiresAt.plus(grace)) ? Verdict.IN_GRACE : Verdict.EXPIRED;
            case ACTIVE -> now.isBefore(expiresAt) ? Verdict.VALID
                    : now.isBefore(expiresAt.plus(grace)) ? Verdict.IN_GRACE : Verdict.EXPIRED;
        };
    }

    /** The outcome of validating a key; only VALID and IN_GRACE mean "may be used". */
    public enum Verdict {
        VALID(true), IN_GRACE(true), EXPIRED(false), SUSPENDED(false), REVOKED(false), UNKNOWN(false);

        private final boolean usable;

        Verdict(boolean usable) {
            this.usable = usable;
        }

        public boolean usable() {
            return usable;
        }
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String productName() {
        return productName;
    }

    public LicenseType type() {
        return type;
    }

    public Integer seats() {
        return seats;
    }

    public LicenseStatus status() {
        return status;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public String comment() {
        return comment;
    }

    public String keyHash() {
        return keyHash;
    }
}
