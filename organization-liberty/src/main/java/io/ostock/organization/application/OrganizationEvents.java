package io.ostock.organization.application;

import io.ostock.organization.domain.Contact;
import io.ostock.organization.domain.Organization;
import io.ostock.platform.correlation.CorrelationId;
import io.ostock.platform.outbox.Outbox;
import io.ostock.platform.outbox.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.UUID;

/**
 * Organization change events for the stream ostock.organization.events. Consumers (licensing's
 * cache) key on organizationId; eventId lets them drop the rare repeat of at-least-once delivery.
 */
@ApplicationScoped
public class OrganizationEvents {

    public static final String CREATED = "ORGANIZATION_CREATED";
    public static final String UPDATED = "ORGANIZATION_UPDATED";
    public static final String DELETED = "ORGANIZATION_DELETED";
    public static final String CONTACT_CHANGED = "CONTACT_CHANGED";

    /** The event body; name, status and version are null where they do not apply (deletes, contacts). */
    public record Payload(String eventId, String type, String organizationId, String name, String status,
                          Long version, String contactId, Instant occurredAt, String correlationId) {
    }

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "organization")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    jakarta.enterprise.event.Event<OrganizationCache.Changed> changed;

    @Inject
    @ConfigProperty(name = "organization.events.stream")
    String stream;

    void organizationChanged(String type, Organization organization) {
        changed.fire(new OrganizationCache.Changed(organization.id()));
        boolean deleted = DELETED.equals(type);
        append(type, organization.id(), new Payload(UUID.randomUUID().toString(), type, organization.id().toString(),
                deleted ? null : organization.name(), deleted ? null : organization.status().name(),
                deleted ? null : organization.version(), null, Instant.now(), CorrelationId.current().orElse(null)));
    }

    void contactChanged(Contact contact) {
        append(CONTACT_CHANGED, contact.organizationId(), new Payload(UUID.randomUUID().toString(), CONTACT_CHANGED,
                contact.organizationId().toString(), null, null, null, contact.id().toString(), Instant.now(),
                CorrelationId.current().orElse(null)));
    }

    private void append(String type, UUID organizationId, Payload payload) {
        outbox.append(em, new OutboxEvent(stream, type, organizationId.toString(), JSON.toJson(payload)));
    }
}
