package it.io.ostock.licensing;

import io.ostock.testsupport.Eventually;
import io.ostock.testsupport.Metrics;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.time.Duration;

import static it.io.ostock.licensing.LicensingApi.ADMIN;
import static it.io.ostock.licensing.LicensingApi.ageCachedOrganization;
import static it.io.ostock.licensing.LicensingApi.evictCachedOrganization;
import static it.io.ostock.licensing.LicensingApi.METRICS;
import static it.io.ostock.licensing.LicensingApi.awaitOrganizationCallsSucceed;
import static it.io.ostock.licensing.LicensingApi.issue;
import static it.io.ostock.licensing.LicensingApi.licenses;
import static it.io.ostock.licensing.LicensingApi.organization;
import static it.io.ostock.licensing.LicensingApi.organizationFallbacks;
import static it.io.ostock.licensing.LicensingApi.organizationNameShown;
import static it.io.ostock.licensing.LicensingApi.readWithin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Organization answering, but slowly (every request held 2 s by {@link OrganizationProxy}): the
 * call times out, the fallback answers, and a license read still comes back 200 within a second;
 * with a stale copy of the organization cached, at once.
 */
@MicroShedTest
class OrganizationSlowIT {

    @AfterEach
    void organizationIsFastAgain() {
        OrganizationProxy.delay(Duration.ZERO);
        awaitOrganizationCallsSucceed();
    }

    @Test
    void aSlowOrganizationTimesOutAndTheReadFallsBackWithinASecond() {
        String org = organization("ACTIVE");
        String license = licenses(org) + "/" + issue(org, "{\"productName\":\"Patient\",\"type\":\"SITE\"}")
                .json().getJsonObject("license").getString("id");
        evictCachedOrganization(org);
        double timeoutsBefore = timeouts();
        double fallbacksBefore = organizationFallbacks();

        OrganizationProxy.delay(Duration.ofSeconds(2));
        JsonObject organization = readWithin(license, 1000).getJsonObject("organization");
        assertFalse(organization.getBoolean("available"), "the organization is marked unavailable");
        assertTrue(timeouts() > timeoutsBefore, "the Fault Tolerance timeout fired");
        assertEquals(fallbacksBefore + 1, organizationFallbacks(), 0.0, "the fallback answered once");

        OrganizationProxy.delay(Duration.ZERO);
        Eventually.await(Duration.ofSeconds(30), "the organization is shown again once it is fast",
                () -> ADMIN.get(license).json().getJsonObject("organization").getBoolean("available"));
    }

    @Test
    void aStaleOrganizationAnswersWithoutWaitingForASlowOrganization() {
        String org = organization("ACTIVE");
        String license = licenses(org) + "/" + issue(org, "{\"productName\":\"Unhurried\",\"type\":\"SITE\"}")
                .json().getJsonObject("license").getString("id");
        String name = organizationNameShown(license);
        ageCachedOrganization(org, "Stale copy");
        double timeoutsBefore = timeouts();

        OrganizationProxy.delay(Duration.ofSeconds(2));
        // A read that waited for Organization would take two timeouts and the retry delay: 620 ms at least.
        JsonObject read = readWithin(license, 600);
        assertEquals("Stale copy", read.getJsonObject("organization").getString("name"));
        Eventually.await(Duration.ofSeconds(5), "the refresh behind the read times out",
                () -> timeouts() > timeoutsBefore);
        assertEquals("Stale copy", organizationNameShown(license), "a failed refresh leaves the stale copy answering");

        OrganizationProxy.delay(Duration.ZERO);
        Eventually.await(Duration.ofSeconds(30), "the organization is refreshed once it is fast",
                () -> organizationNameShown(license).equals(name));
    }

    /** Calls cut off by @Timeout (OrganizationServiceClient.find is the only method that has one). */
    private static double timeouts() {
        return Metrics.sum(METRICS, "ft_timeout_calls_total", "timedOut=\"true\"");
    }
}
