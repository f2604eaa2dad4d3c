package it.io.ostock.licensing;

import io.ostock.testsupport.Api;
import io.ostock.testsupport.ApiResponse;
import io.ostock.testsupport.StackCommand;
import io.ostock.testsupport.StackEnv;
import io.ostock.testsupport.TokenSource;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import static it.io.ostock.licensing.LicensingApi.licenses;
import static it.io.ostock.licensing.LicensingApi.organization;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A freshly started licensing instance, calling a freshly started Organization, serves its very first
 * request, a license issue, within its timeouts: it reports ready only once its Organization client is
 * warm (OrganizationClientWarmUp). Before, the first issues after a start answered 424.
 */
@MicroShedTest
class ColdStartIT {

    @Test
    void theFirstRequestAfterStartIssuesALicense() {
        String org = organization("ACTIVE");
        StackCommand.run(240, "it-licensing-peer", "stop");
        try {
            StackCommand.run(240, "it-organization", "stop");
            StackCommand.run(240, "it-organization", "start");
            // ops/stack returns once the instance's readiness check answers UP.
            StackCommand.run(240, "it-licensing-peer", "start");
            Api peer = new Api("http://localhost:" + StackEnv.get("LICENSING_IT_PEER_HTTP_PORT"), TokenSource.user("admin"));
            ApiResponse issued = peer.post(licenses(org), "{\"productName\":\"First\",\"type\":\"SITE\"}");
            assertEquals(201, issued.status(), issued::toString);
        } finally {
            StackCommand.run(240, "it-licensing-peer", "stop");
            LicensingApi.awaitOrganizationCallsSucceed();
        }
    }
}
