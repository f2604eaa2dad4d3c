package it.io.ostock.organization;

import io.ostock.testsupport.ApiResponse;
import io.ostock.testsupport.Eventually;
import io.ostock.testsupport.ItRedis;
import io.ostock.testsupport.StackEnv;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.resps.StreamEntry;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static it.io.ostock.organization.OrganizationApi.API;
import static it.io.ostock.organization.OrganizationApi.ORGS;
import static it.io.ostock.organization.OrganizationApi.createOrganization;
import static it.io.ostock.organization.OrganizationApi.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Organization changes reach the Redis stream after their commit, and only then. */
@MicroShedTest
class OrganizationEventsIT {

    private static final String STREAM = StackEnv.get("ORGANIZATION_EVENTS_STREAM");
    /** Several relay poll intervals (outbox.poll.ms is 500): long enough for a committed row to be published. */
    private static final Duration RELAY_WINDOW = Duration.ofSeconds(2);

    private static final JedisPooled REDIS = ItRedis.client();

    @AfterAll
    static void close() {
        REDIS.close();
    }

    @Test
    void createUpdateAndDeleteArePublished() {
        String name = unique("Evented");
        String id = createOrganization(name);
        ApiResponse read = API.get(ORGS + "/" + id);
        API.put(ORGS + "/" + id, "{\"name\":\"" + name + " 2\",\"status\":\"SUSPENDED\"}", read.etag());
        API.delete(ORGS + "/" + id);

        List<JsonObject> events = Eventually.await(Duration.ofSeconds(10), "three events for " + id, () -> {
            List<JsonObject> found = eventsFor(id);
            return found.size() >= 3 ? found : null;
        });
        assertEquals(List.of("ORGANIZATION_CREATED", "ORGANIZATION_UPDATED", "ORGANIZATION_DELETED"),
                events.stream().map(e -> e.getString("type")).toList());
        JsonObject updated = events.get(1);
        assertEquals(name + " 2", updated.getString("name"));
        assertEquals("SUSPENDED", updated.getString("status"));
        assertEquals(1, updated.getInt("version"));
        assertTrue(updated.getString("eventId").length() == 36);
        assertEquals(read.header("X-Correlation-ID").isPresent(), true);
    }

    @Test
    void aRefusedChangePublishesNothing() {
        String name = unique("Refused");
        String id = createOrganization(name);
        API.put(ORGS + "/" + id, "{\"name\":\"" + name + "\",\"status\":\"ACTIVE\"}", "\"41\"");
        API.put(ORGS + "/" + id, "{\"name\":\"" + name + "\",\"status\":\"NOPE\"}");
        sleep(RELAY_WINDOW);
        assertEquals(List.of("ORGANIZATION_CREATED"), eventsFor(id).stream().map(e -> e.getString("type")).toList());
    }

    @Test
    void anOutboxRowIsPublishedOnlyAfterItsTransactionCommits() throws Exception {
        String committed = UUID.randomUUID().toString();
        String rolledBack = UUID.randomUUID().toString();
        try (Connection db = database()) {
            db.setAutoCommit(false);
            insertOutboxRow(db, committed);
            sleep(RELAY_WINDOW);
            assertTrue(eventsFor(committed).isEmpty(), "nothing is published before the commit");
            db.commit();
            Eventually.await(Duration.ofSeconds(10), "the committed event", () -> !eventsFor(committed).isEmpty());

            insertOutboxRow(db, rolledBack);
            db.rollback();
            sleep(RELAY_WINDOW);
            assertTrue(eventsFor(rolledBack).isEmpty(), "a rolled-back change emits nothing");
        }
    }

    private static void insertOutboxRow(Connection db, String aggregateId) throws Exception {
        try (PreparedStatement insert = db.prepareStatement(
                "insert into outbox_event (stream, event_type, aggregate_id, payload) values (?, ?, ?, ?)")) {
            insert.setString(1, STREAM);
            insert.setString(2, "ORGANIZATION_UPDATED");
            insert.setString(3, aggregateId);
            insert.setString(4, "{\"type\":\"ORGANIZATION_UPDATED\",\"organizationId\":\"" + aggregateId + "\"}");
            insert.executeUpdate();
        }
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://" + StackEnv.get("POSTGRES_HOST") + ":"
                        + StackEnv.get("POSTGRES_PORT") + "/" + StackEnv.get("ORGANIZATION_IT_DB_NAME"),
                StackEnv.get("ORGANIZATION_DB_USER"), StackEnv.get("ORGANIZATION_DB_PASSWORD"));
    }

    /** The payloads on the stream for one organization, oldest first. */
    static List<JsonObject> eventsFor(String organizationId) {
        return eventsFor(REDIS, organizationId);
    }

    static List<JsonObject> eventsFor(JedisPooled redis, String organizationId) {
        List<StreamEntry> entries = redis.xrange(STREAM, (StreamEntryID) null, (StreamEntryID) null);
        return entries.stream()
                .filter(e -> organizationId.equals(e.getFields().get("aggregateId")))
                .map(e -> Json.createReader(new StringReader(e.getFields().get("payload"))).readObject())
                .toList();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
