package io.ostock.organization.application;

import io.ostock.organization.domain.Partner;
import io.ostock.organization.domain.PartnerStatus;
import io.ostock.organization.domain.PartnerType;
import io.ostock.platform.http.Etags;
import io.ostock.platform.paging.Page;
import io.ostock.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.UUID;

/** Business partners of an organization; a partner's name appears once per organization. */
@ApplicationScoped
@Transactional
public class PartnerService {

    /** What a caller may set on a partner. */
    public record PartnerData(String name, PartnerType type, LocalDate since, PartnerStatus status) {
    }

    @PersistenceContext(unitName = "organization")
    EntityManager em;

    @Inject
    OrganizationScope scope;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Partner> list(UUID organizationId, PageRequest page) {
        scope.requireOrganization(organizationId);
        return new ChildPages(em).page(Partner.class, organizationId, "lower(c.name), c.id", page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Partner get(UUID organizationId, UUID partnerId) {
        return scope.requireChild(Partner.class, "Partner", organizationId, partnerId);
    }

    public Partner create(UUID organizationId, PartnerData data) {
        scope.requireOrganization(organizationId);
        return save(new Partner(organizationId), data);
    }

    public Partner update(UUID organizationId, UUID partnerId, PartnerData data, String ifMatch) {
        Partner partner = scope.requireChildForUpdate(Partner.class, "Partner", organizationId, partnerId);
        Etags.requireMatch(ifMatch, partner.version());
        return save(partner, data);
    }

    public void delete(UUID organizationId, UUID partnerId, String ifMatch) {
        Partner partner = scope.requireChildForUpdate(Partner.class, "Partner", organizationId, partnerId);
        Etags.requireMatch(ifMatch, partner.version());
        em.remove(partner);
        em.flush();
    }

    private Partner save(Partner partner, PartnerData data) {
        UniqueNames.require(em, Partner.class, "organizationId", partner.organizationId(), "name", data.name(),
                partner.id(), "The organization already has a partner named '" + data.name().strip() + "'");
        partner.update(data.name(), data.type(), data.since(), data.status());
        if (!em.contains(partner)) {
            em.persist(partner);
        }
        em.flush();
        return partner;
    }
}
