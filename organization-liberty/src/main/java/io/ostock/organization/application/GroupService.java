package io.ostock.organization.application;

import io.ostock.organization.domain.GroupMember;
import io.ostock.organization.domain.MemberRole;
import io.ostock.organization.domain.UserGroup;
import io.ostock.platform.http.Etags;
import io.ostock.platform.paging.Page;
import io.ostock.platform.paging.PageRequest;
import io.ostock.platform.persistence.InTransaction;
import io.ostock.platform.problem.ProblemException;
import io.ostock.platform.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.UUID;

/** User groups of an organization (names unique there) and their members (usernames unique per group). */
@ApplicationScoped
public class GroupService {

    @PersistenceContext(unitName = "organization")
    EntityManager em;

    @Inject
    OrganizationScope scope;

    public Page<UserGroup> list(UUID organizationId, PageRequest page) {
        scope.requireOrganization(organizationId);
        return new ChildPages(em).page(UserGroup.class, organizationId, "lower(c.name), c.id", page);
    }

    public UserGroup get(UUID organizationId, UUID groupId) {
        return scope.requireChild(UserGroup.class, "Group", organizationId, groupId);
    }

    @InTransaction
    public UserGroup create(UUID organizationId, String name, String description) {
        scope.requireOrganization(organizationId);
        return save(new UserGroup(organizationId), name, description);
    }

    @InTransaction
    public UserGroup update(UUID organizationId, UUID groupId, String name, String description, String ifMatch) {
        UserGroup group = scope.requireChildForUpdate(UserGroup.class, "Group", organizationId, groupId);
        Etags.requireMatch(ifMatch, group.version());
        return save(group, name, description);
    }

    /** Members go with their group. */
    @InTransaction
    public void delete(UUID organizationId, UUID groupId, String ifMatch) {
        UserGroup group = scope.requireChildForUpdate(UserGroup.class, "Group", organizationId, groupId);
        Etags.requireMatch(ifMatch, group.version());
        em.remove(group);
        em.flush();
    }

    private UserGroup save(UserGroup group, String requestedName, String description) {
        String name = Text.name("name", requestedName);
        UniqueNames.requireName(em, UserGroup.class, "organizationId", group.organizationId(), name, group.id(),
                "The organization already has a group named '" + name + "'");
        group.update(name, description);
        if (!em.contains(group)) {
            em.persist(group);
        }
        em.flush();
        return group;
    }

    public Page<GroupMember> members(UUID organizationId, UUID groupId, PageRequest page) {
        get(organizationId, groupId);
        return new ChildPages(em).page(GroupMember.class, "groupId", groupId, "lower(c.username), c.id", page);
    }

    public GroupMember member(UUID organizationId, UUID groupId, UUID memberId) {
        return member(organizationId, groupId, memberId, LockModeType.NONE);
    }

    private GroupMember member(UUID organizationId, UUID groupId, UUID memberId, LockModeType lock) {
        get(organizationId, groupId);
        GroupMember member = em.find(GroupMember.class, memberId, lock);
        if (member == null || !member.groupId().equals(groupId)) {
            throw ProblemException.notFound("Member", memberId);
        }
        return member;
    }

    @InTransaction
    public GroupMember addMember(UUID organizationId, UUID groupId, String username, MemberRole role) {
        get(organizationId, groupId);
        return saveMember(new GroupMember(groupId), username, role);
    }

    @InTransaction
    public GroupMember updateMember(UUID organizationId, UUID groupId, UUID memberId, String username,
                                    MemberRole role, String ifMatch) {
        GroupMember member = member(organizationId, groupId, memberId, LockModeType.PESSIMISTIC_WRITE);
        Etags.requireMatch(ifMatch, member.version());
        return saveMember(member, username, role);
    }

    @InTransaction
    public void removeMember(UUID organizationId, UUID groupId, UUID memberId, String ifMatch) {
        GroupMember member = member(organizationId, groupId, memberId, LockModeType.PESSIMISTIC_WRITE);
        Etags.requireMatch(ifMatch, member.version());
        em.remove(member);
        em.flush();
    }

    private GroupMember saveMember(GroupMember member, String username, MemberRole role) {
        UniqueNames.requireUsername(em, GroupMember.class, "groupId", member.groupId(), username, member.id(),
                "User '" + username.strip() + "' is already a member of this group");
        member.update(username, role);
        if (!em.contains(member)) {
            em.persist(member);
        }
        em.flush();
        return member;
    }
}
