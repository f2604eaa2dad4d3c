package io.ostock.platform.tracing;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Traces {@link DatabaseWork}: one CLIENT span a call, around the transaction when the method has one
 * (this interceptor runs outside InTransaction's), so that the commit is part of the work.
 */
@DatabaseWork
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class DatabaseWorkInterceptor {

    @Inject
    ClientSpans spans;

    // Settings, one injected field per key (the MicroProfile Config idiom): the server's data source,
    // as the shared Liberty configuration names it.
    @Inject
    @ConfigProperty(name = "DB_NAME")
    String database;

    @Inject
    @ConfigProperty(name = "DB_HOST")
    String host;

    @Inject
    @ConfigProperty(name = "DB_PORT")
    int port;

    @AroundInvoke
    Object traced(InvocationContext invocation) throws Exception {
        String name = invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
        return spans.call(name, "postgresql", database, null, host, port, invocation::proceed);
    }
}
