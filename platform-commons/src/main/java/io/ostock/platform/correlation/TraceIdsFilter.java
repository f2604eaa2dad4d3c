package io.ostock.platform.correlation;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Puts the request's span in the MDC once the REST layer has started it (the servlet filter runs
 * too early for that); CorrelationIdFilter clears it when the request is done, after its access line.
 */
@Provider
public class TraceIdsFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        TraceIds.putCurrent();
    }
}
