package io.ostock.licensing.infrastructure;

import io.ostock.licensing.application.OrganizationDirectory.Lookup;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The answer when Organization could not be asked (down, slow, circuit open, bulkhead full):
 * "unavailable", counted in organization_lookup_fallbacks_total and logged with the reason.
 */
@Dependent
public class OrganizationUnavailable implements FallbackHandler<CompletionStage<Lookup>> {

    private static final Logger LOG = LoggerFactory.getLogger(OrganizationUnavailable.class);

    @Inject
    @RegistryType(type = MetricRegistry.Type.APPLICATION)
    MetricRegistry metrics;

    @Override
    public CompletionStage<Lookup> handle(ExecutionContext context) {
        metrics.counter("organization_lookup_fallbacks_total").inc();
        LOG.warn("Organization lookup {} unavailable: {}", context.getParameters()[0], context.getFailure().toString());
        return CompletableFuture.completedFuture(Lookup.unavailable());
    }
}
