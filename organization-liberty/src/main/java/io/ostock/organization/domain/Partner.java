package io.ostock.organization.domain;

import io.ostock.platform.persistence.VersionedEntity;
import io.ostock.platform.text.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A business partner of an organization (reseller, supplier...), with the date the partnership began. */
@Entity
@Table(name = "partner")
public class Partner extends VersionedEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(nullable = false, length = 200)
    private String name;

    /** The name as uniqueness compares it ({@link Text#nameKey}). */
    @Column(name = "name_key", nullable = false, length = 600)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner_type", nullable = false, length = 20)
    private PartnerType type;

    @Column(nullable = false)
    private LocalDate since;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PartnerStatus status;

    protected Partner() {
    }

    public Partner(UUID organizationId) {
        this.organizationId = organizationId;
    }

    public void update(String name, PartnerType type, LocalDate since, PartnerStatus status) {
        this.name = Text.name("name", name);
        this.nameKey = Text.nameKey(this.name);
        this.type = type;
        this.since = since;
        this.status = status;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String name() {
        return name;
    }

    public PartnerType type() {
        return type;
    }

    public LocalDate since() {
        return since;
    }

    public PartnerStatus status() {
        return status;
    }
}
