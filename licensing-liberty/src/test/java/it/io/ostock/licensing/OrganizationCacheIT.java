package it.io.ostock.licensing;

import io.ostock.testsupport.Metrics;
import io.ostock.testsupport.ApiResponse;
import io.ostock.testsupport.Eventually;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static it.io.ostock.licensing.LicensingApi.ADMIN;
import static it.io.ostock.licensing.LicensingApi.METRICS;
import static it.io.ostock.licensing.LicensingApi.ageCachedOrganization;
import static it.io.ostock.licensing.LicensingApi.cachedOrganizationFreshUntil;
import static it.io.ostock.licensing.LicensingApi.evictCachedOrganization;
import static it.io.ostock.licensing.LicensingApi.awaitOrganizationCallsSucceed;
import static it.io.ostock.licensing.LicensingApi.ORGANIZATION_ADMIN;
import static it.io.ostock.licensing.LicensingApi.issue;
import static it.io.ostock.licensing.LicensingApi.licenses;
import static it.io.ostock.licensing.LicensingApi.organization;
import static it.io.ostock.licensing.LicensingApi.organizationNameShown;
import static it.io.ostock.licensing.LicensingApi.staleOrganizationReads;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Organization data is cached in Redis for minutes, yet a rename made in the Organization service
 * shows in licensing within a second: the change event evicts it. A miss costs one call to
 * Organization however many requests meet it at once; a stale entry costs its readers no wait.
 */
@MicroShedTest
class OrganizationCacheIT {

    @Test
    void aRenamedOrganizationIsSeenRenamedWithinASecond() {
        String org = organization("ACTIVE");
        ApiResponse issued = issue(org, "{\"productName\":\"Watched\",\"type\":\"SITE\"}");
        String path = licenses(org) + "/" + issued.json().getJsonObject("license").getString("id");
        String before = ADMIN.get(path).json().getJsonObject("organization").getString("name");

        ApiResponse current = ORGANIZATION_ADMIN.get("/v1/organizations/" + org);
        assertEquals(200, ORGANIZATION_ADMIN.put("/v1/organizations/" + org,
                "{\"name\":\"" + before + " renamed\",\"status\":\"ACTIVE\"}", current.etag()).status());
        long renamedAt = System.nanoTime();
        Eventually.await(Duration.ofSeconds(1), "licensing sees the new name",
                () -> ADMIN.get(path).json().getJsonObject("organization").getString("name").endsWith("renamed"));
        long millis = (System.nanoTime() - renamedAt) / 1_000_000;
        assertTrue(millis < 1000, "seen after " + millis + " ms");
    }

    @Test
    void aStaleOrganizationAnswersAtOnceAndIsRefreshedBehindTheRead() {
        String org = organization("ACTIVE");
        ApiResponse issued = issue(org, "{\"productName\":\"Aging\",\"type\":\"SITE\"}");
        String path = licenses(org) + "/" + issued.json().getJsonObject("license").getString("id");
        String name = organizationNameShown(path);
        double staleReadsBefore = staleOrganizationReads();

        ageCachedOrganization(org, "Stale copy");
        assertEquals("Stale copy", organizationNameShown(path), "the stale copy answers the read without waiting");
        Eventually.await(Duration.ofSeconds(1), "the organization, asked for again behind that read, replaces it",
                () -> organizationNameShown(path).equals(name));
        assertTrue(cachedOrganizationFreshUntil(org) > System.currentTimeMillis(), "the cached copy is fresh again");
        assertTrue(staleOrganizationReads() > staleReadsBefore, "stale reads are counted");
    }

    @Test
    void concurrentMissesForOneOrganizationShareOneCall() throws Exception {
        String org = organization("ACTIVE");
        ApiResponse issued = issue(org, "{\"productName\":\"Stampede\",\"type\":\"SITE\"}");
        String path = licenses(org) + "/" + issued.json().getJsonObject("license").getString("id");
        for (int i = 0; i < 3; i++) { // the path of a miss, warmed one reader at a time
            evictCachedOrganization(org);
            assertEquals(200, ADMIN.get(path).status());
        }
        evictCachedOrganization(org); // as when a busy organization's entry expires
        double callsBefore = organizationReads();

        int readers = 8;
        double calls;
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ApiResponse>> reads = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                reads.add(pool.submit(() -> {
                    start.await();
                    return ADMIN.get(path);
                }));
            }
            start.countDown();
            for (Future<ApiResponse> read : reads) {
                ApiResponse answer = read.get(10, TimeUnit.SECONDS);
                assertEquals(200, answer.status(), answer::toString);
            }
            calls = organizationReads() - callsBefore;
        } finally {
            pool.shutdownNow();
            awaitOrganizationCallsSucceed(); // should the shared call have timed out on a busy machine
        }
        // One call answers them all (two when it is retried on a busy machine, or when a reader missed
        // the cache just as it ended); without sharing, each reader would make its own.
        assertTrue(calls >= 1 && calls <= 2, readers + " concurrent misses made " + calls + " calls to Organization");
    }

    @Test
    void cachedOrganizationsAreCountedWhetherFromRedisOrFromTheLocalCopy() {
        String org = organization("ACTIVE");
        ApiResponse issued = issue(org, "{\"productName\":\"Counted\",\"type\":\"SITE\"}");
        String path = licenses(org) + "/" + issued.json().getJsonObject("license").getString("id");
        double redisHitsBefore = organizationCacheRequests("hit");
        double localHitsBefore = organizationCacheRequests("local");
        // Reads in a row: the first finds the organization in Redis, the next ones (within 250 ms) in the
        // copy licensing kept of that answer.
        Eventually.await(Duration.ofSeconds(10), "reads answered from Redis and from the local copy", () -> {
            assertEquals(200, ADMIN.get(path).status());
            return organizationCacheRequests("hit") > redisHitsBefore
                    && organizationCacheRequests("local") > localHitsBefore;
        });
    }

    /** GET /v1/organizations/{id} requests the Organization instance has served so far. */
    private static double organizationReads() {
        return Metrics.restRequests(ORGANIZATION_ADMIN, "OrganizationResource", "get");
    }

    private static double organizationCacheRequests(String result) {
        return Metrics.sum(METRICS, "organization_cache_requests_total", "result=\"" + result + "\"");
    }
}
