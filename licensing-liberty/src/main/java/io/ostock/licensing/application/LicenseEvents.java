package io.ostock.licensing.application;

import io.ostock.licensing.domain.License;
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
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryType;

import java.time.Instant;
import java.util.UUID;

/** License events for the stream ostock.license.events, written to the outbox with the change. */
@ApplicationScoped
public class LicenseEvents {

    public static final String ISSUED = "LICENSE_ISSUED";
    public static final String RENEWED = "LICENSE_RENEWED";
    public static final String REVOKED = "LICENSE_REVOKED";
    public static final String SUSPENDED = "LICENSE_SUSPENDED";
    public static final String RESUMED = "LICENSE_RESUMED";
    /** Published by the expiry job, with the organization to tell when it is known. */
    public static final String EXPIRED = "LICENSE_EXPIRED";
    public static final String EXPIRING = "LICENSE_EXPIRING";

    /** organization is present on expiry events only (null fields are left out of the JSON). */
    public record Payload(String eventId, String type, String licenseId, String organizationId, String status,
                          Instant expiresAt, long version, Instant occurredAt, String correlationId,
                          OrganizationDirectory.OrganizationSummary organization) {
    }

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "licensing")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "license.events.stream")
    String stream;

    @Inject
    @RegistryType(type = MetricRegistry.Type.APPLICATION)
    MetricRegistry metrics;

    /** Appends the event and counts the change: licenses_issued_total, licenses_renewed_total and so on. */
    void changed(String type, License license) {
        append(type, license, null);
    }

    /**
     * An expiry event for whoever tells the customer (EXPIRED, EXPIRING): it names the organization
     * and its primary contact when the directory knows them; licenses_expired_total and
     * licenses_expiring_total count them.
     */
    void expiry(String type, License license, OrganizationDirectory.OrganizationSummary organization) {
        append(type, license, organization);
    }

    private void append(String type, License license, OrganizationDirectory.OrganizationSummary organization) {
        metrics.counter("licenses_" + type.substring("LICENSE_".length()).toLowerCase() + "_total").inc();
        Payload payload = new Payload(UUID.randomUUID().toString(), type, license.id().toString(),
                license.organizationId().toString(), license.status().name(), license.expiresAt(), license.version(),
                Instant.now(), CorrelationId.current().orElse(null), organization);
        outbox.append(em, new OutboxEvent(stream, type, license.id().toString(), JSON.toJson(payload)));
    }
}
