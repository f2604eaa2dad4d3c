package it.io.ostock.licensing;

import io.ostock.testsupport.ApiResponse;
import io.ostock.testsupport.StackCommand;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import static io.ostock.testsupport.ProblemAssertions.assertProblem;
import static it.io.ostock.licensing.LicensingApi.ADMIN;
import static it.io.ostock.licensing.LicensingApi.issue;
import static it.io.ostock.licensing.LicensingApi.licenses;
import static it.io.ostock.licensing.LicensingApi.organization;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Organization service really stopped: license reads still answer 200, quickly, and say so. */
@MicroShedTest
class OrganizationOutageIT {

    @AfterEach
    void organizationIsBack() {
        stack("start");
    }

    @Test
    void aLicenseReadAnswersWithinASecondWhileOrganizationIsDown() {
        String org = organization("ACTIVE");
        ApiResponse issued = issue(org, "{\"productName\":\"Resilient\",\"type\":\"SITE\"}");
        String path = licenses(org) + "/" + issued.json().getJsonObject("license").getString("id");
        assertTrue(ADMIN.get(path).json().getJsonObject("organization").getBoolean("available"));

        stack("stop");
        for (int i = 0; i < 6; i++) {
            long started = System.nanoTime();
            ApiResponse read = ADMIN.get(path);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(200, read.status(), read::toString);
            JsonObject organization = read.json().getJsonObject("organization");
            assertFalse(organization.getBoolean("available"), "marked unavailable");
            assertEquals("ACTIVE", read.json().getJsonObject("license").getString("status"));
            assertTrue(millis < 1000, "answered in " + millis + " ms");
        }
        // Issuing needs the organization confirmed: refused, but as a 4xx (the dependency failed).
        assertProblem(issue(org, "{\"productName\":\"Later\",\"type\":\"SITE\"}"), 424);
    }

    private static void stack(String action) {
        StackCommand.run(240, "it-organization", action);
    }
}
