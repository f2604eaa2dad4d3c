package io.ostock.platform.correlation;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import org.slf4j.MDC;

/**
 * The current span's trace and span ids in the MDC (trace_id, span_id), so that every log line
 * written while serving a traced request leads to its trace in Zipkin, and a trace to its lines.
 */
public final class TraceIds {

    public static final String TRACE_ID = "trace_id";
    public static final String SPAN_ID = "span_id";

    private TraceIds() {
    }

    /** Puts the current span's ids in the MDC; leaves it as it is when no span is current. */
    public static void putCurrent() {
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            MDC.put(TRACE_ID, span.getTraceId());
            MDC.put(SPAN_ID, span.getSpanId());
        }
    }

    public static void clear() {
        MDC.remove(TRACE_ID);
        MDC.remove(SPAN_ID);
    }
}
