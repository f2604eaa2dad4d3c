package io.ostock.platform.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The RED metric every dashboard and alert is built on: {@code http_server_requests_seconds} (count,
 * sum, max and buckets) by method, route and status, one observation per request the service answers.
 * Labels stay few whatever clients send: the route is the matched resource's path template
 * ({@link RouteFilter}), or "unmatched"; a method outside HTTP's usual ones is "OTHER".
 */
@ApplicationScoped
public class RequestMetrics {

    static final String NAME = "http_server_requests";
    static final String UNMATCHED = "unmatched";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final Metadata METADATA = Metadata.builder().withName(NAME)
            .withDescription("Requests the service answered, by method, route template and status")
            .withUnit(MetricUnits.SECONDS).build();

    @Inject
    MetricRegistry metrics;

    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    /** One answered request; route is the matched path template, or null. */
    public void record(String method, String route, int status, Duration took) {
        String methodLabel = METHODS.contains(method) ? method : "OTHER";
        String routeLabel = route == null ? UNMATCHED : route;
        String key = methodLabel + ' ' + routeLabel + ' ' + status;
        timers.computeIfAbsent(key, unused -> metrics.timer(METADATA, new Tag("method", methodLabel),
                new Tag("route", routeLabel), new Tag("status", Integer.toString(status)))).update(took);
    }
}
