package io.ostock.organization.domain;

import io.ostock.platform.persistence.VersionedEntity;
import io.ostock.platform.text.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.util.UUID;

/** A customer organization. Its name is unique by its key (checked by the service and the database). */
@Entity
@Table(name = "organization")
public class Organization extends VersionedEntity {

    @Column(nullable = false, length = 200)
    private String name;

    /** The name as uniqueness compares it ({@link Text#nameKey}). */
    @Column(name = "name_key", nullable = false, length = 600)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganizationStatus status;

    protected Organization() {
    }

    public Organization(UUID id, String name, OrganizationStatus status) {
        super(id);
        update(name, status);
    }

    public void update(String name, OrganizationStatus status) {
        this.name = Text.name("name", name);
        this.nameKey = Text.nameKey(this.name);
        this.status = status;
    }

    public String name() {
        return name;
    }

    public OrganizationStatus status() {
        return status;
    }
}
