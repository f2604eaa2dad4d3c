package io.ostock.organization.domain;

import io.ostock.platform.domain.DomainException;
import io.ostock.platform.problem.ProblemException;
import io.ostock.platform.validation.Choices;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrgChartTest {

    private final UUID org = UUID.randomUUID();
    private final Unit root = unit("Headquarters", null);
    private final Unit sales = unit("Sales", root);
    private final Unit engineering = unit("Engineering", root);
    private final Unit platform = unit("Platform", engineering);
    private final OrgChart chart = new OrgChart(List.of(platform, sales, root, engineering));

    private Unit unit(String name, Unit parent) {
        Unit unit = new Unit(org);
        unit.update(name, parent == null ? null : parent.id(), null);
        return unit;
    }

    @Test
    void buildsTheNestedTreeWithSiblingsByName() {
        List<OrgChart.Node> roots = chart.roots();
        assertEquals(1, roots.size());
        assertEquals("Headquarters", roots.get(0).unit().name());
        List<OrgChart.Node> children = roots.get(0).children();
        assertEquals(List.of("Engineering", "Sales"), children.stream().map(n -> n.unit().name()).toList());
        assertEquals("Platform", children.get(0).children().get(0).unit().name());
        assertTrue(children.get(1).children().isEmpty());
    }

    @Test
    void movingAUnitUnderItsOwnDescendantIsAConflict() {
        assertThrows(DomainException.Conflict.class, () -> chart.requireAcceptableParent(root.id(), platform.id()));
        assertThrows(DomainException.Conflict.class,
                () -> chart.requireAcceptableParent(engineering.id(), engineering.id()));
    }

    @Test
    void aParentOutsideTheOrganizationIsUnprocessable() {
        assertThrows(DomainException.RuleViolation.class,
                () -> chart.requireAcceptableParent(sales.id(), UUID.randomUUID()));
        assertThrows(DomainException.RuleViolation.class,
                () -> chart.requireAcceptableParent(null, UUID.randomUUID()));
    }

    @Test
    void legalMovesAreAccepted() {
        assertDoesNotThrow(() -> chart.requireAcceptableParent(platform.id(), sales.id()));
        assertDoesNotThrow(() -> chart.requireAcceptableParent(sales.id(), platform.id()));
        assertDoesNotThrow(() -> chart.requireAcceptableParent(engineering.id(), null));
        assertDoesNotThrow(() -> chart.requireAcceptableParent(null, platform.id()));
    }

    @Test
    void knowsWhichUnitsHaveChildren() {
        assertTrue(chart.hasChildren(root.id()));
        assertTrue(chart.hasChildren(engineering.id()));
        assertFalse(chart.hasChildren(platform.id()));
    }

    @Test
    void enumValuesAreParsedStrictlyWithTheAllowedValuesNamed() {
        assertEquals(PartnerType.RESELLER, Choices.parse(PartnerType.class, "type", "RESELLER"));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> Choices.parse(PartnerType.class, "type", "reseller"));
        assertEquals("type: must be one of RESELLER, SUPPLIER, DISTRIBUTOR, INTEGRATOR", refused.getMessage());
    }
}
