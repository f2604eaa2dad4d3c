package io.ostock.licensing.infrastructure;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Values of one type as JSON in the {@link CacheStore} under {@code licensing:{name}:{id}} for a TTL,
 * their lookups counted by result (hit, miss, error). A store failure is a miss: it costs speed,
 * never the answer. A TTL of 0 turns the cache off.
 *
 * <p>An entry is stored only where there is none, and the eviction of a changed entry
 * ({@link #evictOrLetExpire}) leaves a marker for a few seconds: a read that fetched the old state
 * before the change and stores it after the eviction cannot put the old state back for a whole TTL.
 * For the same reason an entry is replaced or removed only while it is still the one the caller read
 * ({@link #replace}, {@link #remove}: compare-and-set on the stored JSON).</p>
 */
final class JsonCache<T> {

    // Package-private for the test of what the compare-and-set relies on: a value read and written again
    // is the same JSON.
    static final Jsonb JSON = JsonbBuilder.create();
    static final long EVICTED_SECONDS = 5;
    private static final String EVICTED = "";
    private static final Logger LOG = LoggerFactory.getLogger(JsonCache.class);

    private final CacheStore store;
    private final String name;
    private final Class<T> type;
    private final long ttlSeconds;
    private final Counter hits;
    private final Counter misses;
    private final Counter errors;

    /** Lookups counted in {@code {name}_cache_requests_total{result=hit|miss|error}}. */
    JsonCache(CacheStore store, MetricRegistry metrics, String name, Class<T> type, long ttlSeconds) {
        this.store = store;
        this.name = name;
        this.type = type;
        this.ttlSeconds = ttlSeconds;
        String requests = name + "_cache_requests_total";
        hits = metrics.counter(requests, new Tag("result", "hit"));
        misses = metrics.counter(requests, new Tag("result", "miss"));
        errors = metrics.counter(requests, new Tag("result", "error"));
    }

    Optional<T> get(Object id) {
        if (ttlSeconds <= 0) {
            return Optional.empty();
        }
        try {
            Optional<String> cached = store.get(key(id)).filter(json -> !json.equals(EVICTED));
            (cached.isPresent() ? hits : misses).inc();
            return cached.map(json -> JSON.fromJson(json, type));
        } catch (RuntimeException storeDown) {
            errors.inc();
            return Optional.empty();
        }
    }

    void put(Object id, T value) {
        if (ttlSeconds <= 0) {
            return;
        }
        try {
            store.putIfAbsent(key(id), JSON.toJson(value), ttlSeconds);
        } catch (RuntimeException storeDown) {
            errors.inc();
        }
    }

    /** Replaces the entry with a new value if it still holds the expected one (equal JSON). */
    void replace(Object id, T expected, T replacement) {
        if (ttlSeconds <= 0) {
            return;
        }
        try {
            store.replaceIfUnchanged(key(id), JSON.toJson(expected), JSON.toJson(replacement), ttlSeconds);
        } catch (RuntimeException storeDown) {
            errors.inc();
        }
    }

    /** Removes the entry if it still holds the expected value (equal JSON). */
    void remove(Object id, T expected) {
        try {
            store.removeIfUnchanged(key(id), JSON.toJson(expected));
        } catch (RuntimeException storeDown) {
            errors.inc();
        }
    }

    /** Throws when the store cannot be reached. */
    void evict(Object id) {
        store.remove(key(id));
    }

    /**
     * Drops the entry of a thing whose change has just committed, leaving the marker. When the store
     * cannot be reached the change has still been made (an outage must not block changes) and the
     * old entry lives at most the TTL; that is logged.
     */
    void evictOrLetExpire(Object id) {
        try {
            store.put(key(id), EVICTED, EVICTED_SECONDS);
        } catch (RuntimeException storeDown) {
            LOG.warn("Could not drop a cached {} entry (store unreachable); it expires within {} s", name, ttlSeconds);
        }
    }

    private String key(Object id) {
        return "licensing:" + name + ":" + id;
    }
}
