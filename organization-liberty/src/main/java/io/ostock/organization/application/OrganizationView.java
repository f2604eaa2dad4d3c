package io.ostock.organization.application;

import io.ostock.organization.domain.Organization;
import io.ostock.organization.domain.OrganizationStatus;

import java.time.Instant;
import java.util.UUID;

/** An immutable snapshot of an organization: safe to cache and to hand to any thread. */
public record OrganizationView(UUID id, String name, OrganizationStatus status, Instant createdAt, Instant updatedAt,
                               long version) {

    public static OrganizationView of(Organization o) {
        return new OrganizationView(o.id(), o.name(), o.status(), o.createdAt(), o.updatedAt(), o.version());
    }
}
