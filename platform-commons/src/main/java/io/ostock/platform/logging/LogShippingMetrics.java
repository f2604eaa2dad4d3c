package io.ostock.platform.logging;

import io.ostock.platform.lifecycle.StartupPhase;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The log intake appender's counts on /metrics: {@code log_shipping_sent_lines} and
 * {@code log_shipping_dropped_lines} (both only grow, from the server's start) and
 * {@code log_shipping_connected} (1 while a connection to the intake is open). Every line also stays
 * in the service's own log file, whatever happens to the intake.
 */
@ApplicationScoped
public class LogShippingMetrics {

    @Inject
    MetricRegistry metrics;

    void start(@Observes @Priority(StartupPhase.BACKGROUND_WORK) Startup startup) {
        metrics.gauge("log_shipping_sent_lines", LogShippingListener::sent);
        metrics.gauge("log_shipping_dropped_lines", LogShippingListener::dropped);
        metrics.gauge("log_shipping_connected", () -> LogShippingListener.connected() ? 1 : 0);
    }
}
