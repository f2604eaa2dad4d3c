package io.ostock.organization.application;

import io.ostock.organization.domain.Contact;

import java.time.Instant;
import java.util.UUID;

/** A contact as the service hands it out: a snapshot, detached from the database. */
public record ContactView(UUID id, UUID organizationId, String name, String email, String phone, String role,
                          boolean primary, Instant createdAt, Instant updatedAt, long version) {

    static ContactView of(Contact c) {
        return new ContactView(c.id(), c.organizationId(), c.name(), c.email(), c.phone(), c.role(), c.primary(),
                c.createdAt(), c.updatedAt(), c.version());
    }
}
