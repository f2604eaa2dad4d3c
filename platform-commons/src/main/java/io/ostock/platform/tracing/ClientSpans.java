package io.ostock.platform.tracing;

import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Spans around the calls a service makes to PostgreSQL and Redis, with the semantic attributes an
 * operator filters on (db.system.name, db.namespace, db.operation.name, server.address,
 * server.port). A failure marks the span with its exception's type only: messages may hold data.
 */
@ApplicationScoped
public class ClientSpans {

    @Inject
    Tracer tracer;

    /** A span for one call to system (postgresql, redis) at address:port, current while work runs. */
    public <T, E extends Exception> T call(String name, String system, String namespace, String operation,
                                           String address, int port, Spans.Work<T, E> work) throws E {
        SpanBuilder builder = tracer.spanBuilder(name).setSpanKind(SpanKind.CLIENT)
                .setAttribute("db.system.name", system)
                .setAttribute("server.address", address)
                .setAttribute("server.port", port);
        if (namespace != null) {
            builder.setAttribute("db.namespace", namespace);
        }
        if (operation != null) {
            builder.setAttribute("db.operation.name", operation);
        }
        return Spans.within(builder.startSpan(), work);
    }
}
