package io.ostock.licensing.api;

import io.ostock.licensing.application.LicenseView;
import io.ostock.licensing.application.OrganizationDirectory;
import io.ostock.licensing.domain.License;
import io.ostock.platform.problem.ProblemException;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

public final class LicenseJson {

    private LicenseJson() {
    }

    /** type: PER_SEAT (needs seats), SITE, SUBSCRIPTION or TRIAL; termDays defaults to 365. */
    @Schema(name = "LicenseIssueRequest")
    public record IssueRequest(@NotBlank @Size(max = 200) String productName, @NotNull String type,
                               @Min(1) @Max(1_000_000) Integer seats, @Min(1) @Max(3650) Integer termDays,
                               @Size(max = 1000) String comment) {
    }

    @Schema(name = "LicenseRenewalRequest")
    public record RenewalRequest(@Min(1) @Max(3650) Integer termDays) {
    }

    @Schema(name = "License")
    public record Response(UUID id, UUID organizationId, String productName, String type, Integer seats,
                           String status, Instant issuedAt, Instant expiresAt, String comment, long version) {
        static Response of(LicenseView l) {
            return new Response(l.id(), l.organizationId(), l.productName(), l.type().name(), l.seats(),
                    l.status().name(), l.issuedAt(), l.expiresAt(), l.comment(), l.version());
        }
    }

    /** The answer to an issue: the license and its key, which is never shown again. */
    @Schema(name = "IssuedLicense")
    public record Issued(Response license, String key) {
    }

    /** The organization as the Organization service described it; available=false when it could not be asked. */
    @Schema(name = "LicenseOrganization")
    public record OrganizationInfo(boolean available, String name, String status, String primaryContactName,
                                   String primaryContactEmail) {
        static OrganizationInfo of(OrganizationDirectory.Lookup lookup) {
            return lookup.organization().map(o -> new OrganizationInfo(true, o.name(), o.status(),
                            o.primaryContactName(), o.primaryContactEmail()))
                    .orElse(new OrganizationInfo(lookup.available(), null, null, null, null));
        }
    }

    /** One license with its organization. */
    @Schema(name = "LicenseDetail")
    public record Detail(Response license, OrganizationInfo organization) {
    }

    /** The constraints are checked by hand ({@link #checkedKey}); the annotations describe them in OpenAPI. */
    @Schema(name = "KeyValidationRequest")
    public record ValidationRequest(@NotBlank @Size(max = KEY_MAX_LENGTH) String key) {

        static final int KEY_MAX_LENGTH = 200;

        /**
         * The key, refused as Bean Validation would (400, field "key"). By hand because method
         * validation took a tenth of the validation hot path's time (profiled).
         */
        static String checkedKey(ValidationRequest request) {
            if (request == null) {
                throw ProblemException.invalidField("body", "must not be null");
            }
            String key = request.key();
            if (key == null || key.isBlank()) {
                throw ProblemException.invalidField("key", "must not be blank");
            }
            if (key.length() > KEY_MAX_LENGTH) {
                throw ProblemException.invalidField("key", "size must be between 0 and " + KEY_MAX_LENGTH);
            }
            return key;
        }
    }

    /** Every field is always present (null when unknown), so that all refusals look alike. */
    @JsonbNillable
    @Schema(name = "KeyValidation")
    public record ValidationResponse(boolean valid, String reason, String status, Instant expiresAt,
                                     UUID organizationId, String productName) {
    }
}
