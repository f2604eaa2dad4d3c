package io.ostock.platform.discovery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Client-side balancing over the registry: round-robin over the UP instances of a service. An
 * instance reported as failed is skipped for {@code discovery.failed-instance.skip.seconds}, so a
 * retry goes to another one; when every instance has failed lately, they are all tried again
 * rather than none.
 */
@ApplicationScoped
public class ServiceBalancer {

    @Inject
    EurekaRegistry registry;

    @Inject
    @ConfigProperty(name = "discovery.failed-instance.skip.seconds", defaultValue = "10")
    int skipSeconds;

    private final Map<String, AtomicInteger> nextByApp = new ConcurrentHashMap<>();
    private final Map<URI, Long> failedUntil = new ConcurrentHashMap<>();

    /** The base URI of the next instance of the service; empty when the registry knows none UP. */
    public Optional<URI> choose(String app) {
        List<URI> up = registry.upInstances(app);
        if (up.isEmpty()) {
            return Optional.empty();
        }
        List<URI> candidates = up;
        if (!failedUntil.isEmpty()) {
            long now = System.currentTimeMillis();
            failedUntil.values().removeIf(until -> until <= now);
            List<URI> healthy = up.stream().filter(uri -> !failedUntil.containsKey(uri)).toList();
            candidates = healthy.isEmpty() ? up : healthy;
        }
        int turn = nextByApp.computeIfAbsent(app.toUpperCase(), key -> new AtomicInteger()).getAndIncrement();
        return Optional.of(candidates.get(Math.floorMod(turn, candidates.size())));
    }

    /** A call to this instance just failed (refused, reset, timed out): skip it for a while. */
    public void failed(URI instance) {
        failedUntil.put(instance, System.currentTimeMillis() + skipSeconds * 1000L);
    }
}
