package io.ostock.organization.application;

import io.ostock.platform.domain.DomainException;
import io.ostock.platform.text.Text;
import jakarta.persistence.EntityManager;

import java.util.UUID;

/**
 * The uniqueness rules of names (by their key, {@link Text#nameKey}: one name however it is spelled
 * or cased) and usernames (regardless of case) within their parent. Checked before writing for a
 * clear 409; the database's unique index settles races.
 */
final class UniqueNames {

    private UniqueNames() {
    }

    /**
     * Refuses (409) when another row of entity type, under the same parent (parentField = parentId; no
     * parent when parentField is null), has a name with the same key as name.
     *
     * @param name the name as it will be stored ({@link Text#name})
     * @param self the row being written, which may keep its own name
     */
    static void requireName(EntityManager em, Class<?> type, String parentField, UUID parentId, String name, UUID self,
                            String conflict) {
        require(em, type, parentField, parentId, "e.nameKey = :value", Text.nameKey(name), self, conflict);
    }

    /** As {@link #requireName}, for a username compared regardless of case. */
    static void requireUsername(EntityManager em, Class<?> type, String parentField, UUID parentId, String username,
                                UUID self, String conflict) {
        require(em, type, parentField, parentId, "lower(e.username) = lower(:value)", username.strip(), self, conflict);
    }

    private static void require(EntityManager em, Class<?> type, String parentField, UUID parentId, String condition,
                                String value, UUID self, String conflict) {
        String parentClause = parentField == null ? "" : " and e." + parentField + " = :parent";
        var query = em.createQuery("select count(e) from " + type.getSimpleName() + " e where " + condition
                        + " and e.id <> :self" + parentClause, Long.class)
                .setParameter("value", value)
                .setParameter("self", self);
        if (parentField != null) {
            query.setParameter("parent", parentId);
        }
        if (query.getSingleResult() > 0) {
            throw new DomainException.Conflict(conflict);
        }
    }
}
