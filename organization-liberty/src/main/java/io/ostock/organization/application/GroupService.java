package io.ostock.organization.application;

import io.ostock.organization.domain.GroupMember;
import io.ostock.organization.domain.MemberRole;
import io.ostock.organization.domain.UserGroup;
import io.ostock.platform.domain.DomainException;
import io.ostock.platform.domain.ExpectedVersion;
import io.ostock.platform.paging.Page;
import io.ostock.platform.paging.PageRequest;
import io.ostock.platform.persistence.InTransaction;
import io.ostock.platform.tracing.DatabaseWork;
import io.ostock.platform.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.UUID;

/** User groups of an organization (names unique there) and their members (usernames unique per group). */
@ApplicationScoped
@DatabaseWork
public class GroupService {

    @PersistenceContext(unitName = "organization")
    EntityManager em;

    @Inject
    OrganizationScope scope;

    public Page<GroupView> list(UUID organizationId, PageRequest page) {
        return groups().byName(organizationId, page).map(GroupView::of);
    }

    public GroupView get(UUID organizationId, UUID groupId) {
        return GroupView.of(groups().get(organizationId, groupId));
    }

    @InTransaction
    public GroupView create(UUID organizationId, String name, String description) {
        scope.requireOrganization(organizationId);
        return save(new UserGroup(organizationId), name, description);
    }

    @InTransaction
    public GroupView update(UUID organizationId, UUID groupId, String name, String description, ExpectedVersion expected) {
        return save(groups().forChange(organizationId, groupId, expected), name, description);
    }

    /** Members go with their group. */
    @InTransaction
    public void delete(UUID organizationId, UUID groupId, ExpectedVersion expected) {
        groups().remove(groups().forChange(organizationId, groupId, expected));
    }

    private Children<UserGroup> groups() {
        return scope.children(UserGroup.class, "Group");
    }

    private GroupView save(UserGroup group, String requestedName, String description) {
        String name = Text.name("name", requestedName);
        UniqueNames.requireName(em, UserGroup.class, "organizationId", group.organizationId(), name, group.id(),
                "The organization already has a group named '" + name + "'");
        group.update(name, description);
        return GroupView.of(groups().write(group));
    }

    public Page<MemberView> members(UUID organizationId, UUID groupId, PageRequest page) {
        groups().get(organizationId, groupId);
        return new ChildPages(em).page(GroupMember.class, "groupId", groupId, "lower(c.username), c.id", page)
                .map(MemberView::of);
    }

    public MemberView member(UUID organizationId, UUID groupId, UUID memberId) {
        return MemberView.of(member(organizationId, groupId, memberId, LockModeType.NONE));
    }

    private GroupMember member(UUID organizationId, UUID groupId, UUID memberId, LockModeType lock) {
        groups().get(organizationId, groupId);
        GroupMember member = em.find(GroupMember.class, memberId, lock);
        if (member == null || !member.groupId().equals(groupId)) {
            throw new DomainException.NotFound("Member", memberId);
        }
        return member;
    }

    @InTransaction
    public MemberView addMember(UUID organizationId, UUID groupId, String username, MemberRole role) {
        groups().get(organizationId, groupId);
        return saveMember(new GroupMember(groupId), username, role);
    }

    @InTransaction
    public MemberView updateMember(UUID organizationId, UUID groupId, UUID memberId, String username,
                                   MemberRole role, ExpectedVersion expected) {
        GroupMember member = member(organizationId, groupId, memberId, LockModeType.PESSIMISTIC_WRITE);
        expected.check(member.version());
        return saveMember(member, username, role);
    }

    @InTransaction
    public void removeMember(UUID organizationId, UUID groupId, UUID memberId, ExpectedVersion expected) {
        GroupMember member = member(organizationId, groupId, memberId, LockModeType.PESSIMISTIC_WRITE);
        expected.check(member.version());
        em.remove(member);
        em.flush();
    }

    private MemberView saveMember(GroupMember member, String username, MemberRole role) {
        UniqueNames.requireUsername(em, GroupMember.class, "groupId", member.groupId(), username, member.id(),
                "User '" + username.strip() + "' is already a member of this group");
        member.update(username, role);
        if (!em.contains(member)) {
            em.persist(member);
        }
        em.flush();
        return MemberView.of(member);
    }
}
