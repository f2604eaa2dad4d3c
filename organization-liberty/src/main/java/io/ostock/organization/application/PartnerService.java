package io.ostock.organization.application;

import io.ostock.organization.domain.Partner;
import io.ostock.organization.domain.PartnerStatus;
import io.ostock.organization.domain.PartnerType;
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

import java.time.LocalDate;
import java.util.UUID;

/** Business partners of an organization; a partner's name appears once per organization. */
@ApplicationScoped
@DatabaseWork
public class PartnerService {

    /** What a caller may set on a partner. */
    public record PartnerData(String name, PartnerType type, LocalDate since, PartnerStatus status) {
    }

    @PersistenceContext(unitName = "organization")
    EntityManager em;

    @Inject
    OrganizationScope scope;

    public Page<PartnerView> list(UUID organizationId, PageRequest page) {
        return partners().byName(organizationId, page).map(PartnerView::of);
    }

    public PartnerView get(UUID organizationId, UUID partnerId) {
        return PartnerView.of(partners().get(organizationId, partnerId));
    }

    @InTransaction
    public PartnerView create(UUID organizationId, PartnerData data) {
        scope.requireOrganization(organizationId);
        return save(new Partner(organizationId), data);
    }

    @InTransaction
    public PartnerView update(UUID organizationId, UUID partnerId, PartnerData data, ExpectedVersion expected) {
        return save(partners().forChange(organizationId, partnerId, expected), data);
    }

    @InTransaction
    public void delete(UUID organizationId, UUID partnerId, ExpectedVersion expected) {
        partners().remove(partners().forChange(organizationId, partnerId, expected));
    }

    private Children<Partner> partners() {
        return scope.children(Partner.class, "Partner");
    }

    private PartnerView save(Partner partner, PartnerData data) {
        String name = Text.name("name", data.name());
        UniqueNames.requireName(em, Partner.class, "organizationId", partner.organizationId(), name, partner.id(),
                "The organization already has a partner named '" + name + "'");
        partner.update(data.name(), data.type(), data.since(), data.status());
        return PartnerView.of(partners().write(partner));
    }
}
