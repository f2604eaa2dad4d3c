package it.io.ostock.licensing;

import io.ostock.testsupport.Metrics;
import io.ostock.testsupport.Eventually;
import io.ostock.testsupport.StackCommand;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static io.ostock.testsupport.ProblemAssertions.assertProblem;
import static it.io.ostock.licensing.LicensingApi.ADMIN;
import static it.io.ostock.licensing.LicensingApi.ageCachedOrganization;
import static it.io.ostock.licensing.LicensingApi.evictCachedOrganization;
import static it.io.ostock.licensing.LicensingApi.METRICS;
import static it.io.ostock.licensing.LicensingApi.awaitOrganizationCallsSucceed;
import static it.io.ostock.licensing.LicensingApi.issue;
import static it.io.ostock.licensing.LicensingApi.licenses;
import static it.io.ostock.licensing.LicensingApi.organization;
import static it.io.ostock.licensing.LicensingApi.organizationFallbacks;
import static it.io.ostock.licensing.LicensingApi.readWithin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Organization service really stopped: license reads still answer 200 within a second, with
 * the cached organization (even one past its freshness) or with it marked unavailable; the circuit breaker opens, and closes again
 * once Organization is back.
 */
@MicroShedTest
class OrganizationOutageIT {

    /** Back, and the circuit closed again, so that no later test meets an open circuit. */
    @AfterEach
    void organizationIsBack() {
        stack("start");
        awaitOrganizationCallsSucceed();
    }

    @Test
    void licenseReadsAnswerWithinASecondWhileOrganizationIsDown() {
        String cachedOrg = organization("ACTIVE");
        String cached = licenses(cachedOrg) + "/" + issue(cachedOrg, "{\"productName\":\"Resilient\",\"type\":\"SITE\"}")
                .json().getJsonObject("license").getString("id");
        assertEquals(200, ADMIN.get(cached).status()); // its organization is cached now
        String uncachedOrg = organization("ACTIVE");
        String uncached = licenses(uncachedOrg) + "/" + issue(uncachedOrg, "{\"productName\":\"Bare\",\"type\":\"SITE\"}")
                .json().getJsonObject("license").getString("id");
        evictCachedOrganization(uncachedOrg);

        long fallbackLinesBefore = fallbackLogLines();
        double fallbacksBefore = organizationFallbacks();
        long stoppedAt = System.nanoTime();
        stack("stop");
        // Past its freshness, as after the TTL: it cannot be refreshed now, and still answers.
        ageCachedOrganization(cachedOrg, "Last known");
        for (int i = 0; i < 6; i++) {
            JsonObject fromCache = timedRead(cached).getJsonObject("organization");
            assertTrue(fromCache.getBoolean("available"), "an organization in the cache is still known");
            assertEquals("Last known", fromCache.getString("name"));
            JsonObject unknown = timedRead(uncached).getJsonObject("organization");
            assertFalse(unknown.getBoolean("available"), "one that is not is marked unavailable");
        }
        // Issuing needs the organization confirmed, which a stale copy does not do: refused, but as a
        // 4xx (the dependency failed).
        assertProblem(issue(uncachedOrg, "{\"productName\":\"Later\",\"type\":\"SITE\"}"), 424);
        assertProblem(issue(cachedOrg, "{\"productName\":\"Later\",\"type\":\"SITE\"}"), 424);
        assertTrue(circuitOpenings() >= 1, "the circuit breaker opened");
        // Every fallback is counted; the log gets one line per 10 s, not one per read.
        assertTrue(organizationFallbacks() - fallbacksBefore >= 6, "fallbacks counted");
        long seconds = Duration.ofNanos(System.nanoTime() - stoppedAt).toSeconds();
        long fallbackLinesAfter = fallbackLogLines();
        long lines = fallbackLinesAfter - fallbackLinesBefore;
        assertTrue(lines <= 1 + seconds / 10, lines + " fallback log lines in " + seconds + " s");
        assertTrue(fallbackLinesAfter >= 1, "fallbacks are logged");

        stack("start");
        Eventually.await(Duration.ofSeconds(30), "the circuit closes and Organization is asked again",
                () -> timedRead(uncached).getJsonObject("organization").getBoolean("available"));
    }

    private static long fallbackLogLines() {
        try (var lines = Files.lines(Path.of(System.getProperty("it.log.dir"), "licensing-service.json.log"))) {
            return lines.filter(line -> line.contains("OrganizationUnavailable")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long circuitOpenings() {
        return (long) Metrics.sum(METRICS, "ft_circuitbreaker_opened_total", "");
    }

    /** A license read: 200, within a second. */
    private static JsonObject timedRead(String path) {
        JsonObject read = readWithin(path, 1000);
        assertEquals("ACTIVE", read.getJsonObject("license").getString("status"));
        return read;
    }

    private static void stack(String action) {
        StackCommand.run(240, "it-organization", action);
    }
}
