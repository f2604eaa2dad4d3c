package io.ostock.organization.application;

import io.ostock.organization.domain.GroupMember;
import io.ostock.organization.domain.MemberRole;

import java.time.Instant;
import java.util.UUID;

/** A group member as the service hands it out: a snapshot, detached from the database. */
public record MemberView(UUID id, UUID groupId, String username, MemberRole role, Instant createdAt,
                         Instant updatedAt, long version) {

    static MemberView of(GroupMember m) {
        return new MemberView(m.id(), m.groupId(), m.username(), m.role(), m.createdAt(), m.updatedAt(),
                m.version());
    }
}
