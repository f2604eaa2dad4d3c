package io.ostock.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.ostock.platform.stream.StreamEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;

/**
 * Keeps an event in the trace of the request that caused it. The outbox stores the request's trace
 * context with the event (W3C traceparent); the relay publishes it inside a PRODUCER span of that
 * trace and hands the span's context on in the stream entry; each consumer handles the entry inside
 * a CONSUMER span below it (and linked to it). Zipkin then shows the request, the publication and
 * every service's handling of the event as one trace.
 */
@ApplicationScoped
public class EventSpans {

    private static final String TRACEPARENT = "traceparent";
    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    @Inject
    Tracer tracer;

    /** The current trace context as a W3C traceparent, or null outside a sampled trace. */
    public static String currentTraceparent() {
        return traceparentOf(Context.current());
    }

    /** Publishes (work) inside a PRODUCER span below the event's stored context; the entry takes that span's. */
    public void publishing(String stream, String storedTraceparent, Runnable work) {
        Span span = tracer.spanBuilder("publish " + stream).setSpanKind(SpanKind.PRODUCER)
                .setParent(contextOf(storedTraceparent))
                .setAttribute("messaging.system", "redis")
                .setAttribute("messaging.destination.name", stream)
                .setAttribute("messaging.operation.type", "send")
                .startSpan();
        Spans.within(span, () -> {
            work.run();
            return null;
        });
    }

    /** Handles an event from stream inside a CONSUMER span below (and linked to) its producer's span. */
    public void consuming(String stream, StreamEvent event, Runnable work) {
        Context producer = contextOf(event.traceparent());
        var builder = tracer.spanBuilder("process " + stream).setSpanKind(SpanKind.CONSUMER)
                .setParent(producer)
                .setAttribute("messaging.system", "redis")
                .setAttribute("messaging.destination.name", stream)
                .setAttribute("messaging.operation.type", "process");
        if (event.type() != null) {
            builder.setAttribute("ostock.event.type", event.type());
        }
        Span producerSpan = Span.fromContext(producer);
        if (producerSpan.getSpanContext().isValid()) {
            builder.addLink(producerSpan.getSpanContext());
        }
        Spans.within(builder.startSpan(), () -> {
            work.run();
            return null;
        });
    }

    static Context contextOf(String traceparent) {
        if (traceparent == null) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), Map.of(TRACEPARENT, traceparent), MAP);
    }

    private static String traceparentOf(Context context) {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(context, carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }
}
