package io.ostock.organization.domain;

import io.ostock.platform.persistence.VersionedEntity;
import io.ostock.platform.text.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.UUID;

/** A named group of users inside one organization; the name is unique there, regardless of case. */
@Entity
@Table(name = "user_group")
public class UserGroup extends VersionedEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(nullable = false, length = 100)
    private String name;

    /** The name as uniqueness compares it ({@link Text#nameKey}). */
    @Column(name = "name_key", nullable = false, length = 300)
    private String nameKey;

    @Column(length = 1000)
    private String description;

    protected UserGroup() {
    }

    public UserGroup(UUID organizationId) {
        this.organizationId = organizationId;
    }

    public void update(String name, String description) {
        this.name = Text.name("name", name);
        this.nameKey = Text.nameKey(this.name);
        this.description = description;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }
}
