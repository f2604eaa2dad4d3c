package io.ostock.licensing.infrastructure;

import io.ostock.platform.redis.RedisConnections;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.params.SetParams;

import java.util.List;
import java.util.Optional;

/**
 * Values of one type as JSON in Redis under {@code licensing:{name}:{id}} for a TTL, their lookups
 * counted in {@code {name}_cache_requests_total{result=hit|miss|error}}. A Redis failure is a miss:
 * it costs speed, never the answer. A TTL of 0 turns the cache off.
 *
 * <p>An entry is stored only where there is none, and the eviction of a changed entry
 * ({@link #evictOrLetExpire}) leaves a marker for a few seconds: a read that fetched the old state
 * before the change and stores it after the eviction cannot put the old state back for a whole TTL.
 * For the same reason an entry is replaced or removed only while it is still the one the caller read
 * ({@link #replace}, {@link #remove}: compare-and-set in one Lua script, atomic in Redis).</p>
 */
final class RedisJsonCache<T> {

    // Package-private for the test of what the compare-and-set relies on: a value read and written again
    // is the same JSON.
    static final Jsonb JSON = JsonbBuilder.create();
    private static final String EVICTED = "";
    private static final long EVICTED_SECONDS = 5;
    private static final String REPLACE_IF_UNCHANGED = "if redis.call('GET', KEYS[1]) == ARGV[1] then "
            + "return redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3]) end return false";
    private static final String REMOVE_IF_UNCHANGED = "if redis.call('GET', KEYS[1]) == ARGV[1] then "
            + "return redis.call('DEL', KEYS[1]) end return 0";
    private static final Logger LOG = LoggerFactory.getLogger(RedisJsonCache.class);

    private final RedisConnections redis;
    private final String name;
    private final Class<T> type;
    private final long ttlSeconds;
    private final Counter hits;
    private final Counter misses;
    private final Counter errors;

    RedisJsonCache(RedisConnections redis, MetricRegistry metrics, String name, Class<T> type, long ttlSeconds) {
        this.redis = redis;
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
            String cached = redis.client().get(key(id));
            if (cached == null || cached.equals(EVICTED)) {
                misses.inc();
                return Optional.empty();
            }
            hits.inc();
            return Optional.of(JSON.fromJson(cached, type));
        } catch (RuntimeException redisDown) {
            errors.inc();
            return Optional.empty();
        }
    }

    void put(Object id, T value) {
        if (ttlSeconds <= 0) {
            return;
        }
        try {
            redis.client().set(key(id), JSON.toJson(value), SetParams.setParams().nx().ex(ttlSeconds));
        } catch (RuntimeException redisDown) {
            errors.inc();
        }
    }

    /** Replaces the entry with a new value if it still holds the expected one (equal JSON). */
    void replace(Object id, T expected, T replacement) {
        if (ttlSeconds <= 0) {
            return;
        }
        try {
            redis.client().eval(REPLACE_IF_UNCHANGED, List.of(key(id)),
                    List.of(JSON.toJson(expected), JSON.toJson(replacement), Long.toString(ttlSeconds)));
        } catch (RuntimeException redisDown) {
            errors.inc();
        }
    }

    /** Removes the entry if it still holds the expected value (equal JSON). */
    void remove(Object id, T expected) {
        try {
            redis.client().eval(REMOVE_IF_UNCHANGED, List.of(key(id)), List.of(JSON.toJson(expected)));
        } catch (RuntimeException redisDown) {
            errors.inc();
        }
    }

    /** Throws when Redis cannot be reached. */
    void evict(Object id) {
        redis.client().del(key(id));
    }

    /**
     * Drops the entry of a thing whose change has just committed, leaving the marker. When Redis
     * cannot be reached the change has still been made (an outage must not block changes) and the
     * old entry lives at most the TTL; that is logged.
     */
    void evictOrLetExpire(Object id) {
        try {
            redis.client().set(key(id), EVICTED, SetParams.setParams().ex(EVICTED_SECONDS));
        } catch (RuntimeException redisDown) {
            LOG.warn("Could not drop a cached {} entry (Redis unreachable); it expires within {} s", name, ttlSeconds);
        }
    }

    private String key(Object id) {
        return "licensing:" + name + ":" + id;
    }
}
