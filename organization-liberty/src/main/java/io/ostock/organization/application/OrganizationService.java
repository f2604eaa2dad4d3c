package io.ostock.organization.application;

import io.ostock.organization.domain.Organization;
import io.ostock.organization.domain.OrganizationStatus;
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
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.UUID;

@ApplicationScoped
public class OrganizationService {

    @PersistenceContext(unitName = "organization")
    EntityManager em;

    @Inject
    OrganizationScope scope;

    @Inject
    OrganizationEvents events;

    @Inject
    OrganizationCache cache;

    /**
     * Ordered by name; namePrefix matches case-insensitively; status filters when given; onlyId,
     * when given, limits the list to that one organization (what a USER may see).
     */
    @DatabaseWork
    public Page<OrganizationView> list(String namePrefix, OrganizationStatus status, UUID onlyId, PageRequest page) {
        String where = " where (:prefix is null or lower(o.name) like :prefix escape '\\')"
                + " and (:status is null or o.status = :status) and (:onlyId is null or o.id = :onlyId)";
        String prefix = namePrefix == null || namePrefix.isBlank() ? null : OrganizationScope.likePrefix(namePrefix);
        TypedQuery<Organization> items = em.createQuery(
                "select o from Organization o" + where + " order by lower(o.name), o.id", Organization.class);
        TypedQuery<Long> count = em.createQuery("select count(o) from Organization o" + where, Long.class);
        for (TypedQuery<?> query : java.util.List.of(items, count)) {
            query.setParameter("prefix", prefix).setParameter("status", status).setParameter("onlyId", onlyId);
        }
        return new Page<>(items.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(),
                count.getSingleResult(), page.limit(), page.offset()).map(OrganizationView::of);
    }

    /** The hot read path: served from the cache, without a transaction, when the organization is there. */
    public OrganizationView get(UUID id) {
        return cache.get(id, missing -> OrganizationView.of(scope.requireOrganization(missing)));
    }

    @InTransaction
    @DatabaseWork
    public OrganizationView create(UUID id, String name, OrganizationStatus status) {
        if (em.find(Organization.class, id) != null) {
            throw new DomainException.Conflict("Organization " + id + " already exists");
        }
        Organization organization = new Organization(id, name, status);
        requireNameFree(organization.name(), organization.id());
        em.persist(organization);
        em.flush();
        events.organizationChanged(OrganizationEvents.CREATED, organization);
        return OrganizationView.of(organization);
    }

    @InTransaction
    @DatabaseWork
    public OrganizationView update(UUID id, String name, OrganizationStatus status, ExpectedVersion expected) {
        Organization organization = scope.lockOrganization(id);
        expected.check(organization.version());
        requireNameFree(Text.name("name", name), id);
        organization.update(name, status);
        em.flush();
        events.organizationChanged(OrganizationEvents.UPDATED, organization);
        return OrganizationView.of(organization);
    }

    /**
     * Refuses (409) while the organization still has contacts, groups, partners or units, unless
     * cascade is asked for: then they go with it (the foreign keys cascade).
     */
    @InTransaction
    @DatabaseWork
    public void delete(UUID id, boolean cascade, ExpectedVersion expected) {
        Organization organization = scope.lockOrganization(id);
        expected.check(organization.version());
        if (!cascade) {
            long dependents = em.createQuery("select (select count(c) from Contact c where c.organizationId = :id)"
                            + " + (select count(g) from UserGroup g where g.organizationId = :id)"
                            + " + (select count(p) from Partner p where p.organizationId = :id)"
                            + " + (select count(u) from Unit u where u.organizationId = :id)"
                            + " from Organization o where o.id = :id", Long.class)
                    .setParameter("id", id).getSingleResult();
            if (dependents > 0) {
                throw new DomainException.Conflict("Organization " + id + " still has " + dependents
                        + " contacts, groups, partners or units; delete them first or use ?cascade=true");
            }
        }
        events.organizationChanged(OrganizationEvents.DELETED, organization);
        em.remove(organization);
        em.flush();
    }

    /** Checked before the entity changes: a dirty entity would be flushed by the query itself. */
    private void requireNameFree(String name, UUID self) {
        UniqueNames.requireName(em, Organization.class, null, null, name, self,
                "An organization named '" + name + "' already exists");
    }
}
