package it.io.ostock.licensing;

import io.ostock.testsupport.Api;
import io.ostock.testsupport.ApiResponse;
import io.ostock.testsupport.Eventually;
import io.ostock.testsupport.ItRedis;
import io.ostock.testsupport.Metrics;
import io.ostock.testsupport.StackEnv;
import io.ostock.testsupport.TokenSource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.microshed.testing.ApplicationEnvironment;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.SetParams;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Licensing service under test, and the real Organization service instance it calls. */
final class LicensingApi {

    static final String URL = ApplicationEnvironment.Resolver.load().getApplicationURL();
    static final Api ADMIN = new Api(URL, TokenSource.user("admin"));
    /** The server's /metrics, which needs no token. */
    static final Api METRICS = new Api(URL);
    static final Api ORGANIZATION_ADMIN = new Api(
            "http://localhost:" + StackEnv.get("LICENSING_IT_ORGANIZATION_HTTP_PORT"), TokenSource.user("admin"));

    /** What the server under test runs with: its defaults. */
    private static final long LOCAL_COPY_MILLIS = localCopyMillis();

    static {
        // The server reports ready once its Organization client is warm (OrganizationClientWarmUp): tests
        // start against a ready server, as callers do behind discovery.
        Eventually.await(Duration.ofSeconds(90), "licensing ready", () -> METRICS.get("/health/ready").status() == 200);
    }

    private LicensingApi() {
    }

    /** A fresh organization in the Organization service, with a primary contact; its id. */
    static String organization(String status) {
        String name = "Licensee " + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = ORGANIZATION_ADMIN.post("/v1/organizations", "{\"name\":\"" + name + "\",\"status\":\""
                + status + "\"}");
        assertEquals(201, created.status(), created::toString);
        String id = created.createdId();
        assertEquals(201, ORGANIZATION_ADMIN.post("/v1/organizations/" + id + "/contacts",
                "{\"name\":\"Pat Primary\",\"email\":\"pat@example.com\",\"primary\":true}").status());
        return id;
    }

    /** The organization the realm's user alice belongs to, created when missing. */
    static String organizationWithId(String id) {
        ApiResponse created = ORGANIZATION_ADMIN.post("/v1/organizations",
                "{\"id\":\"" + id + "\",\"name\":\"Licensee " + id + "\"}");
        assertTrue(created.status() == 201 || created.status() == 409, created::toString);
        return id;
    }

    static String licenses(String organizationId) {
        return "/v1/organizations/" + organizationId + "/licenses";
    }

    static ApiResponse issue(String organizationId, String body) {
        return ADMIN.post(licenses(organizationId), body);
    }

    /** A license read that answered 200 within maxMillis: its body. */
    static JsonObject readWithin(String licensePath, long maxMillis) {
        long started = System.nanoTime();
        ApiResponse read = ADMIN.get(licensePath);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, read.status(), read::toString);
        assertTrue(millis < maxMillis, "answered in " + millis + " ms");
        return read.json();
    }

    /** The organization's name as a license read shows it. */
    static String organizationNameShown(String licensePath) {
        return ADMIN.get(licensePath).json().getJsonObject("organization").getString("name");
    }

    /**
     * Drops licensing's cached summary of the organization, so that the next lookup asks Organization
     * (as when the entry expires; once licensing's local copy of it has lapsed too).
     */
    static void evictCachedOrganization(String organizationId) {
        try (JedisPooled redis = ItRedis.client()) {
            redis.del(organizationKey(organizationId));
        }
        awaitLocalCopiesLapsed();
    }

    /**
     * Makes licensing's cached summary of the organization stale (its freshness over, as after the
     * TTL) and names the organization {@code shownName} in it, so that a read shows which copy it got.
     */
    static void ageCachedOrganization(String organizationId, String shownName) {
        try (JedisPooled redis = ItRedis.client()) {
            JsonObject entry = cachedOrganization(redis, organizationId);
            assertTrue(entry != null, "licensing has cached organization " + organizationId);
            JsonObject aged = Json.createObjectBuilder(entry)
                    .add("freshUntil", 0)
                    .add("summary", Json.createObjectBuilder(entry.getJsonObject("summary")).add("name", shownName))
                    .build();
            redis.set(organizationKey(organizationId), aged.toString(), SetParams.setParams().keepttl());
        }
        awaitLocalCopiesLapsed();
    }

    /** Waits out the moment for which licensing keeps what Redis answered (organization.cache.local.ms). */
    private static void awaitLocalCopiesLapsed() {
        try {
            Thread.sleep(LOCAL_COPY_MILLIS + 50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long localCopyMillis() {
        Properties config = new Properties();
        Path defaults = Path.of("src/main/resources/META-INF/microprofile-config.properties");
        try (InputStream in = Files.newInputStream(defaults)) {
            config.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Long.parseLong(config.getProperty("organization.cache.local.ms"));
    }

    /** When licensing's cached summary of the organization stops being fresh (epoch ms); 0 when none is cached. */
    static long cachedOrganizationFreshUntil(String organizationId) {
        try (JedisPooled redis = ItRedis.client()) {
            JsonObject entry = cachedOrganization(redis, organizationId);
            return entry == null ? 0 : entry.getJsonNumber("freshUntil").longValue();
        }
    }

    /** Licensing's cached entry for the organization as Redis holds it; null when there is none. */
    private static JsonObject cachedOrganization(JedisPooled redis, String organizationId) {
        String cached = redis.get(organizationKey(organizationId));
        return cached == null || cached.isEmpty() ? null : Json.createReader(new StringReader(cached)).readObject();
    }

    private static String organizationKey(String organizationId) {
        return "licensing:organization:" + organizationId;
    }

    /** Organization lookups answered by the fallback so far (organization_lookup_fallbacks_total). */
    static double organizationFallbacks() {
        return Metrics.sum(METRICS, "organization_lookup_fallbacks_total", "");
    }

    /** Reads answered from a stale cached organization so far (organization_cache_stale_reads_total). */
    static double staleOrganizationReads() {
        return Metrics.sum(METRICS, "organization_cache_stale_reads_total", "");
    }

    /**
     * Waits until licensing can issue again, i.e. reaches Organization with its circuit closed: a test
     * that made Organization fail or slow leaves no open circuit to the tests after it. Four issues in
     * a row, each with the organization out of the cache so that each asks Organization: enough to
     * close a half-open circuit (2 successes) and to fill the breaker's window of 4 with successes, so
     * that one later failure cannot open it again.
     */
    static void awaitOrganizationCallsSucceed() {
        String probe = organization("ACTIVE");
        Eventually.await(Duration.ofSeconds(30), "licensing reaches Organization four times in a row", () -> {
            for (int i = 0; i < 4; i++) {
                evictCachedOrganization(probe);
                if (issue(probe, "{\"productName\":\"Probe\",\"type\":\"SITE\"}").status() != 201) {
                    return false;
                }
            }
            return true;
        });
    }
}
