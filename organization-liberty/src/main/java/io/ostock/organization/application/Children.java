package io.ostock.organization.application;

import io.ostock.platform.domain.ExpectedVersion;
import io.ostock.platform.paging.Page;
import io.ostock.platform.paging.PageRequest;
import io.ostock.platform.persistence.VersionedEntity;
import jakarta.persistence.EntityManager;

import java.util.UUID;

/**
 * What every kind of child of an organization (contact, group, partner, unit) does alike: a page of
 * them by name, one of them (404 when the organization holds none by that id), one locked for a
 * change the caller's expected version allows, and the write of a new or changed one.
 */
final class Children<E extends VersionedEntity> {

    private final EntityManager em;
    private final OrganizationScope scope;
    private final Class<E> type;
    private final String label;

    Children(EntityManager em, OrganizationScope scope, Class<E> type, String label) {
        this.em = em;
        this.scope = scope;
        this.type = type;
        this.label = label;
    }

    Page<E> byName(UUID organizationId, PageRequest page) {
        scope.requireOrganization(organizationId);
        return new ChildPages(em).page(type, organizationId, "lower(c.name), c.id", page);
    }

    E get(UUID organizationId, UUID id) {
        return scope.requireChild(type, label, organizationId, id);
    }

    /** Locked until the transaction ends: a concurrent writer with the same expectation waits, then fails it. */
    E forChange(UUID organizationId, UUID id, ExpectedVersion expected) {
        E child = scope.requireChildForUpdate(type, label, organizationId, id);
        expected.check(child.version());
        return child;
    }

    E write(E child) {
        if (!em.contains(child)) {
            em.persist(child);
        }
        em.flush();
        return child;
    }

    void remove(E child) {
        em.remove(child);
        em.flush();
    }
}
