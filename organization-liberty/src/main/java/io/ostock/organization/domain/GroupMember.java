package io.ostock.organization.domain;

import io.ostock.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.util.UUID;

/** A user's membership in a group; a username appears once per group, regardless of case. */
@Entity
@Table(name = "group_member")
public class GroupMember extends VersionedEntity {

    @Column(name = "group_id", nullable = false, updatable = false)
    private UUID groupId;

    @Column(nullable = false, length = 100)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MemberRole role;

    protected GroupMember() {
    }

    public GroupMember(UUID groupId) {
        this.groupId = groupId;
    }

    public void update(String username, MemberRole role) {
        this.username = username.strip();
        this.role = role;
    }

    public UUID groupId() {
        return groupId;
    }

    public String username() {
        return username;
    }

    public MemberRole role() {
        return role;
    }
}
