package io.ostock.organization.application;

import io.ostock.organization.domain.Partner;
import io.ostock.organization.domain.PartnerStatus;
import io.ostock.organization.domain.PartnerType;
import io.ostock.platform.http.Etags;
import io.ostock.platform.paging.Page;
import io.ostock.platform.paging.PageRequest;
import io.ostock.platform.persistence.InTransaction;
import io.ostock.platform.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.UUID;

/** Business partners of an organization; a partner's name appears once per organization. */
@ApplicationScoped
public class PartnerService {

    /** What a caller may set on a partner. */
    public record PartnerData(String name, PartnerType type, LocalDate since, PartnerStatus status) {
    }

    @PersistenceContext(unitName = "organization")
    EntityManager em;

    @Inject
    OrganizationScope scope;

    public Page<Partner> list(UUID organizationId, PageRequest page) {
        scope.requireOrganization(organizationId);
        return new ChildPages(em).page(Partner.class, organizationId, "lower(c.name), c.id", page);
    }

    public Partner get(UUID organizationId, UUID partnerId) {
        return scope.requireChild(Partner.class, "Partner", organizationId, partnerId);
    }

    @InTransaction
    public Partner create(UUID organizationId, PartnerData data) {
        scope.requireOrganization(organizationId);
        return save(new Partner(organizationId), data);
    }

    @InTransaction
    public Partner update(UUID organizationId, UUID partnerId, PartnerData data, String ifMatch) {
        Partner partner = scope.requireChildForUpdate(Partner.class, "Partner", organizationId, partnerId);
        Etags.requireMatch(ifMatch, partner.version());
        return save(partner, data);
    }

    @InTransaction
    public void delete(UUID organizationId, UUID partnerId, String ifMatch) {
        Partner partner = scope.requireChildForUpdate(Partner.class, "Partner", organizationId, partnerId);
        Etags.requireMatch(ifMatch, partner.version());
        em.remove(partner);
        em.flush();
    }

    private Partner save(Partner partner, PartnerData data) {
        String name = Text.name("name", data.name());
        UniqueNames.requireName(em, Partner.class, "organizationId", partner.organizationId(), name, partner.id(),
                "The organization already has a partner named '" + name + "'");
        partner.update(data.name(), data.type(), data.since(), data.status());
        if (!em.contains(partner)) {
            em.persist(partner);
        }
        em.flush();
        return partner;
    }
}
