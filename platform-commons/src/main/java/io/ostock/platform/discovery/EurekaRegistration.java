package io.ostock.platform.discovery;

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
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Keeps this service registered in Eureka under its name (service.name, upper-cased: e.g.
 * ORGANIZATION-SERVICE). Every {@code eureka.heartbeat.seconds}: until the service is ready (its own
 * /health/ready and /v1/ping answer 200) nothing; then it registers; from then on it renews its lease, and
 * registers again when a heartbeat answers 404 (a restarted or evicted registry). At shutdown it
 * deregisters. Inactive when {@code eureka.urls} is not set.
 */
@ApplicationScoped
public class EurekaRegistration {

    private static final Logger LOG = LoggerFactory.getLogger(EurekaRegistration.class);

    @Inject
    EurekaPeers peers;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    @RegistryType(type = MetricRegistry.Type.APPLICATION)
    MetricRegistry metrics;

    // Settings, one injected field per key: the MicroProfile Config idiom every bean here follows.
    @Inject
    @ConfigProperty(name = "service.name")
    String serviceName;

    @Inject
    @ConfigProperty(name = "service.version", defaultValue = "1.0.0")
    String version;

    @Inject
    @ConfigProperty(name = "eureka.instance.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "HTTP_PORT")
    int port;

    @Inject
    @ConfigProperty(name = "eureka.heartbeat.seconds", defaultValue = "5")
    int heartbeatSeconds;

    @Inject
    @ConfigProperty(name = "eureka.lease.seconds", defaultValue = "15")
    int leaseSeconds;

    @Inject
    HttpClient http;

    private volatile boolean registered;
    private PeriodicTask heartbeat;
    private Counter heartbeatFailures;

    void start(@Observes @Priority(StartupPhase.REGISTER) Startup startup) {
        if (!peers.enabled()) {
            return;
        }
        heartbeatFailures = metrics.counter("discovery_heartbeat_failures_total");
        heartbeat = PeriodicTask.start(executor, "Eureka heartbeat of " + instanceId(), Duration.ZERO,
                Duration.ofSeconds(heartbeatSeconds), this::beat);
    }

    /** Deregisters before the server goes away, so that callers stop choosing this instance at once. */
    @PreDestroy
    void stop() {
        if (heartbeat == null) {
            return;
        }
        heartbeat.stop();
        if (registered) {
            try {
                int status = peers.send(base -> HttpRequest.newBuilder(EurekaPeers.uri(base, instancePath())).DELETE())
                        .statusCode();
                LOG.info("Deregistered {} from Eureka (HTTP {})", instanceId(), status);
            } catch (EurekaPeers.Unreachable e) {
                LOG.warn("Could not deregister {} from Eureka: {}", instanceId(), e.getMessage());
            }
        }
    }

    public String app() {
        return serviceName.toUpperCase();
    }

    public String instanceId() {
        return host + ":" + serviceName + ":" + port;
    }

    /** One heartbeat (or the registration it waits for); a failure is counted, and logged by the PeriodicTask. */
    void beat() {
        try {
            if (!registered) {
                if (ready()) {
                    register();
                }
                return;
            }
            int status = peers.send(base -> HttpRequest.newBuilder(
                    EurekaPeers.uri(base, instancePath() + "?status=UP")).PUT(HttpRequest.BodyPublishers.noBody()))
                    .statusCode();
            if (status == 404) {
                LOG.info("Eureka does not know {} (restarted or evicted): registering again", instanceId());
                register();
            } else if (status != 200) {
                throw new IllegalStateException("Eureka answered the heartbeat with HTTP " + status);
            }
        } catch (EurekaPeers.Unreachable e) {
            heartbeatFailures.inc();
            throw new IllegalStateException(e.getMessage(), e);
        } catch (RuntimeException e) {
            heartbeatFailures.inc();
            throw e;
        }
    }

    private void register() throws EurekaPeers.Unreachable {
        String body = EurekaJson.instance(instanceId(), app(), host, port, heartbeatSeconds, leaseSeconds,
                Map.of("version", version));
        int status = peers.send(base -> HttpRequest.newBuilder(EurekaPeers.uri(base, "/apps/" + app()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))).statusCode();
        if (status != 204 && status != 200) {
            throw new IllegalStateException("Eureka refused the registration (HTTP " + status + ")");
        }
        registered = true;
        LOG.info("Registered {} in Eureka as {}", instanceId(), app());
    }

    private String instancePath() {
        return "/apps/" + app() + "/" + instanceId();
    }

    /**
     * Ready to take callers: its readiness check answers 200, and so does its API's constant
     * endpoint (/v1/ping), which also makes Liberty set the REST application up now rather than
     * on the first caller's request (seconds on a fresh server).
     */
    private boolean ready() {
        return answers200("/health/ready") && answers200("/v1/ping");
    }

    private boolean answers200(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
