package io.ostock.organization.application;

import io.ostock.organization.domain.Partner;
import io.ostock.organization.domain.PartnerStatus;
import io.ostock.organization.domain.PartnerType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A partner as the service hands it out: a snapshot, detached from the database. */
public record PartnerView(UUID id, UUID organizationId, String name, PartnerType type, LocalDate since,
                          PartnerStatus status, Instant createdAt, Instant updatedAt, long version) {

    static PartnerView of(Partner p) {
        return new PartnerView(p.id(), p.organizationId(), p.name(), p.type(), p.since(), p.status(), p.createdAt(),
                p.updatedAt(), p.version());
    }
}
