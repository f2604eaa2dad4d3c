package io.ostock.organization.application;

import io.ostock.platform.paging.Page;
import io.ostock.platform.paging.PageRequest;
import jakarta.persistence.EntityManager;

import java.util.UUID;

/** One page of the children (contacts, groups, partners...) of a parent, with their total. */
final class ChildPages {

    private final EntityManager em;

    ChildPages(EntityManager em) {
        this.em = em;
    }

    <T> Page<T> page(Class<T> type, UUID organizationId, String orderBy, PageRequest page) {
        return page(type, "organizationId", organizationId, orderBy, page);
    }

    <T> Page<T> page(Class<T> type, String parentField, UUID parentId, String orderBy, PageRequest page) {
        String entity = type.getSimpleName();
        var items = em.createQuery("select c from " + entity + " c where c." + parentField + " = :parent order by "
                        + orderBy, type)
                .setParameter("parent", parentId)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
        long total = em.createQuery("select count(c) from " + entity + " c where c." + parentField + " = :parent",
                        Long.class)
                .setParameter("parent", parentId)
                .getSingleResult();
        return new Page<>(items, total, page.limit(), page.offset());
    }
}
