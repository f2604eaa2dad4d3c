package io.ostock.organization.application;

import io.ostock.organization.domain.Unit;

import java.time.Instant;
import java.util.UUID;

/** A unit of the org chart as the service hands it out: a snapshot, detached from the database. */
public record UnitView(UUID id, UUID organizationId, UUID parentId, String name, String managerUsername,
                       Instant createdAt, Instant updatedAt, long version) {

    static UnitView of(Unit u) {
        return new UnitView(u.id(), u.organizationId(), u.parentId(), u.name(), u.managerUsername(), u.createdAt(),
                u.updatedAt(), u.version());
    }
}
