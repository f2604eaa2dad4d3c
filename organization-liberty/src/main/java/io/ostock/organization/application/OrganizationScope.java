package io.ostock.organization.application;

import io.ostock.organization.domain.Organization;
import io.ostock.platform.domain.DomainException;
import io.ostock.platform.persistence.VersionedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.UUID;

/** Loads things that live inside one organization, answering 404 for anything outside it. */
@ApplicationScoped
public class OrganizationScope {

    @PersistenceContext(unitName = "organization")
    EntityManager em;

    public Organization requireOrganization(UUID organizationId) {
        Organization organization = em.find(Organization.class, organizationId);
        if (organization == null) {
            throw new DomainException.NotFound("Organization", organizationId);
        }
        return organization;
    }

    /**
     * Takes the organization's row lock until the transaction ends: serializes its updates (so that
     * of two writers with one ETag exactly one wins) and its chart edits (so that two moves cannot
     * build a cycle together).
     */
    public Organization lockOrganization(UUID organizationId) {
        Organization organization = em.find(Organization.class, organizationId, LockModeType.PESSIMISTIC_WRITE);
        if (organization == null) {
            throw new DomainException.NotFound("Organization", organizationId);
        }
        return organization;
    }

    /** The common steps for one kind of child entity; label names it in answers ("Contact"). */
    public <T extends VersionedEntity> Children<T> children(Class<T> type, String label) {
        return new Children<>(em, this, type, label);
    }

    /** A child entity (contact, group, partner, unit) of the organization, or 404. */
    public <T extends VersionedEntity> T requireChild(Class<T> type, String label, UUID organizationId, UUID id) {
        return requireChild(type, label, organizationId, id, LockModeType.NONE);
    }

    /**
     * The same, with its row locked until the transaction ends: a concurrent writer holding the same
     * ETag waits, then sees the new version and gets 412. Exactly one of them wins.
     */
    public <T extends VersionedEntity> T requireChildForUpdate(Class<T> type, String label, UUID organizationId,
                                                               UUID id) {
        return requireChild(type, label, organizationId, id, LockModeType.PESSIMISTIC_WRITE);
    }

    private <T extends VersionedEntity> T requireChild(Class<T> type, String label, UUID organizationId, UUID id,
                                                       LockModeType lock) {
        List<T> found = em.createQuery("select c from " + type.getSimpleName()
                        + " c where c.id = :id and c.organizationId = :organizationId", type)
                .setParameter("id", id)
                .setParameter("organizationId", organizationId)
                .setLockMode(lock)
                .getResultList();
        if (found.isEmpty()) {
            requireOrganization(organizationId);
            throw new DomainException.NotFound(label, id);
        }
        return found.get(0);
    }

    /** Escapes LIKE wildcards so that a user's text matches literally. */
    static String likePrefix(String text) {
        return text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
