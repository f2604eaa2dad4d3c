package it.io.ostock.licensing;

import io.ostock.testsupport.ApiResponse;
import io.ostock.testsupport.Eventually;
import io.ostock.testsupport.StackEnv;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static it.io.ostock.licensing.LicensingApi.ADMIN;
import static it.io.ostock.licensing.LicensingApi.evictCachedOrganization;
import static it.io.ostock.licensing.LicensingApi.issue;
import static it.io.ostock.licensing.LicensingApi.licenses;
import static it.io.ostock.licensing.LicensingApi.organization;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Traces, as an operator finds them in Zipkin (the tests' own, which every test server sends its
 * spans to): a license read that asks Organization is one trace across both services, whichever
 * trace context the caller (the gateway) sent, and nothing secret is in it.
 */
@MicroShedTest
class TracingIT {

    private static final String ZIPKIN = "http://localhost:" + StackEnv.get("ZIPKIN_IT_PORT");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Spans leave a server in batches, every few seconds. */
    private static final Duration EXPORT_TIME = Duration.ofSeconds(30);

    @Test
    void aLicenseReadThatAsksOrganizationIsOneTraceAcrossBothServices() {
        String org = organization("ACTIVE");
        ApiResponse issued = issue(org, "{\"productName\":\"Traced\",\"type\":\"SITE\"}");
        String path = licenses(org) + "/" + issued.json().getJsonObject("license").getString("id");
        evictCachedOrganization(org);
        String traceId = hex(16);

        ApiResponse read = ADMIN.send("GET", path, null, Map.of("traceparent", "00-" + traceId + "-" + hex(8) + "-01"));
        assertEquals(200, read.status(), read::toString);

        // Each server sends its spans in batches of its own: the trace fills up over a few seconds.
        JsonArray trace = awaitTrace(traceId, spans -> has(spans, "licensing-service", "SERVER")
                && has(spans, "licensing-service", "CLIENT") && spans(spans, "organization-service", "SERVER").size() >= 2);
        JsonObject licensingRequest = only(trace, "licensing-service", "SERVER");
        assertTrue(licensingRequest.getString("name").contains("/licenses/"), licensingRequest::toString);
        List<JsonObject> calls = spans(trace, "licensing-service", "CLIENT");
        assertFalse(calls.isEmpty(), "licensing's calls to Organization are spans of the trace: " + trace);
        List<String> callIds = calls.stream().map(call -> call.getString("id")).toList();
        for (JsonObject organizationRequest : spans(trace, "organization-service", "SERVER")) {
            assertTrue(callIds.contains(organizationRequest.getString("parentId", "")),
                    "Organization's request continues licensing's call: " + organizationRequest);
        }
    }

    @Test
    void theGatewaysB3HeadersContinueItsTrace() {
        String traceId = hex(16);
        ApiResponse ping = ADMIN.send("GET", "/v1/ping", null,
                Map.of("X-B3-TraceId", traceId, "X-B3-SpanId", hex(8), "X-B3-Sampled", "1"));
        assertEquals(200, ping.status(), ping::toString);
        awaitTrace(traceId, spans -> has(spans, "licensing-service", "SERVER"));
    }

    @Test
    void noTokenOrLicenseKeyIsInATrace() {
        String org = organization("ACTIVE");
        ApiResponse issued = issue(org, "{\"productName\":\"Secret\",\"type\":\"SITE\"}");
        String key = issued.json().getString("key");
        String traceId = hex(16);
        ApiResponse validation = ADMIN.send("POST", "/v1/licenses/validation", "{\"key\":\"" + key + "\"}",
                Map.of("traceparent", "00-" + traceId + "-" + hex(8) + "-01"));
        assertEquals(200, validation.status(), validation::toString);
        String trace = awaitTrace(traceId, spans -> has(spans, "licensing-service", "SERVER")).toString();
        assertFalse(trace.contains(key), "the license key is not in the trace");
        assertFalse(trace.contains("Bearer") || trace.contains("eyJ"), "no token is in the trace: " + trace);
    }

    private static JsonArray awaitTrace(String traceId, Predicate<JsonArray> complete) {
        try {
            return Eventually.await(EXPORT_TIME, "trace " + traceId + " in Zipkin", () -> {
                JsonArray spans = zipkinTrace(traceId);
                return spans != null && complete.test(spans) ? spans : null;
            });
        } catch (AssertionError incomplete) {
            throw new AssertionError(incomplete.getMessage() + "; Zipkin has " + zipkinTrace(traceId), incomplete);
        }
    }

    /** The trace's spans as Zipkin's API answers them; null while it has none. */
    private static JsonArray zipkinTrace(String traceId) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(ZIPKIN + "/api/v2/trace/" + traceId))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 ? Json.createReader(new StringReader(answer.body())).readArray() : null;
        } catch (IOException e) {
            throw new AssertionError("Zipkin at " + ZIPKIN + " does not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static List<JsonObject> spans(JsonArray trace, String service, String kind) {
        return trace.stream().map(JsonValue::asJsonObject)
                .filter(span -> kind.equals(span.getString("kind", ""))
                        && service.equals(span.getJsonObject("localEndpoint").getString("serviceName", "")))
                .toList();
    }

    private static boolean has(JsonArray trace, String service, String kind) {
        return !spans(trace, service, kind).isEmpty();
    }

    private static JsonObject only(JsonArray trace, String service, String kind) {
        List<JsonObject> found = spans(trace, service, kind);
        assertEquals(1, found.size(), () -> "one " + kind + " span of " + service + " in " + trace);
        return found.get(0);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
