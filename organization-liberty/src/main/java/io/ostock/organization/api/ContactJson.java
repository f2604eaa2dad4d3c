package io.ostock.organization.api;

import io.ostock.organization.application.ContactService;
import io.ostock.organization.application.ContactView;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

public final class ContactJson {

    private ContactJson() {
    }

    @Schema(name = "ContactRequest")
    public record Request(@NotBlank @Size(max = 200) String name,
                   @NotBlank @Size(max = 254) @Email(regexp = ".+@.+\\..+", message = "must be a well-formed email address") String email,
                   @Size(max = 40) @Pattern(regexp = "[+0-9 ()./-]*", message = "may hold only digits, spaces and + ( ) . / -") String phone,
                   @Size(max = 100) String role,
                   Boolean primary) {

        ContactService.ContactData data() {
            return new ContactService.ContactData(name, email, phone, role, Boolean.TRUE.equals(primary));
        }
    }

    @Schema(name = "Contact")
    public record Response(UUID id, UUID organizationId, String name, String email, String phone, String role,
                    boolean primary, Instant createdAt, Instant updatedAt, long version) {
        static Response of(ContactView c) {
            return new Response(c.id(), c.organizationId(), c.name(), c.email(), c.phone(), c.role(), c.primary(),
                    c.createdAt(), c.updatedAt(), c.version());
        }
    }
}
