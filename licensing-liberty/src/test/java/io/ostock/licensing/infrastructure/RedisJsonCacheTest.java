package io.ostock.licensing.infrastructure;

import io.ostock.licensing.application.OrganizationDirectory.OrganizationSummary;
import io.ostock.licensing.infrastructure.OrganizationSummaryCache.Entry;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * RedisJsonCache replaces an entry only while Redis holds the JSON of the value the caller read, which
 * it writes again to compare: that works only if reading and writing a value gives back the same JSON.
 */
class RedisJsonCacheTest {

    @Test
    void anEntryReadAndWrittenAgainIsTheSameJson() {
        Entry withContact = new Entry(new OrganizationSummary(UUID.randomUUID(), "Ünïcode \"quoted\" \\ name",
                "ACTIVE", "Jane O'Neil", "jane@example.com"), 1_764_000_000_123L);
        Entry withoutContact = new Entry(new OrganizationSummary(UUID.randomUUID(), "Bare", "SUSPENDED", null, null),
                0);
        for (Entry entry : new Entry[] {withContact, withoutContact}) {
            String stored = RedisJsonCache.JSON.toJson(entry);
            Entry read = RedisJsonCache.JSON.fromJson(stored, Entry.class);
            assertEquals(entry, read);
            assertEquals(stored, RedisJsonCache.JSON.toJson(read));
        }
    }
}
