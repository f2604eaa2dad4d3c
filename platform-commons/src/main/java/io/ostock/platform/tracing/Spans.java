package io.ostock.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;

/** Runs work with a started span current, and ends it; a failure marks it with its type only (messages may hold data). */
public final class Spans {

    /** Work that may throw E (the compiler infers RuntimeException for work that throws nothing checked). */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private Spans() {
    }

    static <T, E extends Exception> T within(Span span, Work<T, E> work) throws E {
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
