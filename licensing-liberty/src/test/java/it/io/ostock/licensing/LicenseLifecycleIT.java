package it.io.ostock.licensing;

import io.ostock.testsupport.Api;
import io.ostock.testsupport.ApiResponse;
import io.ostock.testsupport.Metrics;
import io.ostock.testsupport.RealmExport;
import io.ostock.testsupport.TokenSource;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.ostock.testsupport.ProblemAssertions.assertProblem;
import static it.io.ostock.licensing.LicensingApi.ADMIN;
import static it.io.ostock.licensing.LicensingApi.URL;
import static it.io.ostock.licensing.LicensingApi.issue;
import static it.io.ostock.licensing.LicensingApi.licenses;
import static it.io.ostock.licensing.LicensingApi.organization;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue, read, validate, renew, suspend, resume and revoke, against a real Organization service. */
@MicroShedTest
class LicenseLifecycleIT {

    private static final String VALIDATION = "/v1/licenses/validation";

    @Test
    void anIssuedLicenseShowsItsKeyOnceAndTheKeyValidates() {
        String org = organization("ACTIVE");
        ApiResponse issued = issue(org, "{\"productName\":\"Ostock Suite\",\"type\":\"PER_SEAT\",\"seats\":25,\"termDays\":30}");
        assertEquals(201, issued.status(), issued::toString);
        String key = issued.json().getString("key");
        assertTrue(key.startsWith("OSTK-") && key.length() > 40);
        JsonObject license = issued.json().getJsonObject("license");
        assertEquals("ACTIVE", license.getString("status"));
        assertEquals(25, license.getInt("seats"));
        String path = licenses(org) + "/" + license.getString("id");

        ApiResponse read = ADMIN.get(path);
        assertEquals(200, read.status(), read::toString);
        assertFalse(read.body().contains(key), "the key is never shown again");
        JsonObject organization = read.json().getJsonObject("organization");
        assertTrue(organization.getBoolean("available"));
        assertEquals("Pat Primary", organization.getString("primaryContactName"));

        Api gateway = new Api(URL, TokenSource.service("ostock-gateway"));
        JsonObject valid = gateway.post(VALIDATION, "{\"key\":\"" + key + "\"}").json();
        assertTrue(valid.getBoolean("valid"));
        assertEquals("VALID", valid.getString("reason"));
        assertEquals(org, valid.getString("organizationId"));
        assertEquals("Ostock Suite", valid.getString("productName"));
    }

    @Test
    void suspendResumeRenewAndRevoke() {
        String org = organization("ACTIVE");
        ApiResponse issued = issue(org, "{\"productName\":\"Analytics\",\"type\":\"SITE\",\"termDays\":10}");
        String key = issued.json().getString("key");
        String path = licenses(org) + "/" + issued.json().getJsonObject("license").getString("id");
        Instant firstExpiry = Instant.parse(issued.json().getJsonObject("license").getString("expiresAt"));

        assertEquals("SUSPENDED", ADMIN.post(path + "/suspension", null).json().getString("status"));
        assertEquals("SUSPENDED", ADMIN.post(VALIDATION, "{\"key\":\"" + key + "\"}").json().getString("reason"));
        assertProblem(ADMIN.post(path + "/renewal", "{\"termDays\":30}"), 409);
        assertEquals("ACTIVE", ADMIN.post(path + "/resumption", null).json().getString("status"));

        ApiResponse renewed = ADMIN.post(path + "/renewal", "{\"termDays\":30}");
        assertEquals(200, renewed.status(), renewed::toString);
        assertEquals(firstExpiry.plus(Duration.ofDays(30)), Instant.parse(renewed.json().getString("expiresAt")));

        assertProblem(ADMIN.send("POST", path + "/revocation", null, Map.of("If-Match", "\"0\"")), 412);
        assertEquals("REVOKED", ADMIN.post(path + "/revocation", null).json().getString("status"));
        assertProblem(ADMIN.post(path + "/resumption", null), 409);
    }

    @Test
    void aChangeIsSeenByTheNextValidationDespiteTheCache() {
        String org = organization("ACTIVE");
        ApiResponse issued = issue(org, "{\"productName\":\"Cached\",\"type\":\"SITE\"}");
        String key = "{\"key\":\"" + issued.json().getString("key") + "\"}";
        String path = licenses(org) + "/" + issued.json().getJsonObject("license").getString("id");
        assertTrue(ADMIN.post(VALIDATION, key).json().getBoolean("valid"));
        assertTrue(ADMIN.post(VALIDATION, key).json().getBoolean("valid"), "now from the cache");
        ADMIN.post(path + "/suspension", null);
        assertEquals("SUSPENDED", ADMIN.post(VALIDATION, key).json().getString("reason"));
        ADMIN.post(path + "/resumption", null);
        assertTrue(ADMIN.post(VALIDATION, key).json().getBoolean("valid"));
        ADMIN.post(path + "/revocation", null);
        ApiResponse revoked = ADMIN.post(VALIDATION, key);
        assertFalse(revoked.json().getBoolean("valid"));
        assertEquals("UNKNOWN_OR_REVOKED", revoked.json().getString("reason"));
    }

