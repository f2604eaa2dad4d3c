package io.ostock.organization.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryType;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Function;

/**
 * In-memory cache of organization reads by id: a read from memory costs a fraction of a database
 * round trip. Kept correct by eviction, not by expiry:
 * <ul>
 *   <li>this instance's own writes evict after their transaction completes;</li>
 *   <li>other instances' writes evict when their event arrives on the organization stream
 *   ({@code OrganizationEventListener}); a gap in that feed (Redis down) clears the whole cache;</li>
 *   <li>a load that raced with an eviction is not stored (the epoch check, per stripe of ids), so an
 *   old row read before a commit cannot outlive the eviction that followed it.</li>
 * </ul>
 * The TTL only bounds the damage of a bug in the above.
 */
@ApplicationScoped
public class OrganizationCache {

    /** Fired with the id of an organization whose stored state changed (or may have). */
    public record Changed(UUID organizationId) {
    }

    private record Entry(OrganizationView view, long expiresAtNanos) {
    }

    private static final int STRIPES = 64;

    private final ConcurrentHashMap<UUID, Entry> entries = new ConcurrentHashMap<>();
    /** Eviction counters by stripe of ids: a load is stored only if its stripe saw no eviction meanwhile. */
    private final AtomicLongArray epochs = new AtomicLongArray(STRIPES);

    // Settings, one injected field per key: the MicroProfile Config idiom every bean here follows.
    @Inject
    @ConfigProperty(name = "organization.cache.ttl.ms", defaultValue = "30000")
    long ttlMillis;

    @Inject
    @ConfigProperty(name = "organization.cache.max-entries", defaultValue = "10000")
    int maxEntries;

    @Inject
    @RegistryType(type = MetricRegistry.Type.APPLICATION)
    MetricRegistry metrics;

    private Counter hits;
    private Counter misses;

    @PostConstruct
    void registerMetrics() {
        hits = metrics.counter("organization_cache_requests_total", new Tag("result", "hit"));
        misses = metrics.counter("organization_cache_requests_total", new Tag("result", "miss"));
        metrics.gauge("organization_cache_entries", entries, ConcurrentHashMap::size);
    }

    public OrganizationView get(UUID id, Function<UUID, OrganizationView> loader) {
        long now = System.nanoTime();
        Entry cached = entries.get(id);
        if (cached != null && now - cached.expiresAtNanos < 0) {
            hits.inc();
            return cached.view;
        }
        misses.inc();
        int stripe = stripe(id);
        long epochBeforeLoad = epochs.get(stripe);
        OrganizationView loaded = loader.apply(id);
        if (epochs.get(stripe) == epochBeforeLoad) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(id, new Entry(loaded, now + ttlMillis * 1_000_000));
        }
        return loaded;
    }

    /**
     * Evicts unless the cached entry is already at least as new as the change the event reports
     * (so that this instance's own events, which arrive after its own eviction, cost nothing).
     */
    public void evictOlderThan(UUID id, Long changedVersion) {
        Entry cached = entries.get(id);
        if (cached != null && changedVersion != null && cached.view.version() >= changedVersion) {
            return;
        }
        evict(id);
    }

    public void evict(UUID id) {
        epochs.incrementAndGet(stripe(id));
        entries.remove(id);
    }

    public void clear() {
        for (int i = 0; i < STRIPES; i++) {
            epochs.incrementAndGet(i);
        }
        entries.clear();
    }

    private static int stripe(UUID id) {
        return id.hashCode() & (STRIPES - 1);
    }

    /** After commit or rollback alike: evicting an unchanged entry only costs one reload. */
    void onLocalChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) Changed changed) {
        evict(changed.organizationId());
    }
}
