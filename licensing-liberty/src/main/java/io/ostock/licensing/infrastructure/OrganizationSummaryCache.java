package io.ostock.licensing.infrastructure;

import io.ostock.licensing.application.OrganizationDirectory.OrganizationSummary;
import io.ostock.platform.redis.RedisConnections;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryType;

import java.util.Optional;
import java.util.UUID;

/**
 * Organization summaries in Redis (cache-aside), evicted when the organization's change event arrives.
 * A summary is fresh for organization.cache.ttl.seconds; after that it is stale, and Redis keeps it for
 * organization.cache.stale-seconds more, so that {@link CachingOrganizationDirectory} can answer with
 * it while it asks Organization again, or while Organization cannot be asked. A Redis failure is a
 * miss: it costs speed, never the answer. A TTL of 0 turns the cache off: every lookup asks the
 * Organization service (the discovery benchmark uses that to measure the calls themselves).
 */
@ApplicationScoped
public class OrganizationSummaryCache {

    /** What Redis holds: the summary and when it stops being fresh (epoch milliseconds). */
    public record Entry(OrganizationSummary summary, long freshUntil) {
        public boolean fresh() {
            return System.currentTimeMillis() < freshUntil;
        }
    }

    @Inject
    RedisConnections redis;

    @Inject
    @ConfigProperty(name = "organization.cache.ttl.seconds", defaultValue = "300")
    long freshSeconds;

    @Inject
    @ConfigProperty(name = "organization.cache.stale-seconds", defaultValue = "3600")
    long staleSeconds;

    @Inject
    @RegistryType(type = MetricRegistry.Type.APPLICATION)
    MetricRegistry metrics;

    private RedisJsonCache<Entry> cache;

    @PostConstruct
    void open() {
        long keptSeconds = freshSeconds > 0 ? freshSeconds + staleSeconds : 0;
        cache = new RedisJsonCache<>(redis, metrics, "organization", Entry.class, keptSeconds);
    }

    /** Fresh or stale; empty when Redis has none (an entry written before freshness was kept is none). */
    public Optional<Entry> get(UUID organizationId) {
        return cache.get(organizationId).filter(entry -> entry.summary() != null);
    }

    /** Stores a summary where Redis has none. */
    public void put(OrganizationSummary summary) {
        cache.put(summary.id(), entryOf(summary));
    }

    /**
     * Replaces a stale entry with the summary just asked for, unless the entry changed meanwhile: an
     * event that evicted it during the call may have made the answer old already.
     */
    public void replace(Entry stale, OrganizationSummary current) {
        cache.replace(current.id(), stale, entryOf(current));
    }

    /** Drops a stale entry of an organization that no longer exists, unless the entry changed meanwhile. */
    public void remove(Entry stale) {
        cache.remove(stale.summary().id(), stale);
    }

    /** Throws when Redis cannot be reached, so that the event is not acknowledged unprocessed. */
    public void evict(UUID organizationId) {
        cache.evict(organizationId);
    }

    private Entry entryOf(OrganizationSummary summary) {
        return new Entry(summary, System.currentTimeMillis() + freshSeconds * 1000);
    }
}