    @Test
    void aChangeIsSeenByTheNextReadDespiteTheCache() {
        String org = organization("ACTIVE");
        ApiResponse issued = issue(org, "{\"productName\":\"Read often\",\"type\":\"SITE\",\"termDays\":10}");
        String path = licenses(org) + "/" + issued.json().getJsonObject("license").getString("id");
        ApiResponse first = ADMIN.get(path);
        double hitsBefore = readCacheHits();
        ApiResponse again = ADMIN.get(path);
        assertEquals(first.body(), again.body());
        assertEquals(first.etag(), again.etag());
        assertEquals(hitsBefore + 1, readCacheHits(), 0.0, "the second read came from the cache");

        ApiResponse suspended = ADMIN.post(path + "/suspension", null);
        assertRead(path, "SUSPENDED", suspended.etag());
        assertRead(path, "ACTIVE", ADMIN.post(path + "/resumption", null).etag());
        ApiResponse renewed = ADMIN.post(path + "/renewal", "{\"termDays\":5}");
        ApiResponse read = assertRead(path, "ACTIVE", renewed.etag());
        assertEquals(renewed.json().getString("expiresAt"),
                read.json().getJsonObject("license").getString("expiresAt"));
        assertRead(path, "REVOKED", ADMIN.post(path + "/revocation", null).etag());
        assertProblem(ADMIN.get(licenses(organization("ACTIVE")) + path.substring(path.lastIndexOf('/'))), 404);
    }

    /** A read (twice: also from the cache) shows the status and ETag a change just answered. */
    private static ApiResponse assertRead(String path, String status, String etag) {
        ApiResponse read = null;
        for (int i = 0; i < 2; i++) {
            read = ADMIN.get(path);
            assertEquals(status, read.json().getJsonObject("license").getString("status"), read::toString);
            assertEquals(etag, read.etag());
        }
        return read;
    }

    private static double readCacheHits() {
        return Metrics.sum(LicensingApi.METRICS, "license_cache_requests_total", "result=\"hit\"");
    }

    @Test
    void anUnknownKeyAndARevokedKeyAnswerAlike() {
        String org = organization("ACTIVE");
        ApiResponse issued = issue(org, "{\"productName\":\"Reports\",\"type\":\"TRIAL\",\"termDays\":5}");
        String key = issued.json().getString("key");
        ADMIN.post(licenses(org) + "/" + issued.json().getJsonObject("license").getString("id") + "/revocation", null);

        ApiResponse revoked = ADMIN.post(VALIDATION, "{\"key\":\"" + key + "\"}");
        ApiResponse unknown = ADMIN.post(VALIDATION, "{\"key\":\"OSTK-" + "x".repeat(43) + "\"}");
        assertEquals(200, revoked.status());
        assertEquals(revoked.body(), unknown.body(), "same answer for both");
        assertFalse(revoked.json().getBoolean("valid"));
    }

    @Test
    void licensesGoOnlyToActiveOrganizationsThatExist() {
        assertProblem(issue(organization("SUSPENDED"), "{\"productName\":\"P\",\"type\":\"SITE\"}"), 422);
        assertProblem(issue("00000000-0000-4000-8000-000000000000", "{\"productName\":\"P\",\"type\":\"SITE\"}"), 422);
    }

