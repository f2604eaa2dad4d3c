package it.io.ostock.licensing;

import io.ostock.testsupport.Metrics;
import io.ostock.testsupport.ApiResponse;
import io.ostock.testsupport.Eventually;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.time.Duration;

import static it.io.ostock.licensing.LicensingApi.ADMIN;
import static it.io.ostock.licensing.LicensingApi.ORGANIZATION_ADMIN;
import static it.io.ostock.licensing.LicensingApi.issue;
import static it.io.ostock.licensing.LicensingApi.licenses;
import static it.io.ostock.licensing.LicensingApi.organization;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Organization data is cached in Redis for minutes, yet a rename made in the Organization service
 * shows in licensing within a second: the change event evicts it.
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
    void cachedOrganizationsAreCounted() {
        String org = organization("ACTIVE");
        ApiResponse issued = issue(org, "{\"productName\":\"Counted\",\"type\":\"SITE\"}");
        String path = licenses(org) + "/" + issued.json().getJsonObject("license").getString("id");
        ADMIN.get(path);
        ADMIN.get(path);
        assertTrue(Metrics.sum(new io.ostock.testsupport.Api(LicensingApi.URL), "organization_cache_requests_total",
                "result=\"hit\"") > 0, "cache hits are counted");
    }
}
