package io.ostock.platform.stream;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An event as it travels on a Redis stream: the fields of one stream entry, written by the
 * outbox relay and read by the services' stream followers. Consumers parse only what they
 * need; a field an entry lacks is null.
 *
 * @param type        what happened, e.g. ORGANIZATION_UPDATED
 * @param aggregateId the id of the thing it happened to
 * @param payload     the event as JSON (with its eventId, for consumers to spot repeats)
 * @param traceparent the trace the event belongs to (W3C traceparent of its publication), or null
 */
public record StreamEvent(String type, String aggregateId, String payload, String traceparent) {

    public static final String TYPE = "type";
    public static final String AGGREGATE_ID = "aggregateId";
    public static final String PAYLOAD = "payload";
    public static final String TRACEPARENT = "traceparent";

    public static StreamEvent of(Map<String, String> fields) {
        return new StreamEvent(fields.get(TYPE), fields.get(AGGREGATE_ID), fields.get(PAYLOAD), fields.get(TRACEPARENT));
    }

    /** The entry's fields for XADD. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>(Map.of(TYPE, type, AGGREGATE_ID, aggregateId, PAYLOAD, payload));
        if (traceparent != null) {
            fields.put(TRACEPARENT, traceparent);
        }
        return fields;
    }
}
