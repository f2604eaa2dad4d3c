package io.ostock.platform.discovery;

import org.eclipse.microprofile.metrics.MetricRegistry;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Benchmark (prints figures; not a test), run by ops/bench/discovery: what one lookup from the cached
 * registry costs a caller, against a yardstick measured in the same run: parsing the configured URL
 * ({@code URI.create}), a small step a caller could well pay per call.
 *
 * <p>The registry is read once from a real Eureka server, as EurekaRegistry does at startup; the
 * lookups then never touch the network. Arguments: EUREKA_URLS SERVICE FIXED_URL.
 */
public final class LookupBenchmark {

    private static final int CALLS_PER_ROUND = 2_000_000;
    private static final int ROUNDS = 5;
    private static volatile int sink;

    public static void main(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("arguments: EUREKA_URLS SERVICE FIXED_URL");
        }
        String service = args[1];
        URI fixed = URI.create(args[2]);
        ServiceBalancer balancer = balancerOver(registryReadFrom(args[0]));
        Supplier<URI> discovered = () -> balancer.choose(service).orElseThrow(() ->
                new IllegalStateException(service + " has no UP instance in Eureka"));
        Supplier<URI> configured = () -> URI.create(fixed.toString());

        System.out.println("instances chosen over 1,000 lookups: " + spread(discovered, 1_000));
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            nanosPerCall(discovered);
            nanosPerCall(configured);
        }
        List<Double> discoveredNanos = new ArrayList<>();
        List<Double> configuredNanos = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            discoveredNanos.add(nanosPerCall(discovered));
            configuredNanos.add(nanosPerCall(configured));
        }
        double lookup = median(discoveredNanos);
        double baseline = median(configuredNanos);
        System.out.printf("lookup from the cached registry (%s)   %8.0f ns per call (median of %d rounds of %,d; min %.0f, max %.0f)%n",
                service, lookup, ROUNDS, CALLS_PER_ROUND, Collections.min(discoveredNanos), Collections.max(discoveredNanos));
        System.out.printf("fixed URL (URI.create), the baseline       %8.0f ns per call (min %.0f, max %.0f)%n",
                baseline, Collections.min(configuredNanos), Collections.max(configuredNanos));
        System.out.printf("lookup / baseline %.1f; lookup cost over the baseline %.2f us per call%n",
                lookup / baseline, (lookup - baseline) / 1000);
    }

    private static EurekaRegistry registryReadFrom(String eurekaUrls) {
        EurekaPeers peers = new EurekaPeers();
        peers.http = HttpClient.newHttpClient();
        peers.urls = Optional.of(eurekaUrls);
        // The gateway's read-only registry account (ops/bench/discovery exports ops/stack.env).
        peers.user = Optional.of("gateway");
        peers.password = Optional.ofNullable(System.getenv("EUREKA_GATEWAY_PASSWORD"));
        EurekaRegistry registry = new EurekaRegistry();
        registry.peers = peers;
        registry.metrics = metricsNotKept();
        registry.refresh();
        if (registry.ageSeconds() < 0) {
            throw new IllegalStateException("no Eureka peer at " + eurekaUrls + " answered");
        }
        return registry;
    }

    private static ServiceBalancer balancerOver(EurekaRegistry registry) {
        ServiceBalancer balancer = new ServiceBalancer();
        balancer.registry = registry;
        balancer.skipSeconds = 10;
        return balancer;
    }

    /** The registry registers gauges; outside a server there is nowhere to keep them. */
    private static MetricRegistry metricsNotKept() {
        return (MetricRegistry) Proxy.newProxyInstance(LookupBenchmark.class.getClassLoader(),
                new Class<?>[] {MetricRegistry.class}, (proxy, method, arguments) -> null);
    }

    private static double nanosPerCall(Supplier<URI> lookup) {
        int hashes = 0;
        long started = System.nanoTime();
        for (int call = 0; call < CALLS_PER_ROUND; call++) {
            hashes += lookup.get().hashCode();
        }
        long elapsed = System.nanoTime() - started;
        sink += hashes;
        return (double) elapsed / CALLS_PER_ROUND;
    }

    private static Map<URI, Integer> spread(Supplier<URI> lookup, int calls) {
        Map<URI, Integer> counts = new TreeMap<>();
        for (int call = 0; call < calls; call++) {
            counts.merge(lookup.get(), 1, Integer::sum);
        }
        return counts;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
