package io.ostock.organization.api;

import io.ostock.organization.application.OrganizationView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** The organization's JSON shapes. */
public final class OrganizationJson {

    private OrganizationJson() {
    }

    /**
     * Create and replace. status is ACTIVE or SUSPENDED; on create it defaults to ACTIVE. id (a
     * UUID) may be chosen on create only; it is ignored on replace.
     */
    @Schema(name = "OrganizationRequest")
    public record Request(String id, @NotBlank @Size(max = 200) String name, String status) {
    }

    @Schema(name = "Organization")
    public record Response(UUID id, String name, String status, Instant createdAt, Instant updatedAt, long version) {
        static Response of(OrganizationView o) {
            return new Response(o.id(), o.name(), o.status().name(), o.createdAt(), o.updatedAt(), o.version());
        }
    }
}
