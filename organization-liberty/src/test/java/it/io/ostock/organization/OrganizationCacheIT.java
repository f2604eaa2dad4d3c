package it.io.ostock.organization;

import io.ostock.testsupport.Metrics;
import io.ostock.testsupport.Eventually;
import io.ostock.testsupport.ItRedis;
import io.ostock.testsupport.StackEnv;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.StreamEntryID;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static it.io.ostock.organization.OrganizationApi.ANONYMOUS;
import static it.io.ostock.organization.OrganizationApi.API;
import static it.io.ostock.organization.OrganizationApi.ORGS;
import static it.io.ostock.organization.OrganizationApi.createOrganization;
import static it.io.ostock.organization.OrganizationApi.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads by id come from an in-memory cache; it must never hide a committed change for longer than
 * the change's event takes to arrive.
 */
@MicroShedTest
class OrganizationCacheIT {

    @Test
    void ownWritesAreReadBackAtOnce() {
        String name = unique("ReadBack");
        String id = createOrganization(name);
        for (int i = 1; i <= 5; i++) {
            String etag = API.get(ORGS + "/" + id).etag();
            assertEquals(200, API.put(ORGS + "/" + id, "{\"name\":\"" + name + " " + i + "\",\"status\":\"ACTIVE\"}", etag)
                    .status());
            assertEquals(name + " " + i, API.get(ORGS + "/" + id).json().getString("name"));
        }
        API.delete(ORGS + "/" + id);
        assertEquals(404, API.get(ORGS + "/" + id).status());
        assertTrue(ANONYMOUS.get("/metrics").body().contains("organization_cache_requests_total"));
    }

    private static long cacheHits() {
        return (long) Metrics.sum(ANONYMOUS, "organization_cache_requests_total", "result=\"hit\"");
    }

    /** Another instance's write is a commit in the shared database followed by its event on the stream. */
    @Test
    void aChangeCommittedByAnotherInstanceIsSeenOnceItsEventArrives() throws Exception {
        // After a Redis restart (another test) the feed reconnects and clears the cache once; wait for it.
        Eventually.await(Duration.ofSeconds(10), "the read cache follows its event feed",
                () -> ANONYMOUS.get("/health/ready").body().contains("\"following\""));
        Thread.sleep(500);
        String name = unique("Elsewhere");
        String id = createOrganization(name);
        // This instance's own event (version 0) must not evict what it already holds at version 0.
        try (JedisPooled redis = ItRedis.client()) {
            Eventually.await(Duration.ofSeconds(10), "the create event on the stream",
                    () -> !OrganizationEventsIT.eventsFor(redis, id).isEmpty());
        }
        Thread.sleep(1000);
        Eventually.await(Duration.ofSeconds(10), "the organization served from the cache", () -> {
            long before = cacheHits();
            assertEquals(name, API.get(ORGS + "/" + id).json().getString("name"));
            return cacheHits() > before;
        });

        try (Connection db = DriverManager.getConnection("jdbc:postgresql://" + StackEnv.get("POSTGRES_HOST") + ":"
                        + StackEnv.get("POSTGRES_PORT") + "/" + StackEnv.get("ORGANIZATION_IT_DB_NAME"),
                StackEnv.get("ORGANIZATION_DB_USER"), StackEnv.get("ORGANIZATION_DB_PASSWORD"));
             PreparedStatement rename = db.prepareStatement(
                     "update organization set name = ?, version = version + 1 where id = ?")) {
            rename.setString(1, name + " renamed elsewhere");
            rename.setObject(2, UUID.fromString(id));
            assertEquals(1, rename.executeUpdate());
        }
        assertEquals(name, API.get(ORGS + "/" + id).json().getString("name"), "served from the cache until the event");

        try (JedisPooled redis = ItRedis.client()) {
            redis.xadd(StackEnv.get("ORGANIZATION_EVENTS_STREAM"), StreamEntryID.NEW_ENTRY,
                    Map.of("type", "ORGANIZATION_UPDATED", "aggregateId", id, "payload", "{}"));
        }
        Eventually.await(Duration.ofSeconds(2), "the renamed organization",
                () -> API.get(ORGS + "/" + id).json().getString("name").endsWith("renamed elsewhere"));
    }
}
