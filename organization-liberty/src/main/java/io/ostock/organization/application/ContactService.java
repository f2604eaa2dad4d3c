package io.ostock.organization.application;

import io.ostock.organization.domain.Contact;
import io.ostock.platform.http.Etags;
import io.ostock.platform.paging.Page;
import io.ostock.platform.paging.PageRequest;
import io.ostock.platform.persistence.InTransaction;
import io.ostock.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.UUID;

/** Contacts of an organization; at most one of them is primary. Changes emit CONTACT_CHANGED. */
@ApplicationScoped
public class ContactService {

    /** What a caller may set on a contact. */
    public record ContactData(String name, String email, String phone, String role, boolean primary) {
    }

    @PersistenceContext(unitName = "organization")
    EntityManager em;

    @Inject
    OrganizationScope scope;

    @Inject
    OrganizationEvents events;

    public Page<Contact> list(UUID organizationId, PageRequest page) {
        scope.requireOrganization(organizationId);
        return new ChildPages(em).page(Contact.class, organizationId, "lower(c.name), c.id", page);
    }

    public Contact get(UUID organizationId, UUID contactId) {
        return scope.requireChild(Contact.class, "Contact", organizationId, contactId);
    }

    @InTransaction
    public Contact create(UUID organizationId, ContactData data) {
        scope.requireOrganization(organizationId);
        Contact contact = new Contact(organizationId);
        return save(contact, data);
    }

    @InTransaction
    public Contact update(UUID organizationId, UUID contactId, ContactData data, String ifMatch) {
        Contact contact = scope.requireChildForUpdate(Contact.class, "Contact", organizationId, contactId);
        Etags.requireMatch(ifMatch, contact.version());
        return save(contact, data);
    }

    @InTransaction
    public void delete(UUID organizationId, UUID contactId, String ifMatch) {
        Contact contact = scope.requireChildForUpdate(Contact.class, "Contact", organizationId, contactId);
        Etags.requireMatch(ifMatch, contact.version());
        events.contactChanged(contact);
        em.remove(contact);
        em.flush();
    }

    private Contact save(Contact contact, ContactData data) {
        if (data.primary()) {
            em.createQuery("select c.id from Contact c where c.organizationId = :organizationId"
                            + " and c.primary = true and c.id <> :id", UUID.class)
                    .setParameter("organizationId", contact.organizationId())
                    .setParameter("id", contact.id())
                    .getResultStream().findFirst().ifPresent(other -> {
                        throw ProblemException.conflict("The organization already has a primary contact (" + other
                                + "); make that one non-primary first");
                    });
        }
        contact.update(data.name(), data.email(), data.phone(), data.role(), data.primary());
        if (!em.contains(contact)) {
            em.persist(contact);
        }
        em.flush();
        events.contactChanged(contact);
        return contact;
    }
}
