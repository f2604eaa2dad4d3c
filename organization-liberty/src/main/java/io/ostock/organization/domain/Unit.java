package io.ostock.organization.domain;

import io.ostock.platform.persistence.VersionedEntity;
import io.ostock.platform.text.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.UUID;

/** A unit of an organization's chart (a department, a team...). Root units have no parent. */
@Entity
@Table(name = "org_unit")
public class Unit extends VersionedEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "manager_username", length = 100)
    private String managerUsername;

    protected Unit() {
    }

    public Unit(UUID organizationId) {
        this.organizationId = organizationId;
    }

    /** Callers check the new parent against the chart first ({@link OrgChart#requireAcceptableParent}). */
    public void update(String name, UUID parentId, String managerUsername) {
        this.name = Text.name("name", name);
        this.parentId = parentId;
        this.managerUsername = managerUsername;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public UUID parentId() {
        return parentId;
    }

    public String name() {
        return name;
    }

    public String managerUsername() {
        return managerUsername;
    }
}
