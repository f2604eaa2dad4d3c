package io.ostock.organization.application;

import io.ostock.organization.domain.Contact;
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

import java.util.UUID;

/** Contacts of an organization; at most one of them is primary. Changes emit CONTACT_CHANGED. */
@ApplicationScoped
@DatabaseWork
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

    public Page<ContactView> list(UUID organizationId, PageRequest page) {
        return contacts().byName(organizationId, page).map(ContactView::of);
    }

    public ContactView get(UUID organizationId, UUID contactId) {
        return ContactView.of(contacts().get(organizationId, contactId));
    }

    @InTransaction
    public ContactView create(UUID organizationId, ContactData data) {
        scope.requireOrganization(organizationId);
        return save(new Contact(organizationId), data);
    }

    @InTransaction
    public ContactView update(UUID organizationId, UUID contactId, ContactData data, ExpectedVersion expected) {
        return save(contacts().forChange(organizationId, contactId, expected), data);
    }

    @InTransaction
    public void delete(UUID organizationId, UUID contactId, ExpectedVersion expected) {
        Contact contact = contacts().forChange(organizationId, contactId, expected);
        events.contactChanged(contact);
        contacts().remove(contact);
    }

    private Children<Contact> contacts() {
        return scope.children(Contact.class, "Contact");
    }

    private ContactView save(Contact contact, ContactData data) {
        if (data.primary()) {
            em.createQuery("select c.id from Contact c where c.organizationId = :organizationId"
                            + " and c.primary = true and c.id <> :id", UUID.class)
                    .setParameter("organizationId", contact.organizationId())
                    .setParameter("id", contact.id())
                    .getResultStream().findFirst().ifPresent(other -> {
                        throw new DomainException.Conflict("The organization already has a primary contact (" + other
                                + "); make that one non-primary first");
                    });
        }
        contact.update(data.name(), data.email(), data.phone(), data.role(), data.primary());
        contacts().write(contact);
        events.contactChanged(contact);
        return ContactView.of(contact);
    }
}
