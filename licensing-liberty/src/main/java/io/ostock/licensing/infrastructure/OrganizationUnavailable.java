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

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The answer when Organization could not be asked (down, slow, circuit open, bulkhead full):
 * "unavailable", counted in organization_lookup_fallbacks_total and logged with the reason. While
 * Organization is down every read falls back, so the log gets one line per 10 s at most, saying
 * how many fallbacks it stands for; the counter has them all.
 */
@Dependent
public class OrganizationUnavailable implements FallbackHandler<CompletionStage<Lookup>> {

    private static final Logger LOG = LoggerFactory.getLogger(OrganizationUnavailable.class);
    private static final long LOG_INTERVAL_NANOS = Duration.ofSeconds(10).toNanos();

    // Static: the handler is @Dependent (an instance per fallback); the log's pace is the server's.
    private static final AtomicLong NEXT_LINE_AT = new AtomicLong(System.nanoTime());
    private static final AtomicLong UNLOGGED = new AtomicLong();

    @Inject
    @RegistryType(type = MetricRegistry.Type.APPLICATION)
    MetricRegistry metrics;

    @Override
    public CompletionStage<Lookup> handle(ExecutionContext context) {
        metrics.counter("organization_lookup_fallbacks_total").inc();
        long now = System.nanoTime();
        long lineDue = NEXT_LINE_AT.get();
        if (now - lineDue >= 0 && NEXT_LINE_AT.compareAndSet(lineDue, now + LOG_INTERVAL_NANOS)) {
            LOG.warn("Organization lookup {} unavailable: {} (and {} more since the last such line)",
                    context.getParameters()[0], context.getFailure().toString(), UNLOGGED.getAndSet(0));
        } else {
            UNLOGGED.incrementAndGet();
        }
        return CompletableFuture.completedFuture(Lookup.unavailable());
    }
}
