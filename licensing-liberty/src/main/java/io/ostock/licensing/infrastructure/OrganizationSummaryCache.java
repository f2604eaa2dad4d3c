package io.ostock.licensing.infrastructure;

import io.ostock.licensing.application.OrganizationDirectory.OrganizationSummary;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryType;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Organization summaries in Redis (cache-aside), evicted when the organization's change event arrives.
 * A summary is fresh for organization.cache.ttl.seconds; after that it is stale, and Redis keeps it for
 * organization.cache.stale.seconds more, so that {@link CachingOrganizationDirectory} can answer with
 * it while it asks Organization again, or while Organization cannot be asked. A Redis failure is a
 * miss: it costs speed, never the answer. A TTL of 0 turns the cache off: every lookup asks the
 * Organization service (the discovery benchmark uses that to measure the calls themselves).
 *
 * <p>Reads also keep what Redis answered in this instance for organization.cache.local.ms (250 ms),
 * counted as {@code organization_cache_requests_total{result="local"}}: a busy organization then costs
 * one Redis round trip per quarter second rather than one per read. An event's eviction drops the
 * local copy of the instance that consumed it at once; other instances see it that much later, well
 * within the second in which a rename must show. Decisions ({@link #getShared}) read Redis itself.</p>
 */
@ApplicationScoped
public class OrganizationSummaryCache {

    /** What Redis holds: the summary and when it stops being fresh (epoch milliseconds). */
    public record Entry(OrganizationSummary summary, long freshUntil) {
    }

    private static final int MAX_LOCAL_COPIES = 10_000;

    @Inject
    CacheStore store;

    // Settings, one injected field per key: the MicroProfile Config idiom every bean here follows.
    @Inject
    @ConfigProperty(name = "organization.cache.ttl.seconds", defaultValue = "300")
    long freshSeconds;

    @Inject
    @ConfigProperty(name = "organization.cache.stale.seconds", defaultValue = "3600")
    long staleSeconds;

    @Inject
    @ConfigProperty(name = "organization.cache.local.ms", defaultValue = "250")
    long localMillis;

    @Inject
    @RegistryType(type = MetricRegistry.Type.APPLICATION)
    MetricRegistry metrics;

    @Inject
    Clock clock;

    private record LocalCopy(Entry entry, long keptUntilNanos) {
    }

    private final ConcurrentMap<UUID, LocalCopy> localCopies = new ConcurrentHashMap<>();
    private JsonCache<Entry> cache;
    private Counter localHits;

    @PostConstruct
    void open() {
        long keptSeconds = freshSeconds > 0 ? freshSeconds + staleSeconds : 0;
        cache = new JsonCache<>(store, metrics, "organization", Entry.class, keptSeconds);
        localHits = metrics.counter("organization_cache_requests_total", new Tag("result", "local"));
    }

    /** Fresh or stale, from this instance's copy of a moment ago or from Redis; empty when Redis has none. */
    public Optional<Entry> get(UUID organizationId) {
        long now = System.nanoTime();
        LocalCopy local = localCopies.get(organizationId);
        if (local != null && now - local.keptUntilNanos() < 0) {
            localHits.inc();
            return Optional.of(local.entry());
        }
        Optional<Entry> shared = getShared(organizationId);
        if (shared.isPresent() && localMillis > 0) {
            if (localCopies.size() >= MAX_LOCAL_COPIES) {
                localCopies.clear(); // bounded memory; the next reads ask Redis again
            }
            localCopies.put(organizationId,
                    new LocalCopy(shared.get(), now + TimeUnit.MILLISECONDS.toNanos(localMillis)));
        }
        return shared;
    }

    /** Fresh or stale, from Redis; empty when it has none (an entry written before freshness was kept is none). */
    public Optional<Entry> getShared(UUID organizationId) {
        return cache.get(organizationId).filter(entry -> entry.summary() != null);
    }

    /** Whether the entry is still fresh; past that it is stale until Redis lets it go. */
    public boolean isFresh(Entry entry) {
        return clock.millis() < entry.freshUntil();
    }

    /** Stores a summary where Redis has none. */
    public void put(OrganizationSummary summary) {
        cache.put(summary.id(), entryOf(summary));
        localCopies.remove(summary.id());
    }

    /**
     * Replaces a stale entry with the summary just asked for, unless the entry changed meanwhile: an
     * event that evicted it during the call may have made the answer old already.
     */
    public void replace(Entry stale, OrganizationSummary current) {
        cache.replace(current.id(), stale, entryOf(current));
        localCopies.remove(current.id());
    }

    /** Drops a stale entry of an organization that no longer exists, unless the entry changed meanwhile. */
    public void remove(Entry stale) {
        cache.remove(stale.summary().id(), stale);
        localCopies.remove(stale.summary().id());
    }

    /** Throws when Redis cannot be reached, so that the event is not acknowledged unprocessed. */
    public void evict(UUID organizationId) {
        cache.evict(organizationId);
        localCopies.remove(organizationId);
    }

    private Entry entryOf(OrganizationSummary summary) {
        return new Entry(summary, clock.millis() + freshSeconds * 1000);
    }
}
