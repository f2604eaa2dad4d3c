package io.ostock.organization.application;

import io.ostock.platform.problem.ProblemException;
import jakarta.persistence.EntityManager;

import java.util.UUID;

/**
 * The "unique regardless of case within its parent" rule that names and usernames follow here.
 * Checked before writing for a clear 409; the database's unique index settles races.
 */
final class UniqueNames {

    private UniqueNames() {
    }

    /**
     * Refuses (409) when another row of entity type, under the same parent (parentField = parentId;
     * no parent when parentField is null), already has field equal to value regardless of case.
     *
     * @param self the row being written, which may keep its own value
     */
    static void require(EntityManager em, Class<?> type, String parentField, UUID parentId, String field, String value,
                        UUID self, String conflict) {
        String parentClause = parentField == null ? "" : " and e." + parentField + " = :parent";
        var query = em.createQuery("select count(e) from " + type.getSimpleName() + " e where lower(e." + field
                        + ") = lower(:value) and e.id <> :self" + parentClause, Long.class)
                .setParameter("value", value.strip())
                .setParameter("self", self);
        if (parentField != null) {
            query.setParameter("parent", parentId);
        }
        if (query.getSingleResult() > 0) {
            throw ProblemException.conflict(conflict);
        }
    }
}
