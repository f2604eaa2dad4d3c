package io.ostock.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The trace context an event carries: written from the current span, read back as the same span. */
class EventSpansTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN_ID = "00f067aa0ba902b7";

    @Test
    void theCurrentSpanIsWrittenAsATraceparentAndReadBack() {
        Span producer = Span.wrap(SpanContext.create(TRACE_ID, SPAN_ID, TraceFlags.getSampled(), TraceState.getDefault()));
        String traceparent;
        try (Scope ignored = Context.root().with(producer).makeCurrent()) {
            traceparent = EventSpans.currentTraceparent();
        }
        assertEquals("00-" + TRACE_ID + "-" + SPAN_ID + "-01", traceparent);
        SpanContext read = Span.fromContext(EventSpans.contextOf(traceparent)).getSpanContext();
        assertEquals(TRACE_ID, read.getTraceId());
        assertEquals(SPAN_ID, read.getSpanId());
        assertEquals(true, read.isRemote());
    }

    @Test
    void outsideATraceAnEventCarriesNone() {
        assertNull(EventSpans.currentTraceparent());
        assertFalse(Span.fromContext(EventSpans.contextOf(null)).getSpanContext().isValid());
        assertFalse(Span.fromContext(EventSpans.contextOf("garbage")).getSpanContext().isValid());
    }
}
