package io.ostock.platform.outbox;

import io.ostock.platform.tracing.EventSpans;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The write side of the transactional outbox: the event row is inserted in the caller's own
 * transaction, so it exists if and only if the change it describes was committed. The relay
 * publishes it afterwards; a Redis outage only delays it. The row keeps the trace of the request
 * that wrote it ({@link EventSpans}).
 */
@ApplicationScoped
public class Outbox {

    /** Fired after a successful commit so that the relay publishes at once instead of at its next poll. */
    public record Appended() {
    }

    @Inject
    Event<Appended> appended;

    public void append(EntityManager entityManager, OutboxEvent event) {
        entityManager.createNativeQuery(
                        "insert into outbox_event (stream, event_type, aggregate_id, payload, traceparent)"
                                + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, event.stream())
                .setParameter(2, event.type())
                .setParameter(3, event.aggregateId())
                .setParameter(4, event.payload())
                .setParameter(5, EventSpans.currentTraceparent())
                .executeUpdate();
        appended.fire(new Appended());
    }
}
