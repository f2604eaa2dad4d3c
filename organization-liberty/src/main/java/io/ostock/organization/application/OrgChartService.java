package io.ostock.organization.application;

import io.ostock.organization.domain.OrgChart;
import io.ostock.organization.domain.Unit;
import io.ostock.platform.domain.DomainException;
import io.ostock.platform.domain.ExpectedVersion;
import io.ostock.platform.paging.Page;
import io.ostock.platform.paging.PageRequest;
import io.ostock.platform.persistence.InTransaction;
import io.ostock.platform.tracing.DatabaseWork;
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
@DatabaseWork
public class OrgChartService {

    @PersistenceContext(unitName = "organization")
    EntityManager em;

    @Inject
    OrganizationScope scope;

    public Page<UnitView> list(UUID organizationId, PageRequest page) {
        return units().byName(organizationId, page).map(UnitView::of);
    }

    public UnitView get(UUID organizationId, UUID unitId) {
        return UnitView.of(units().get(organizationId, unitId));
    }

    public OrgChart chart(UUID organizationId) {
        scope.requireOrganization(organizationId);
        return new OrgChart(units(organizationId));
    }

    @InTransaction
    public UnitView create(UUID organizationId, String name, UUID parentId, String managerUsername) {
        scope.lockOrganization(organizationId);
        new OrgChart(units(organizationId)).requireAcceptableParent(null, parentId);
        Unit unit = new Unit(organizationId);
        unit.update(name, parentId, managerUsername);
        return UnitView.of(units().write(unit));
    }

    @InTransaction
    public UnitView update(UUID organizationId, UUID unitId, String name, UUID parentId, String managerUsername,
                           ExpectedVersion expected) {
        scope.lockOrganization(organizationId);
        Unit unit = units().forChange(organizationId, unitId, expected);
        new OrgChart(units(organizationId)).requireAcceptableParent(unitId, parentId);
        unit.update(name, parentId, managerUsername);
        return UnitView.of(units().write(unit));
    }

    /** A unit with sub-units is refused (409): move or delete them first. */
    @InTransaction
    public void delete(UUID organizationId, UUID unitId, ExpectedVersion expected) {
        scope.lockOrganization(organizationId);
        Unit unit = units().forChange(organizationId, unitId, expected);
        if (new OrgChart(units(organizationId)).hasChildren(unitId)) {
            throw new DomainException.Conflict("Unit " + unitId + " still has sub-units; move or delete them first");
        }
        units().remove(unit);
    }

    private Children<Unit> units() {
        return scope.children(Unit.class, "Unit");
    }

    private List<Unit> units(UUID organizationId) {
        return em.createQuery("select u from Unit u where u.organizationId = :organizationId", Unit.class)
                .setParameter("organizationId", organizationId)
                .getResultList();
    }
}
