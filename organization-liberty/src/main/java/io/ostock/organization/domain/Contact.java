package io.ostock.organization.domain;

import io.ostock.platform.persistence.VersionedEntity;
import io.ostock.platform.text.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.UUID;

/** A person to reach at an organization. At most one contact per organization is primary. */
@Entity
@Table(name = "contact")
public class Contact extends VersionedEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(length = 40)
    private String phone;

    @Column(length = 100)
    private String role;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    protected Contact() {
    }

    public Contact(UUID organizationId) {
        this.organizationId = organizationId;
    }

    public void update(String name, String email, String phone, String role, boolean primary) {
        this.name = Text.name("name", name);
        this.email = email.strip();
        this.phone = phone;
        this.role = role;
        this.primary = primary;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String role() {
        return role;
    }

    public boolean primary() {
        return primary;
    }
}
