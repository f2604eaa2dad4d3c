package io.ostock.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Spans around the calls a service makes to PostgreSQL and Redis, with the semantic attributes an
 * operator filters on (db.system.name, db.namespace, db.operation.name, server.address,
 * server.port). A failure marks the span with its exception's type only: messages may hold data.
 */
@ApplicationScoped
public class ClientSpans {

    /** Work that may throw E (the compiler infers RuntimeException for work that throws nothing checked). */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    @Inject
    Tracer tracer;

    /** A span for one call to system (postgresql, redis) at address:port, current while work runs. */
    public <T, E extends Exception> T call(String name, String system, String namespace, String operation,
                                           String address, int port, Work<T, E> work) throws E {
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
        Span span = builder.startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return work.run();
        } catch (Exception | Error failure) { // rethrown as it came: E, a RuntimeException or an Error
            span.setStatus(StatusCode.ERROR);
            span.setAttribute("error.type", failure.getClass().getName());
            throw failure;
        } finally {
            span.end();
        }
    }
}
