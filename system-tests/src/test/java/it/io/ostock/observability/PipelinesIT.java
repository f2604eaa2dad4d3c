package it.io.ostock.observability;

import io.ostock.testsupport.ApiResponse;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static it.io.ostock.observability.ObservabilityWorld.LICENSING;
import static it.io.ostock.observability.ObservabilityWorld.ADMIN_TOKEN;
import static it.io.ostock.observability.ObservabilityWorld.await;
import static it.io.ostock.observability.ObservabilityWorld.evictCachedOrganization;
import static it.io.ostock.observability.ObservabilityWorld.hex;
import static it.io.ostock.observability.ObservabilityWorld.licenseOfNewOrganization;
import static it.io.ostock.observability.ObservabilityWorld.logDocuments;
import static it.io.ostock.observability.ObservabilityWorld.logDocumentsSince;
import static it.io.ostock.observability.ObservabilityWorld.promValue;
import static it.io.ostock.observability.ObservabilityWorld.spans;
import static it.io.ostock.observability.ObservabilityWorld.tracedRead;
import static it.io.ostock.observability.ObservabilityWorld.zipkinTrace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an operator asking "why was this license read slow?" finds, within seconds of the read: its
 * trace in Zipkin (kept in Elasticsearch), the log lines of both services in Elasticsearch carrying
 * its trace id, and the request counted in Prometheus; and no secret in any of them.
 */
class PipelinesIT {

    private static final String READ_ROUTE = "/v1/organizations/{orgId}/licenses/{licenseId}";

    @Test
    void oneLicenseReadIsOneTraceItsLogLinesAndACountedRequest() {
        String license = licenseOfNewOrganization();
        evictCachedOrganization(license);
        double readsBefore = promValue(readsCounted());

        String traceId = tracedRead(license);

        JsonArray trace = await("the read's trace, with Organization's part, in Zipkin", () -> {
            JsonArray spans = zipkinTrace(traceId);
            return spans != null && !spans(spans, "licensing-service", "SERVER").isEmpty()
                    && !spans(spans, "organization-service", "SERVER").isEmpty()
                    && spans.toString().contains("\"db.system.name\":\"postgresql\"")
                    && spans.toString().contains("\"db.system.name\":\"redis\"") ? spans : null;
        });
        assertTrue(spans(trace, "licensing-service", "SERVER").get(0).getString("name").contains("/licenses/"), trace::toString);

        List<JsonObject> lines = await("log lines of both services with the trace id in Elasticsearch", () -> {
            List<JsonObject> found = logDocuments("trace_id:" + traceId);
            Set<String> services = found.stream().map(line -> line.getString("service", "")).collect(Collectors.toSet());
            return services.containsAll(Set.of("licensing-service", "organization-service")) ? found : null;
        });
        JsonObject access = lines.stream()
                .filter(line -> "licensing-service".equals(line.getString("service")) && line.containsKey("status"))
                .findFirst().orElseThrow(() -> new AssertionError("no access line of licensing: " + lines));
        assertEquals(license, access.getString("path"));
        assertEquals(200, access.getInt("status"));
        assertTrue(access.getString("instance").endsWith(":licensing-service:" + ObservabilityWorld.LICENSING_PORT), access::toString);
        assertTrue(access.containsKey("correlation_id") && access.containsKey("span_id") && access.containsKey("@timestamp"),
                access::toString);

        await("the read counted in Prometheus", () -> promValue(readsCounted()) >= readsBefore + 1);
    }

    @Test
    void noTokenLicenseKeyOrPasswordReachesElasticsearchOrZipkin() {
        Instant started = Instant.now().minusSeconds(1);
        String license = licenseOfNewOrganization();
        String organization = license.split("/")[3];
        ApiResponse issued = LICENSING.post("/v1/organizations/" + organization + "/licenses",
                "{\"productName\":\"Secret\",\"type\":\"SITE\"}");
        String key = issued.json().getString("key");
        String traceId = hex(16);
        ApiResponse validation = LICENSING.send("POST", "/v1/licenses/validation", "{\"key\":\"" + key + "\"}",
                Map.of("traceparent", "00-" + traceId + "-" + hex(8) + "-01"));
        assertEquals(200, validation.status(), validation::toString);
        // A malformed token and a password-like query parameter: both are refused, and both get logged.
        LICENSING.withToken(() -> "not-a-jwt password=hunter2").get(license);
        LICENSING.get(license + "?password=hunter2");

        await("the refused requests' log lines in Elasticsearch", () -> logDocumentsSince(started).stream()
                .filter(line -> Integer.valueOf(401).equals(line.containsKey("status") ? line.getInt("status") : null))
                .findAny().orElse(null));
        JsonArray trace = await("the validation's trace", () -> zipkinTrace(traceId));
        String documents = logDocumentsSince(started).toString();
        assertTrue(documents.contains(traceId), "the validation's lines are among the documents read");
        String token = ADMIN_TOKEN.get();
        String signature = token.substring(token.lastIndexOf('.') + 1);
        for (String secret : List.of(key, signature, "hunter2")) {
            assertFalse(documents.contains(secret), "no log document holds " + secret);
            assertFalse(trace.toString().contains(secret), "the trace does not hold " + secret);
        }
        assertFalse(documents.contains("eyJ"), "no log document holds a JWT");
    }

    private static String readsCounted() {
        return "sum(http_server_requests_seconds_count{service=\"licensing-service\",instance=\"127.0.0.1:"
                + ObservabilityWorld.LICENSING_PORT + "\",method=\"GET\",route=\"" + READ_ROUTE + "\",status=\"200\"})";
    }
}
