package io.ostock.organization.api;

import io.ostock.organization.application.PartnerService;
import io.ostock.organization.application.PartnerView;
import io.ostock.organization.domain.PartnerStatus;
import io.ostock.organization.domain.PartnerType;
import io.ostock.platform.problem.ProblemException;
import io.ostock.platform.validation.Choices;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

public final class PartnerJson {

    private PartnerJson() {
    }

    /** type: RESELLER, SUPPLIER, DISTRIBUTOR or INTEGRATOR; since: an ISO date; status: ACTIVE (default) or INACTIVE. */
    @Schema(name = "PartnerRequest")
    public record Request(@NotBlank @Size(max = 200) String name, @NotNull String type, @NotNull String since,
                   String status) {

        PartnerService.PartnerData data() {
            LocalDate sinceDate;
            try {
                sinceDate = LocalDate.parse(since);
            } catch (DateTimeParseException e) {
                throw ProblemException.invalidField("since", "must be a date such as 2024-01-31");
            }
            return new PartnerService.PartnerData(name, Choices.parse(PartnerType.class, "type", type), sinceDate,
                    status == null ? PartnerStatus.ACTIVE : Choices.parse(PartnerStatus.class, "status", status));
        }
    }

    @Schema(name = "Partner")
    public record Response(UUID id, UUID organizationId, String name, String type, LocalDate since, String status,
                    Instant createdAt, Instant updatedAt, long version) {
        static Response of(PartnerView p) {
            return new Response(p.id(), p.organizationId(), p.name(), p.type().name(), p.since(), p.status().name(),
                    p.createdAt(), p.updatedAt(), p.version());
        }
    }
}
