package io.ostock.organization.application;

import io.ostock.organization.domain.OrgChart;
import io.ostock.organization.domain.Unit;
import io.ostock.platform.http.Etags;
import io.ostock.platform.paging.Page;
import io.ostock.platform.paging.PageRequest;
import io.ostock.platform.persistence.InTransaction;
import io.ostock.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.UUID;

/**
 * The org chart. Writes lock the organization's row first, so that two concurrent moves cannot
 * together build a cycle that neither would build alone.
 */
@ApplicationScoped
public class OrgChartService {

    @PersistenceContext(unitName = "organization")
    EntityManager em;

    @Inject
    OrganizationScope scope;

    public Page<Unit> list(UUID organizationId, PageRequest page) {
        scope.requireOrganization(organizationId);
        return new ChildPages(em).page(Unit.class, organizationId, "lower(c.name), c.id", page);
    }

    public Unit get(UUID organizationId, UUID unitId) {
        return scope.requireChild(Unit.class, "Unit", organizationId, unitId);
    }

    public OrgChart chart(UUID organizationId) {
        scope.requireOrganization(organizationId);
        return new OrgChart(units(organizationId));
    }

    @InTransaction
    public Unit create(UUID organizationId, String name, UUID parentId, String managerUsername) {
        scope.lockOrganization(organizationId);
        new OrgChart(units(organizationId)).requireAcceptableParent(null, parentId);
        Unit unit = new Unit(organizationId);
        unit.update(name, parentId, managerUsername);
        em.persist(unit);
        em.flush();
        return unit;
    }

    @InTransaction
    public Unit update(UUID organizationId, UUID unitId, String name, UUID parentId, String managerUsername,
                       String ifMatch) {
        scope.lockOrganization(organizationId);
        Unit unit = get(organizationId, unitId);
        Etags.requireMatch(ifMatch, unit.version());
        new OrgChart(units(organizationId)).requireAcceptableParent(unitId, parentId);
        unit.update(name, parentId, managerUsername);
        em.flush();
        return unit;
    }

    /** A unit with sub-units is refused (409): move or delete them first. */
    @InTransaction
    public void delete(UUID organizationId, UUID unitId, String ifMatch) {
        scope.lockOrganization(organizationId);
        Unit unit = get(organizationId, unitId);
        Etags.requireMatch(ifMatch, unit.version());
        if (new OrgChart(units(organizationId)).hasChildren(unitId)) {
            throw ProblemException.conflict("Unit " + unitId + " still has sub-units; move or delete them first");
        }
        em.remove(unit);
        em.flush();
    }

    private List<Unit> units(UUID organizationId) {
        return em.createQuery("select u from Unit u where u.organizationId = :organizationId", Unit.class)
                .setParameter("organizationId", organizationId)
                .getResultList();
    }
}
