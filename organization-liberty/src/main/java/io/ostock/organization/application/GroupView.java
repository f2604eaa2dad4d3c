package io.ostock.organization.application;

import io.ostock.organization.domain.UserGroup;

import java.time.Instant;
import java.util.UUID;

/** A user group as the service hands it out: a snapshot, detached from the database. */
public record GroupView(UUID id, UUID organizationId, String name, String description, Instant createdAt,
                        Instant updatedAt, long version) {

    static GroupView of(UserGroup g) {
        return new GroupView(g.id(), g.organizationId(), g.name(), g.description(), g.createdAt(), g.updatedAt(),
                g.version());
    }
}
