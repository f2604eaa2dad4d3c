package it.io.ostock.observability;

import io.ostock.testsupport.Api;
import io.ostock.testsupport.ApiResponse;
import io.ostock.testsupport.Eventually;
import io.ostock.testsupport.ItRedis;
import io.ostock.testsupport.StackCommand;
import io.ostock.testsupport.StackEnv;
import io.ostock.testsupport.TokenSource;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import redis.clients.jedis.JedisPooled;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The observability tests' world, started by `ops/fixtures it-observability-up`: Elasticsearch, Zipkin
 * keeping its spans there, the log intake (rsyslog) indexing into it, Prometheus scraping every 2 s,
 * Alertmanager sending to this test's webhook receiver, and one Organization and one licensing instance
 * that send their spans and log lines there (OBSERVABILITY_IT_* in ops/stack.env). Tests stop and start
 * Elasticsearch, Zipkin and the intake through ops/fixtures, and read what an operator would read:
 * Zipkin's API, Elasticsearch's search, Prometheus' queries.
 */
final class ObservabilityWorld {

    static final String ELASTICSEARCH = "http://localhost:" + StackEnv.port("OBSERVABILITY_IT_ELASTICSEARCH_PORT");
    static final String ZIPKIN = "http://localhost:" + StackEnv.port("OBSERVABILITY_IT_ZIPKIN_PORT");
    static final String PROMETHEUS = "http://localhost:" + StackEnv.port("OBSERVABILITY_IT_PROMETHEUS_PORT");
    static final int ALERT_RECEIVER_PORT = StackEnv.port("OBSERVABILITY_IT_ALERT_RECEIVER_PORT");
    static final int STAND_IN_PORT = StackEnv.port("OBSERVABILITY_IT_STAND_IN_PORT");
    static final int LICENSING_PORT = StackEnv.port("OBSERVABILITY_IT_LICENSING_HTTP_PORT");

    static final TokenSource ADMIN_TOKEN = TokenSource.user("admin");
    static final Api LICENSING = new Api("http://localhost:" + LICENSING_PORT, ADMIN_TOKEN);
    static final Api ORGANIZATION = new Api("http://localhost:" + StackEnv.port("OBSERVABILITY_IT_ORGANIZATION_HTTP_PORT"),
            ADMIN_TOKEN);
    static final Api LICENSING_METRICS = new Api("http://localhost:" + LICENSING_PORT);

    /** Spans leave a server in batches every few seconds; log lines reach Elasticsearch within seconds. */
    static final Duration PIPELINE_TIME = Duration.ofSeconds(45);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ObservabilityWorld() {
    }

    /** ops/fixtures it-observability PART ACTION: elasticsearch, zipkin or rsyslog; start or stop. */
    static void stack(String part, String action) {
        StackCommand.run(240, "it-observability", part, action);
    }

    static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** A new organization with a license: the license's path on licensing. */
    static String licenseOfNewOrganization() {
        ApiResponse created = ORGANIZATION.post("/v1/organizations",
                "{\"name\":\"Observed " + UUID.randomUUID().toString().substring(0, 8) + "\",\"status\":\"ACTIVE\"}");
        assertEquals(201, created.status(), created::toString);
        String organization = created.createdId();
        ApiResponse issued = LICENSING.post("/v1/organizations/" + organization + "/licenses",
                "{\"productName\":\"Observed\",\"type\":\"SITE\"}");
        assertEquals(201, issued.status(), issued::toString);
        return "/v1/organizations/" + organization + "/licenses/" + issued.json().getJsonObject("license").getString("id");
    }

    /** Drops licensing's cached summary of the organization, so that the next read asks Organization. */
    static void evictCachedOrganization(String licensePath) {
        String organization = licensePath.split("/")[3];
        try (JedisPooled redis = ItRedis.client()) {
            redis.del("licensing:organization:" + organization);
        }
        try {
            Thread.sleep(300); // licensing's own copy of what Redis said lapses after 250 ms
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** GET licensePath as the start of a new sampled trace: the trace id. */
    static String tracedRead(String licensePath) {
        String traceId = hex(16);
        ApiResponse read = LICENSING.send("GET", licensePath, null,
                Map.of("traceparent", "00-" + traceId + "-" + hex(8) + "-01"));
        assertEquals(200, read.status(), read::toString);
        return traceId;
    }

    /** The trace's spans as Zipkin's API answers them; null while it has none. */
    static JsonArray zipkinTrace(String traceId) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(ZIPKIN + "/api/v2/trace/" + traceId)));
        return answer.statusCode() == 200 ? Json.createReader(new StringReader(answer.body())).readArray() : null;
    }

    static List<JsonObject> spans(JsonArray trace, String service, String kind) {
        return trace.stream().map(JsonValue::asJsonObject)
                .filter(span -> service.equals(span.getJsonObject("localEndpoint").getString("serviceName", ""))
                        && kind.equals(span.getString("kind", "")))
                .toList();
    }

    /** The log documents in Elasticsearch that match a query string (Lucene syntax), newest first. */
    static List<JsonObject> logDocuments(String query) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(ELASTICSEARCH
                + "/logs-ostock-default/_search?size=200&sort=@timestamp:desc&q=" + encoded(query))));
        if (answer.statusCode() != 200) {
            return List.of();
        }
        return Json.createReader(new StringReader(answer.body())).readObject().getJsonObject("hits").getJsonArray("hits")
                .stream().map(hit -> hit.asJsonObject().getJsonObject("_source")).toList();
    }

    /** Every log document written since then (up to 2000), whole. */
    static List<JsonObject> logDocumentsSince(Instant since) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(ELASTICSEARCH
                + "/logs-ostock-default/_search?size=2000&q=" + encoded("@timestamp:[\"" + since + "\" TO *]"))));
        assertEquals(200, answer.statusCode(), answer::body);
        return Json.createReader(new StringReader(answer.body())).readObject().getJsonObject("hits").getJsonArray("hits")
                .stream().map(hit -> hit.asJsonObject().getJsonObject("_source")).toList();
    }

    /** The result of an instant PromQL query on the tests' Prometheus. */
    static JsonArray promQuery(String promql) {
        return prometheusApi("/api/v1/query?query=" + encoded(promql)).getJsonArray("result");
    }

    /** The data of a Prometheus API answer (path and query string); fails, with Prometheus' error, unless 200. */
    static JsonObject prometheusApi(String path) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(PROMETHEUS + path)));
        assertEquals(200, answer.statusCode(), () -> path + ": " + answer.body());
        return Json.createReader(new StringReader(answer.body())).readObject().getJsonObject("data");
    }

    /** The first sample's value; 0 when the query has no result. */
    static double promValue(String promql) {
        JsonArray result = promQuery(promql);
        return result.isEmpty() ? 0 : Double.parseDouble(result.getJsonObject(0).getJsonArray("value").getString(1));
    }

    static <T> T await(String what, java.util.function.Supplier<T> probe) {
        return Eventually.await(PIPELINE_TIME, what, probe);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The answer to the request (10 s at most); fails when the server does not answer. */
    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(request.build().uri() + " does not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
