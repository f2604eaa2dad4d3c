package it.io.ostock.licensing;

import io.ostock.testsupport.Api;
import io.ostock.testsupport.Eventually;
import io.ostock.testsupport.ItRedis;
import io.ostock.testsupport.Metrics;
import io.ostock.testsupport.StackCommand;
import io.ostock.testsupport.StackEnv;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.StreamEntryID;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static it.io.ostock.licensing.LicensingApi.ADMIN;
import static it.io.ostock.licensing.LicensingApi.evictCachedOrganization;
import static it.io.ostock.licensing.LicensingApi.ORGANIZATION_ADMIN;
import static it.io.ostock.licensing.LicensingApi.issue;
import static it.io.ostock.licensing.LicensingApi.licenses;
import static it.io.ostock.licensing.LicensingApi.organization;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The expiry job with two licensing instances on the same database (the test instance and a peer
 * started by `ops/fixtures it-licensing-peer`), both running it every second: each license expires once
 * and gets one event, each expiring license one notice per notice window, also across a restart.
 */
@MicroShedTest
class LicenseExpiryIT {

    private static final Api PEER = new Api("http://localhost:" + StackEnv.get("LICENSING_IT_PEER_HTTP_PORT"));
    private static final Api MAIN = new Api(LicensingApi.URL);
    private static final String STREAM = StackEnv.get("LICENSE_EVENTS_STREAM");

    @BeforeAll
    static void startPeer() {
        peer("start");
    }

    @AfterAll
    static void stopPeer() {
        peer("stop");
    }

    @Test
    void twoInstancesExpireEachLicenseOnceWithOneEvent() throws Exception {
        String org = organization("ACTIVE");
        String orgName = ORGANIZATION_ADMIN.get("/v1/organizations/" + org).json().getString("name");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ids.add(issue(org, "{\"productName\":\"Expiring " + i + "\",\"type\":\"SITE\",\"termDays\":30}")
                    .json().getJsonObject("license").getString("id"));
        }
        double expiredBefore = expiredCount(MAIN) + expiredCount(PEER);
        // No user is asking: the job must get the organization with licensing's own service account.
        evictCachedOrganization(org);

        ids.forEach(id -> ADMIN.get(licenses(org) + "/" + id)); // now in the read cache, which expiry must drop
        sql("update license set expires_at = now() - interval '1 minute' where id = any (?)", ids);

        Eventually.await(Duration.ofSeconds(30), "all 60 licenses EXPIRED", () -> ids.stream()
                .allMatch(id -> "EXPIRED".equals(ADMIN.get(licenses(org) + "/" + id).json()
                        .getJsonObject("license").getString("status"))));
        Map<String, List<JsonObject>> events = Eventually.await(Duration.ofSeconds(10), "60 EXPIRED events", () -> {
            Map<String, List<JsonObject>> found = events("LICENSE_EXPIRED", ids);
            return found.size() == 60 ? found : null;
        });
        Thread.sleep(3000); // three more runs of each instance's job: nothing more may happen
        events = events("LICENSE_EXPIRED", ids);
        for (String id : ids) {
            assertEquals(1, events.get(id).size(), "one EXPIRED event for " + id);
            JsonObject organization = events.get(id).get(0).getJsonObject("organization");
            assertEquals(orgName, organization.getString("name"), "the event names the organization to tell");
            assertEquals("pat@example.com", organization.getString("primaryContactEmail"));
        }
        assertEquals(60, expiredCount(MAIN) + expiredCount(PEER) - expiredBefore, 0.0,
                "the two instances expired 60 licenses between them, none twice");
    }

    @Test
    void eachExpiringLicenseGetsOneNoticePerWindowAcrossARestart() throws Exception {
        String org = organization("ACTIVE");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(issue(org, "{\"productName\":\"Soon " + i + "\",\"type\":\"TRIAL\",\"termDays\":3}")
                    .json().getJsonObject("license").getString("id"));
        }
        Eventually.await(Duration.ofSeconds(15), "20 EXPIRING notices",
                () -> events("LICENSE_EXPIRING", ids).size() == 20);

        peer("stop");
        peer("start");
        Thread.sleep(3000);
        Map<String, List<JsonObject>> notices = events("LICENSE_EXPIRING", ids);
        ids.forEach(id -> assertEquals(1, notices.get(id).size(), "one notice for " + id));

        // A renewal moves the expiry: a new window, so one more notice, for that license only.
        String renewed = ids.get(0);
        assertEquals(200, ADMIN.post(licenses(org) + "/" + renewed + "/renewal", "{\"termDays\":1}").status());
        Eventually.await(Duration.ofSeconds(15), "a notice for the renewed expiry",
                () -> events("LICENSE_EXPIRING", ids).get(renewed).size() == 2);
        Thread.sleep(2000);
        Map<String, List<JsonObject>> after = events("LICENSE_EXPIRING", ids);
        assertEquals(2, after.get(renewed).size());
        ids.stream().skip(1).forEach(id -> assertEquals(1, after.get(id).size(), "still one notice for " + id));
    }

    /** The events of one type on ostock.license.events for the given licenses, by license id. */
    private static Map<String, List<JsonObject>> events(String type, List<String> licenseIds) {
        Set<String> wanted = Set.copyOf(licenseIds);
        try (JedisPooled redis = ItRedis.client()) {
            return redis.xrange(STREAM, (StreamEntryID) null, (StreamEntryID) null).stream()
                    .filter(entry -> type.equals(entry.getFields().get("type"))
                            && wanted.contains(entry.getFields().get("aggregateId")))
                    .map(entry -> Json.createReader(new StringReader(entry.getFields().get("payload"))).readObject())
                    .collect(Collectors.groupingBy(payload -> payload.getString("licenseId"),
                            Collectors.mapping(Function.identity(), Collectors.toList())));
        }
    }

    private static double expiredCount(Api instance) {
        return Metrics.sum(instance, "licenses_expired_total", "");
    }

    private static void sql(String statement, List<String> ids) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://" + StackEnv.get("POSTGRES_HOST") + ":"
                        + StackEnv.get("POSTGRES_PORT") + "/" + StackEnv.get("LICENSING_IT_DB_NAME"),
                StackEnv.get("LICENSING_DB_USER"), StackEnv.get("LICENSING_DB_PASSWORD"));
             PreparedStatement update = db.prepareStatement(statement)) {
            update.setArray(1, db.createArrayOf("uuid", ids.stream().map(UUID::fromString).toArray()));
            assertEquals(ids.size(), update.executeUpdate());
        }
    }

    private static void peer(String action) {
        StackCommand.run(240, "it-licensing-peer", action);
    }
}
