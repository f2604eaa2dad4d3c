package io.ostock.licensing.infrastructure;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.ostock.licensing.application.LicenseExpiry;
import io.ostock.platform.lifecycle.PeriodicTask;
import io.ostock.platform.lifecycle.StartupPhase;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/**
 * Runs the expiry work every {@code license.expiry.interval.ms} on every instance; the database
 * locking in {@link LicenseExpiry} keeps the instances from doing anything twice. A failed run
 * (database or Organization trouble) is logged and tried again at the next interval. Its last
 * complete run is on /metrics ({@code license_expiry_last_success_timestamp_seconds}): an alert
 * fires when it grows old, whatever the reason the job stopped getting through.
 */
@ApplicationScoped
public class LicenseExpiryJob {

    private static final Logger LOG = LoggerFactory.getLogger(LicenseExpiryJob.class);
    private static final int BATCH = 100;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    LicenseExpiry expiry;

    @Inject
    Tracer tracer;

    @Inject
    MetricRegistry metrics;

    @Inject
    Clock clock;

    // Settings, one injected field per key: the MicroProfile Config idiom every bean here follows.
    @Inject
    @ConfigProperty(name = "license.expiry.interval.ms", defaultValue = "60000")
    long intervalMillis;

    @Inject
    @ConfigProperty(name = "license.expiring-notice.days", defaultValue = "14")
    int noticeDays;

    private PeriodicTask schedule;
    private final AtomicLong lastSuccessSeconds = new AtomicLong();

    void start(@Observes @Priority(StartupPhase.BACKGROUND_WORK) Startup startup) {
        metrics.gauge("license_expiry_last_success_timestamp_seconds", lastSuccessSeconds, AtomicLong::get);
        Duration interval = Duration.ofMillis(intervalMillis);
        schedule = PeriodicTask.start(executor, "License expiry job", interval, interval, this::run);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.stop();
        }
    }

    /** One trace a run: its database work, and the events it publishes, below one span. */
    void run() {
        Span span = tracer.spanBuilder("license expiry job").startSpan();
        try (Scope ignored = span.makeCurrent()) {
            int expired = inBatches(() -> expiry.expireDue(BATCH));
            int noticed = inBatches(() -> expiry.noticeExpiring(BATCH, Duration.ofDays(noticeDays)));
            span.setAttribute("ostock.licenses.expired", expired);
            span.setAttribute("ostock.licenses.expiring_notices", noticed);
            if (expired + noticed > 0) {
                LOG.info("Expiry job: {} licenses expired, {} expiring notices sent", expired, noticed);
            }
            lastSuccessSeconds.set(clock.instant().getEpochSecond());
        } finally {
            span.end();
        }
    }

    private static int inBatches(IntSupplier batch) {
        int total = 0;
        int done;
        do {
            done = batch.getAsInt();
            total += done;
        } while (done == BATCH);
        return total;
    }
}