    @Test
    void badInputIsRefusedWithAProblem() {
        String org = organization("ACTIVE");
        assertProblem(issue(org, "{\"productName\":\"P\",\"type\":\"PER_SEAT\"}"), 400);
        assertProblem(issue(org, "{\"productName\":\"P\",\"type\":\"SITE\",\"seats\":3}"), 400);
        assertProblem(issue(org, "{\"productName\":\"P\",\"type\":\"FOREVER\"}"), 400);
        assertProblem(issue(org, "{\"productName\":\"\",\"type\":\"SITE\"}"), 400);
        assertProblem(issue(org, "{\"productName\":\"P\",\"type\":\"SITE\",\"termDays\":0}"), 400);
        assertProblem(issue(org, "{\"productName\": "), 400);
        assertProblem(issue(org, "{\"productName\":42,\"type\":\"SITE\"}"), 400);
        assertProblem(ADMIN.post(VALIDATION, "{\"key\":12345}"), 400);
        assertProblem(issue("not-a-uuid", "{\"productName\":\"P\",\"type\":\"SITE\"}"), 400);
        assertProblem(ADMIN.get(licenses(org) + "?expiresBefore=tomorrow"), 400);
        assertProblem(ADMIN.get(licenses(org) + "?status=LOST"), 400);
        assertProblem(ADMIN.post(VALIDATION, "{}"), 400);
        assertProblem(ADMIN.post(VALIDATION, ""), 400);
        assertProblem(ADMIN.post(VALIDATION, "{\"key\":\"  \"}"), 400);
        // Integers only where integers belong, text without control characters, strict JSON, a size limit.
        for (String body : List.of("{\"productName\":\"P\",\"type\":\"PER_SEAT\",\"seats\":1.5}",
                "{\"productName\":\"P\",\"type\":\"PER_SEAT\",\"seats\":10.0}",
                "{\"productName\":\"P\",\"type\":\"PER_SEAT\",\"seats\":1e1}",
                "{\"productName\":\"P\",\"type\":\"SITE\",\"termDays\":4294967326}",
                "{\"productName\":\"P\\u0000\",\"type\":\"SITE\"}",
                "{\"productName\":\"\\u200b\\u00a0\",\"type\":\"SITE\"}",
                "{\"productName\":\"P\",\"type\":\"SITE\",\"type\":\"PER_SEAT\",\"seats\":2}",
                "{\"productName\":\"P\",\"type\":\"SITE\"}{}")) {
            assertProblem(issue(org, body), 400);
        }
        assertProblem(issue(org, "{\"productName\":\"" + "P".repeat(70_000) + "\",\"type\":\"SITE\"}"), 413);
        assertProblem(issue("00000000-0000-0000-0000-000000000000", "{\"productName\":\"P\",\"type\":\"SITE\"}"), 400);
        assertProblem(ADMIN.post(VALIDATION, "{\"key\":\"OSTK-\\u0000\"}"), 400);
        assertProblem(ADMIN.post(VALIDATION, "{\"key\":\"a\",\"key\":\"b\"}"), 400);
        assertProblem(ADMIN.get(licenses(org) + "?status=%00"), 400);
        ApiResponse tooLong = ADMIN.post(VALIDATION, "{\"key\":\"" + "k".repeat(201) + "\"}");
        assertProblem(tooLong, 400);
        assertEquals("key", tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(0, ADMIN.get(licenses(org)).json().getInt("total"), "nothing was issued");
    }

    @Test
    void listsFilterByStatusAndExpiry() {
        String org = organization("ACTIVE");
        issue(org, "{\"productName\":\"Short\",\"type\":\"SITE\",\"termDays\":5}");
        issue(org, "{\"productName\":\"Long\",\"type\":\"SITE\",\"termDays\":400}");
        ApiResponse third = issue(org, "{\"productName\":\"Gone\",\"type\":\"SITE\",\"termDays\":50}");
        ADMIN.post(licenses(org) + "/" + third.json().getJsonObject("license").getString("id") + "/revocation", null);

        assertEquals(3, ADMIN.get(licenses(org)).json().getInt("total"));
        assertEquals(2, ADMIN.get(licenses(org) + "?status=ACTIVE").json().getInt("total"));
        String soon = Instant.now().plus(Duration.ofDays(60)).toString();
        JsonObject expiringSoon = ADMIN.get(licenses(org) + "?expiresBefore=" + soon).json();
        assertEquals(2, expiringSoon.getInt("total"));
        assertEquals("Short", expiringSoon.getJsonArray("items").getJsonObject(0).getString("productName"));
    }

    @Test
    void whoMayDoWhat() throws IOException {
        String aliceOrg = LicensingApi.organizationWithId(RealmExport.organizationId("alice"));
        ApiResponse issued = issue(aliceOrg, "{\"productName\":\"Mine\",\"type\":\"SITE\"}");
        String path = licenses(aliceOrg) + "/" + issued.json().getJsonObject("license").getString("id");
        Api alice = new Api(URL, TokenSource.user("alice"));
        Api bob = new Api(URL, TokenSource.user("bob"));

        assertEquals(200, alice.get(path).status());
        assertEquals(200, alice.get(licenses(aliceOrg)).status());
        assertProblem(bob.get(path), 403);
        assertProblem(bob.get(licenses(aliceOrg)), 403);
        assertProblem(alice.post(licenses(aliceOrg), "{\"productName\":\"P\",\"type\":\"SITE\"}"), 403);
        assertProblem(alice.post(path + "/revocation", null), 403);
        assertProblem(new Api(URL).get(path), 401);
        String aliceToken = TokenSource.user("alice").get();
        String badSignature = aliceToken.substring(0, aliceToken.length() - 4);
        assertProblem(new Api(URL, () -> badSignature).get(path), 401);
        // Refused before MP-JWT (InvalidTokenFilter), which would write the token into an FFDC file.
        String tokenTail = badSignature.substring(badSignature.length() - 40);
        try (var files = Files.walk(Path.of(System.getProperty("it.log.dir")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains(tokenTail),
                        file + " holds the token");
            }
        }
        assertEquals(200, bob.post(VALIDATION, "{\"key\":\"" + issued.json().getString("key") + "\"}").status(),
                "any authenticated client may validate");
        assertNotEquals(401, new Api(URL).get("/v1/ping").status());
    }
}
