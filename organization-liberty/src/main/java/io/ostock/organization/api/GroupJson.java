package io.ostock.organization.api;

import io.ostock.organization.application.GroupView;
import io.ostock.organization.application.MemberView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

public final class GroupJson {

    private GroupJson() {
    }

    @Schema(name = "GroupRequest")
    public record Request(@NotBlank @Size(max = 100) String name, @Size(max = 1000) String description) {
    }

    @Schema(name = "Group")
    public record Response(UUID id, UUID organizationId, String name, String description, Instant createdAt,
                    Instant updatedAt, long version) {
        static Response of(GroupView g) {
            return new Response(g.id(), g.organizationId(), g.name(), g.description(), g.createdAt(), g.updatedAt(),
                    g.version());
        }
    }

    /** role is OWNER, MAINTAINER or MEMBER (the default). */
    @Schema(name = "MemberRequest")
    public record MemberRequest(@NotBlank @Size(max = 100)
                         @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "may hold only letters, digits and . _ @ -")
                         String username,
                         String role) {
    }

    @Schema(name = "Member")
    public record MemberResponse(UUID id, UUID groupId, String username, String role, Instant createdAt, Instant updatedAt,
                          long version) {
        static MemberResponse of(MemberView m) {
            return new MemberResponse(m.id(), m.groupId(), m.username(), m.role().name(), m.createdAt(),
                    m.updatedAt(), m.version());
        }
    }
}
