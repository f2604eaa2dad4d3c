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
import static it.io.ostock.licensing.LicensingApi.ORGANIZATION_ADMIN;
import static it.io.ostock.licensing.LicensingApi.evictCachedOrganization;
import static it.io.ostock.licensing.LicensingApi.issue;
import static it.io.ostock.licensing.LicensingApi.licenses;
import static it.io.ostock.licensing.LicensingApi.organization;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Traces, as an operator finds them in Zipkin (the tests' own, which every test server sends its
 * spans to): a license read that asks Organization is one trace across both services, with its
 * database and Redis work; an organization change is one trace with licensing's handling of its
 * event; whichever trace context the caller (the gateway) sent; and nothing secret is in a trace.
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
                && spans(spans, "organization-service", "SERVER").size() >= 2
                && spans(spans, "organization-service", "SERVER").stream().allMatch(span -> hasSpan(spans, span.getString("parentId", "")))
                && hasTag(spans, "licensing-service", "db.system.name", "redis")
                && hasTag(spans, "licensing-service", "db.system.name", "postgresql"));
        JsonObject licensingRequest = only(trace, "licensing-service", "SERVER");
        assertTrue(licensingRequest.getString("name").contains("/licenses/"), licensingRequest::toString);
        List<String> callIds = spans(trace, "licensing-service", "CLIENT").stream().map(call -> call.getString("id")).toList();
        for (JsonObject organizationRequest : spans(trace, "organization-service", "SERVER")) {
            assertTrue(callIds.contains(organizationRequest.getString("parentId", "")),
                    "Organization's request continues licensing's call: " + organizationRequest);
        }
        JsonObject databaseRead = withTag(trace, "licensing-service", "db.system.name", "postgresql");
        assertEquals("licenseservice.read", databaseRead.getString("name"), "named for the work (Zipkin lowercases)");
        assertEquals("licensing_it", databaseRead.getJsonObject("tags").getString("db.namespace"), databaseRead::toString);
        JsonObject cacheLookup = withTag(trace, "licensing-service", "db.system.name", "redis");
        assertEquals("CLIENT", cacheLookup.getString("kind"), cacheLookup::toString);
        assertTrue(cacheLookup.getJsonObject("tags").containsKey("db.operation.name"), cacheLookup::toString);
    }

    @Test
    void anOrganizationChangeAndLicensingsHandlingOfItsEventAreOneTrace() {
        String org = organization("ACTIVE");
        ApiResponse current = ORGANIZATION_ADMIN.get("/v1/organizations/" + org);
        String traceId = hex(16);
        ApiResponse renamed = ORGANIZATION_ADMIN.send("PUT", "/v1/organizations/" + org,
                "{\"name\":\"Renamed " + hex(4) + "\",\"status\":\"ACTIVE\"}",
                Map.of("If-Match", current.etag(), "traceparent", "00-" + traceId + "-" + hex(8) + "-01"));
        assertEquals(200, renamed.status(), renamed::toString);

        JsonArray trace = awaitTrace(traceId, spans -> has(spans, "licensing-service", "CONSUMER")
                && spans(spans, "organization-service", "PRODUCER").stream()
                        .allMatch(publication -> hasSpan(spans, publication.getString("parentId", "")))
                && has(spans, "organization-service", "PRODUCER"));
        JsonObject publication = only(trace, "organization-service", "PRODUCER");
        assertEquals("ostock.organization.events", publication.getJsonObject("tags").getString("messaging.destination.name"));
        JsonObject handling = only(trace, "licensing-service", "CONSUMER");
        assertEquals(publication.getString("id"), handling.getString("parentId", ""),
                "licensing handles the event below its publication: " + trace);
        assertTrue(hasSpan(trace, publication.getString("parentId", "")), "the publication continues the request's trace");
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

    private static boolean hasSpan(JsonArray trace, String id) {
        return trace.stream().anyMatch(span -> id.equals(span.asJsonObject().getString("id")));
    }

    private static boolean hasTag(JsonArray trace, String service, String tag, String value) {
        return trace.stream().map(JsonValue::asJsonObject).anyMatch(span -> span.containsKey("tags")
                && service.equals(span.getJsonObject("localEndpoint").getString("serviceName", ""))
                && value.equals(span.getJsonObject("tags").getString(tag, null)));
    }

    private static JsonObject withTag(JsonArray trace, String service, String tag, String value) {
        return trace.stream().map(JsonValue::asJsonObject).filter(span -> span.containsKey("tags")
                        && service.equals(span.getJsonObject("localEndpoint").getString("serviceName", ""))
                        && value.equals(span.getJsonObject("tags").getString(tag, null)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + tag + "=" + value + " span of " + service));
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
