package io.ostock.platform.outbox;

/**
 * An event to publish once the transaction that produced it commits.
 *
 * @param stream      the Redis stream it goes to
 * @param type        e.g. ORGANIZATION_UPDATED
 * @param aggregateId the id of the thing that changed (consumers key their caches by it)
 * @param payload     the event as JSON
 */
public record OutboxEvent(String stream, String type, String aggregateId, String payload) {
}
