package it.io.ostock.licensing;

import io.ostock.testsupport.Api;
import io.ostock.testsupport.ApiResponse;
import io.ostock.testsupport.Eventually;
import io.ostock.testsupport.ItRedis;
import io.ostock.testsupport.Metrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.time.Duration;

import static it.io.ostock.licensing.LicensingApi.ADMIN;
import static it.io.ostock.licensing.LicensingApi.URL;
import static it.io.ostock.licensing.LicensingApi.issue;
import static it.io.ostock.licensing.LicensingApi.licenses;
import static it.io.ostock.licensing.LicensingApi.organization;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What operators see: metrics, health, the OpenAPI document; and Redis really stopped. */
@MicroShedTest
class LicensingOperationsIT {

    private static final Api ANONYMOUS = new Api(URL);

    @AfterEach
    void redisIsBack() {
        ItRedis.start();
    }

    @Test
    void metricsCountLicensesValidationsAndFaultTolerance() {
        String org = organization("ACTIVE");
        ApiResponse issued = issue(org, "{\"productName\":\"Metered\",\"type\":\"SITE\"}");
        ADMIN.post("/v1/licenses/validation", "{\"key\":\"" + issued.json().getString("key") + "\"}");
        ADMIN.get(licenses(org) + "/" + issued.json().getJsonObject("license").getString("id"));

        String metrics = ANONYMOUS.get("/metrics").body();
        for (String metric : new String[]{"licenses_issued_total", "license_validations_total{",
                "result=\"VALID\"", "ft_invocations_total", "ft_circuitbreaker_state", "REST_request_seconds_count"}) {
            assertTrue(metrics.contains(metric), metric);
        }
    }

    @Test
    void healthAndTheOpenApiDocumentNeedNoToken() {
        ApiResponse ready = ANONYMOUS.get("/health/ready");
        assertEquals(200, ready.status(), ready::toString);
        assertTrue(ready.body().contains("\"database\""));
        assertTrue(ANONYMOUS.get("/openapi").body().contains("/v1/licenses/validation"));
    }

    @Test
    void withRedisStoppedEveryOperationStaysCorrect() {
        String org = organization("ACTIVE");
        ItRedis.stop();

        ApiResponse issued = issue(org, "{\"productName\":\"No cache\",\"type\":\"SITE\",\"termDays\":20}");
        assertEquals(201, issued.status(), issued::toString);
        String path = licenses(org) + "/" + issued.json().getJsonObject("license").getString("id");
        ApiResponse read = ADMIN.get(path);
        assertEquals(200, read.status(), read::toString);
        assertTrue(read.json().getJsonObject("organization").getBoolean("available"), "asked directly");
        assertTrue(ADMIN.post("/v1/licenses/validation", "{\"key\":\"" + issued.json().getString("key") + "\"}")
                .json().getBoolean("valid"));
        assertEquals("REVOKED", ADMIN.post(path + "/revocation", null).json().getString("status"));
        ApiResponse ready = ANONYMOUS.get("/health/ready");
        assertEquals(200, ready.status(), "a Redis outage does not make the service unready");

        ItRedis.start();
        Eventually.await(Duration.ofSeconds(10), "Redis used again", () -> {
            ADMIN.get(path);
            return Metrics.sum(ANONYMOUS, "organization_cache_requests_total", "\"hit\"") > 0;
        });
    }
}
