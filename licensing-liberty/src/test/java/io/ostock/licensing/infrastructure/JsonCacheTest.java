package io.ostock.licensing.infrastructure;

import io.ostock.licensing.application.OrganizationDirectory.OrganizationSummary;
import io.ostock.licensing.infrastructure.OrganizationSummaryCache.Entry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The rules of the JSON cache, over an in-memory store whose time the test moves. */
class JsonCacheTest {

    private static final String ID = "42";

    private final ManualClock clock = new ManualClock();
    private final MemoryCacheStore store = new MemoryCacheStore(clock);
    private final CountingMetrics metrics = new CountingMetrics();
    private final JsonCache<String> cache = cache(60);

    private JsonCache<String> cache(long ttlSeconds) {
        return new JsonCache<>(store, metrics.registry, "thing", String.class, ttlSeconds);
    }

    @Test
    void anEntryIsStoredOnlyWhereThereIsNoneAndExpiresAfterItsTtl() {
        cache.put(ID, "first");
        cache.put(ID, "second");
        assertEquals(Optional.of("first"), cache.get(ID));
        clock.advance(Duration.ofSeconds(60));
        assertEquals(Optional.empty(), cache.get(ID));
        assertEquals(1, metrics.count("thing_cache_requests_total", "result=hit"));
        assertEquals(1, metrics.count("thing_cache_requests_total", "result=miss"));
    }

    @Test
    void anEvictionKeepsTheOldStateOutForAFewSeconds() {
        cache.put(ID, "old");
        cache.evictOrLetExpire(ID);
        assertEquals(Optional.empty(), cache.get(ID));
        cache.put(ID, "old"); // a read that fetched before the change stores after the eviction
        assertEquals(Optional.empty(), cache.get(ID), "the marker keeps the old state out");
        clock.advance(Duration.ofSeconds(JsonCache.EVICTED_SECONDS));
        cache.put(ID, "new");
        assertEquals(Optional.of("new"), cache.get(ID));
    }

    @Test
    void anEntryIsReplacedOrRemovedOnlyWhileItIsTheOneTheCallerRead() {
        cache.put(ID, "read");
        cache.replace(ID, "read", "refreshed");
        assertEquals(Optional.of("refreshed"), cache.get(ID));
        cache.replace(ID, "read", "outdated");
        cache.remove(ID, "read");
        assertEquals(Optional.of("refreshed"), cache.get(ID), "changed since it was read: left alone");
        cache.remove(ID, "refreshed");
        assertEquals(Optional.empty(), cache.get(ID));
        cache.evictOrLetExpire(ID);
        cache.replace(ID, "refreshed", "outdated");
        assertEquals(Optional.empty(), cache.get(ID), "an evicted entry is not brought back by a replace");
    }

    @Test
    void aReplacementKeepsTheFullTtl() {
        cache.put(ID, "read");
        clock.advance(Duration.ofSeconds(50));
        cache.replace(ID, "read", "refreshed");
        clock.advance(Duration.ofSeconds(50));
        assertEquals(Optional.of("refreshed"), cache.get(ID));
    }

    @Test
    void anUnreachableStoreCostsAMissNeverTheAnswer() {
        cache.put(ID, "kept");
        store.setDown(true);
        assertEquals(Optional.empty(), cache.get(ID));
        assertDoesNotThrow(() -> {
            cache.put(ID, "other");
            cache.replace(ID, "kept", "other");
            cache.remove(ID, "kept");
            cache.evictOrLetExpire(ID);
        });
        assertEquals(4, metrics.count("thing_cache_requests_total", "result=error"));
        assertThrows(RuntimeException.class, () -> cache.evict(ID), "an event's eviction must not be lost silently");
        store.setDown(false);
        assertEquals(Optional.of("kept"), cache.get(ID));
    }

    @Test
    void aTtlOfZeroTurnsTheCacheOff() {
        JsonCache<String> off = cache(0);
        off.put(ID, "value");
        assertEquals(Optional.empty(), off.get(ID));
        assertEquals(Optional.empty(), store.peek("licensing:thing:" + ID));
    }

    /**
     * The compare-and-set compares the JSON of the value the caller read, written again: that works
     * only if reading and writing a value gives back the same JSON.
     */
    @Test
    void anEntryReadAndWrittenAgainIsTheSameJson() {
        Entry withContact = new Entry(new OrganizationSummary(UUID.randomUUID(), "Ünïcode \"quoted\" \\ name",
                "ACTIVE", "Jane O'Neil", "jane@example.com"), 1_764_000_000_123L);
        Entry withoutContact = new Entry(new OrganizationSummary(UUID.randomUUID(), "Bare", "SUSPENDED", null, null),
                0);
        for (Entry entry : new Entry[] {withContact, withoutContact}) {
            String stored = JsonCache.JSON.toJson(entry);
            Entry read = JsonCache.JSON.fromJson(stored, Entry.class);
            assertEquals(entry, read);
            assertEquals(stored, JsonCache.JSON.toJson(read));
        }
    }
}
