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
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryType;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * This instance's copy of the Eureka registry, refreshed every {@code eureka.registry.fetch.seconds}:
 * the whole registry first, then only the changes (GET /eureka/apps/delta), checked against the
 * server's hash of the registry and fetched whole again on a mismatch. When no peer answers, the
 * last copy stays in use, however old (discovery_registry_age_seconds tells how old). Fetches only
 * when {@code eureka.fetch-registry} is true (services that call others).
 */
@ApplicationScoped
public class EurekaRegistry {

    @Inject
    EurekaPeers peers;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    @RegistryType(type = MetricRegistry.Type.APPLICATION)
    MetricRegistry metrics;

    // Settings, one injected field per key: the MicroProfile Config idiom every bean here follows.
    @Inject
    @ConfigProperty(name = "eureka.fetch-registry", defaultValue = "false")
    boolean fetchRegistry;

    @Inject
    @ConfigProperty(name = "eureka.registry.fetch.seconds", defaultValue = "5")
    int fetchSeconds;

    /** Instances by id; replaced whole by a full fetch, changed in place by deltas. */
    private volatile Map<String, ServiceInstance> instances = Map.of();
    /** The base URIs of the UP instances by service (upper case), sorted: built per read, not per lookup. */
    private volatile Map<String, List<URI>> upByApp = Map.of();
    private volatile long fetchedAtMillis;
    private final Set<String> gaugedApps = ConcurrentHashMap.newKeySet();
    private PeriodicTask refresh;

    void start(@Observes @Priority(StartupPhase.BACKGROUND_WORK) Startup startup) {
        if (!peers.enabled() || !fetchRegistry) {
            return;
        }
        metrics.gauge("discovery_registry_age_seconds", this, EurekaRegistry::ageSeconds);
        refresh = PeriodicTask.start(executor, "Eureka registry copy (kept as last read while it fails)",
                Duration.ZERO, Duration.ofSeconds(fetchSeconds), this::refresh);
    }

    @PreDestroy
    void stop() {
        if (refresh != null) {
            refresh.stop();
        }
    }

    /** The base URIs of a service's UP instances (its Eureka name, e.g. ORGANIZATION-SERVICE), sorted. */
    public List<URI> upInstances(String app) {
        List<URI> up = upByApp.get(app);
        return up != null ? up : upByApp.getOrDefault(app.toUpperCase(Locale.ROOT), List.of());
    }

    /** The known instances of a service (its Eureka name, e.g. ORGANIZATION-SERVICE), any status. */
    public List<ServiceInstance> instances(String app) {
        return instances.values().stream().filter(instance -> instance.app().equalsIgnoreCase(app)).toList();
    }

    /** Seconds since the registry was last read from a peer; -1 before the first read. */
    public double ageSeconds() {
        return fetchedAtMillis == 0 ? -1 : (System.currentTimeMillis() - fetchedAtMillis) / 1000.0;
    }

    /** Reads the changes since the last read (or everything); a failure leaves the copy as it was. */
    void refresh() {
        try {
            if (fetchedAtMillis == 0 || !applyDelta()) {
                fetchAll();
            }
            fetchedAtMillis = System.currentTimeMillis();
        } catch (EurekaPeers.Unreachable e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private void fetchAll() throws EurekaPeers.Unreachable {
        EurekaJson.Applications all = EurekaJson.applications(get("/apps"));
        Map<String, ServiceInstance> fresh = new HashMap<>();
        all.entries().forEach(entry -> fresh.put(entry.instance().instanceId(), entry.instance()));
        replace(fresh);
    }

    /** Applies the changes since the last read; false when the result disagrees with the server's hash. */
    private boolean applyDelta() throws EurekaPeers.Unreachable {
        EurekaJson.Applications delta = EurekaJson.applications(get("/apps/delta"));
        Map<String, ServiceInstance> changed = new HashMap<>(instances);
        for (EurekaJson.Entry entry : delta.entries()) {
            if ("DELETED".equals(entry.action())) {
                changed.remove(entry.instance().instanceId());
            } else {
                changed.put(entry.instance().instanceId(), entry.instance());
            }
        }
        if (!EurekaJson.hashcode(changed.values()).equals(delta.hashcode())) {
            return false;
        }
        replace(changed);
        return true;
    }

    private String get(String path) throws EurekaPeers.Unreachable {
        HttpResponse<String> response = peers.send(base -> HttpRequest.newBuilder(EurekaPeers.uri(base, path))
                .header("Accept", "application/json").GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private void replace(Map<String, ServiceInstance> read) {
        instances = Map.copyOf(read);
        upByApp = read.values().stream().filter(ServiceInstance::up).collect(Collectors.groupingBy(
                instance -> instance.app().toUpperCase(Locale.ROOT),
                Collectors.collectingAndThen(Collectors.mapping(ServiceInstance::baseUri, Collectors.toList()),
                        uris -> uris.stream().sorted().toList())));
        gaugeApps();
    }

    /** discovery_instances{service=...}: UP instances known per service, one gauge per service seen. */
    private void gaugeApps() {
        instances.values().forEach(instance -> {
            String app = instance.app();
            if (gaugedApps.add(app)) {
                metrics.gauge("discovery_instances", () -> upInstances(app).size(),
                        new Tag("service", app));
            }
        });
    }
}
