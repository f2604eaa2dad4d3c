package io.ostock.organization.domain;

import io.ostock.platform.domain.DomainException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * All units of one organization, seen as a forest. Holds the chart's two rules: a parent must be a
 * unit of the same organization, and a unit may not move under itself or one of its descendants.
 */
public final class OrgChart {

    /** A unit with its sub-units, ordered by name. */
    public record Node(Unit unit, List<Node> children) {
    }

    private final Map<UUID, Unit> unitsById = new HashMap<>();
    private final Map<UUID, List<Unit>> childrenByParent = new HashMap<>();

    public OrgChart(List<Unit> units) {
        for (Unit unit : units) {
            unitsById.put(unit.id(), unit);
        }
        for (Unit unit : units) {
            childrenByParent.computeIfAbsent(unit.parentId(), parent -> new ArrayList<>()).add(unit);
        }
    }

    /** The root units (no parent) with everything below them. */
    public List<Node> roots() {
        return nodesUnder(null, new HashSet<>());
    }

    private List<Node> nodesUnder(UUID parentId, Set<UUID> visited) {
        List<Node> nodes = new ArrayList<>();
        for (Unit child : childrenByParent.getOrDefault(parentId, List.of())) {
            if (visited.add(child.id())) {
                nodes.add(new Node(child, nodesUnder(child.id(), visited)));
            }
        }
        nodes.sort(Comparator.comparing((Node n) -> n.unit().name().toLowerCase()).thenComparing(n -> n.unit().id()));
        return nodes;
    }

    public boolean hasChildren(UUID unitId) {
        return !childrenByParent.getOrDefault(unitId, List.of()).isEmpty();
    }

    /**
     * Refuses a parent that is not in this chart (422) and, for an existing unit, a parent that is
     * the unit itself or one of its descendants (409): the chart must stay a tree.
     *
     * @param unitId      the unit being placed; null for a unit not yet created
     * @param newParentId the requested parent; null makes the unit a root
     */
    public void requireAcceptableParent(UUID unitId, UUID newParentId) {
        if (newParentId == null) {
            return;
        }
        if (!unitsById.containsKey(newParentId)) {
            throw new DomainException.RuleViolation(
                    "Parent unit " + newParentId + " is not a unit of this organization");
        }
        if (unitId == null) {
            return;
        }
        Set<UUID> seen = new HashSet<>();
        for (UUID ancestor = newParentId; ancestor != null && seen.add(ancestor);
             ancestor = unitsById.get(ancestor).parentId()) {
            if (ancestor.equals(unitId)) {
                throw new DomainException.Conflict(ancestor.equals(newParentId)
                        ? "A unit cannot be its own parent"
                        : "Unit " + newParentId + " is below unit " + unitId
                                + " in the chart; moving " + unitId + " under it would make a cycle");
            }
        }
    }
}
