package io.ostock.organization.domain;

import io.ostock.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.util.UUID;

/** A customer organization. Its name is unique regardless of case (checked by the service and the database). */
@Entity
@Table(name = "organization")
public class Organization extends VersionedEntity {

    @Column(nullable = false, length = 200)
    private String name;

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
        this.name = name.strip();
        this.status = status;
    }

    public String name() {
        return name;
    }

    public OrganizationStatus status() {
        return status;
    }
}
