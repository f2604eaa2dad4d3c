package it.io.ostock.organization;

import io.ostock.testsupport.ApiResponse;
import io.ostock.testsupport.Eventually;
import io.ostock.testsupport.ItRedis;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import redis.clients.jedis.JedisPooled;

import java.time.Duration;
import java.util.List;

import static it.io.ostock.organization.OrganizationApi.ANONYMOUS;
import static it.io.ostock.organization.OrganizationApi.API;
import static it.io.ostock.organization.OrganizationApi.ORGS;
import static it.io.ostock.organization.OrganizationApi.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Redis really stopped (the tests' private instance): writes still succeed, the service stays ready,
 * and the events written meanwhile arrive once Redis is back.
 */
@MicroShedTest
class RedisOutageIT {

    @AfterEach
    void redisIsBack() {
        ItRedis.start();
    }

    @Test
    void aWriteDuringARedisOutageSucceedsAndItsEventArrivesAfterRedisReturns() {
        ItRedis.stop();

        String name = unique("Outage");
        long started = System.nanoTime();
        ApiResponse created = API.post(ORGS, "{\"name\":\"" + name + "\"}");
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(201, created.status(), created::toString);
        assertTrue(tookMillis < 2_000, "the write does not wait for Redis (took " + tookMillis + " ms)");
        String id = created.createdId();
        assertEquals(200, API.get(ORGS + "/" + id).status());

        JsonObject ready = Eventually.await(Duration.ofSeconds(10), "readiness reports Redis unreachable", () -> {
            ApiResponse health = ANONYMOUS.get("/health/ready");
            return health.body().contains("unreachable") ? health.json() : null;
        });
        assertEquals("UP", ready.getString("status"), "a Redis outage does not make the service unready");

        ItRedis.start();
        try (JedisPooled redis = ItRedis.client()) {
            List<JsonObject> events = Eventually.await(Duration.ofSeconds(15), "the event written during the outage",
                    () -> {
                        List<JsonObject> found = OrganizationEventsIT.eventsFor(redis, id);
                        return found.isEmpty() ? null : found;
                    });
            assertEquals("ORGANIZATION_CREATED", events.get(0).getString("type"));
            assertEquals(name, events.get(0).getString("name"));
        }
    }
}
