package it.io.ostock.organization;

import io.ostock.testsupport.ApiResponse;
import io.ostock.testsupport.Eventually;
import io.ostock.testsupport.Keycloak;
import io.ostock.testsupport.RawHttp;
import io.ostock.testsupport.RealmExport;
import io.ostock.testsupport.StackEnv;
import it.io.ostock.organization.security.Callers;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static it.io.ostock.organization.OrganizationApi.ANONYMOUS;
import static it.io.ostock.organization.OrganizationApi.API;
import static it.io.ostock.organization.OrganizationApi.ORGS;
import static it.io.ostock.organization.OrganizationApi.createOrganization;
import static it.io.ostock.organization.OrganizationApi.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Correlation ids, JSON logs, health, metrics and the OpenAPI document, as operators see them. */
@MicroShedTest
class ObservabilityIT {

    private static final Path LOG = Path.of(System.getProperty("it.log.dir"), "organization-service.json.log");

    @Test
    void aCorrelationIdFromTheCallerIsEchoedAndOnEveryLogLineOfTheRequest() {
        String correlationId = "it-" + UUID.randomUUID();
        ApiResponse created = API.send("POST", ORGS, "{\"name\":\"" + unique("Logged") + "\"}",
                Map.of("X-Correlation-ID", correlationId));
        assertEquals(201, created.status());
        assertEquals(correlationId, created.header("X-Correlation-ID").orElseThrow());

        List<JsonObject> lines = Eventually.await(Duration.ofSeconds(5), "log lines with " + correlationId, () -> {
            List<JsonObject> found = logLinesWith(correlationId);
            return found.isEmpty() ? null : found;
        });
        for (JsonObject line : lines) {
            assertEquals(correlationId, line.getString("correlation_id"));
            assertEquals("organization-service", line.getString("service"));
            assertTrue(line.containsKey("@timestamp") && line.containsKey("level") && line.containsKey("logger_name")
                    && line.containsKey("message"), line::toString);
        }
        assertTrue(lines.stream().anyMatch(l -> "io.ostock.access".equals(l.getString("logger_name"))
                && l.getInt("status") == 201 && "POST".equals(l.getString("method"))));
    }

    @Test
    void everyLogLineOfATracedRequestNamesItsTraceAndSpan() {
        String correlationId = "it-" + UUID.randomUUID();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        ApiResponse created = API.send("POST", ORGS, "{\"name\":\"" + unique("Traced") + "\"}",
                Map.of("X-Correlation-ID", correlationId, "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
        assertEquals(201, created.status());

        List<JsonObject> lines = Eventually.await(Duration.ofSeconds(5), "log lines with " + correlationId, () -> {
            List<JsonObject> found = logLinesWith(correlationId);
            return found.isEmpty() ? null : found;
        });
        for (JsonObject line : lines) {
            assertEquals(traceId, line.getString("trace_id", null), line::toString);
            assertTrue(line.getString("span_id", "").matches("[0-9a-f]{16}"), line::toString);
            assertNotEquals("00f067aa0ba902b7", line.getString("span_id"), "the service's own span, not the caller's");
        }
    }

    @Test
    void aMissingOrUnsafeCorrelationIdIsReplacedByAGeneratedOne() {
        String generated = API.get(ORGS).header("X-Correlation-ID").orElseThrow();
        assertEquals(36, generated.length());
        String unsafe = "bad id with spaces";
        String replaced = API.send("GET", ORGS, null, Map.of("X-Correlation-ID", unsafe))
                .header("X-Correlation-ID").orElseThrow();
        assertNotEquals(unsafe, replaced);
        ApiResponse problem = API.get(ORGS + "/not-a-uuid");
        assertEquals(problem.header("X-Correlation-ID").orElseThrow(), problem.json().getString("correlationId"),
                "error bodies name the correlation id to quote");
    }

    @Test
    void everyApplicationLogLineIsJson() throws IOException {
        createOrganization(unique("Lines"));
        List<String> lines = Files.readAllLines(LOG);
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            JsonObject json = Json.createReader(new StringReader(line)).readObject();
            assertEquals("organization-service", json.getString("service"));
        }
    }

    /**
     * Every file the server writes under logs/ (messages, console, trace, FFDC incidents, the JSON
     * log), after calls that carried tokens, good and bad: each kind of bad token of the authorization
     * matrix, and a truncated signature, is refused with a 401 problem. Tokens that are malformed or
     * badly signed never reach MP-JWT (InvalidTokenFilter), which would write their text into FFDC.
     */
    @Test
    void noTokenSecretOrPasswordAppearsInAnyLogLine() throws IOException, InterruptedException {
        String token = Keycloak.userToken("admin");
        API.get(ORGS);
        Callers.prepareExpiredToken();
        List<String> refused = new ArrayList<>(List.of(token.substring(0, token.length() - 4)));
        for (Callers bad : List.of(Callers.MALFORMED, Callers.EXPIRED, Callers.WRONG_ISSUER, Callers.WRONG_AUDIENCE,
                Callers.BAD_SIGNATURE)) {
            refused.add(bad.token().get());
        }
        for (String bad : refused) {
            ApiResponse answer = ANONYMOUS.send("GET", ORGS, null, Map.of("Authorization", "Bearer " + bad));
            assertEquals(401, answer.status(), answer::toString);
            assertTrue(answer.contentType().startsWith("application/problem+json"), answer::toString);
        }
        int port = Integer.parseInt(System.getProperty("microshed_http_port"));
        for (List<String> headers : authorizationHeaderShapes(token, Callers.BAD_SIGNATURE.token().get())) {
            String answer = RawHttp.get(port, ORGS, headers.stream().map(value -> "Authorization: " + value).toList());
            assertEquals(401, RawHttp.status(answer), () -> headers + " answered " + answer.lines().findFirst());
            assertTrue(RawHttp.isProblem(answer), answer);
        }
        API.post(ORGS, "{\"name\":\"" + unique("Secretive") + "\",\"password\":\"hunter2hunter2\"}");

        List<String> secrets = new ArrayList<>(List.of(token.substring(token.lastIndexOf('.') + 1),
                StackEnv.get("ORGANIZATION_DB_PASSWORD"), StackEnv.get("LIBERTY_KEYSTORE_PASSWORD"),
                StackEnv.get("KEYCLOAK_ADMIN_PASSWORD"), StackEnv.get("IT_REDIS_PASSWORD"),
                RealmExport.clientSecret("ostock-gateway"),
                RealmExport.clientSecret("licensing-service"), "hunter2hunter2"));
        for (String user : List.of("admin", "operator", "alice", "bob")) {
            secrets.add(RealmExport.password(user));
        }
        java.util.regex.Pattern jwt = java.util.regex.Pattern.compile("eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}");
        List<Path> files;
        try (var walk = Files.walk(LOG.getParent())) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.stream().anyMatch(file -> file.getFileName().toString().equals("messages.log")), files::toString);
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.ISO_8859_1);
            for (String secret : secrets) {
                assertFalse(text.contains(secret), () -> file + " contains a secret");
            }
            assertFalse(jwt.matcher(text).find(), () -> file + " contains a token");
            assertFalse(text.contains("Bearer ey"), () -> file + " contains an Authorization header");
        }
    }

    /**
     * Authorization headers that are not exactly {@code Bearer <JWS>}, each with a valid token and with
     * a badly signed one: other spacing, other scheme words and case, no scheme, extra text, two headers.
     */
    private static List<List<String>> authorizationHeaderShapes(String valid, String badlySigned) {
        List<List<String>> shapes = new ArrayList<>();
        for (String token : List.of(valid, badlySigned)) {
            for (String header : List.of("Bearer  " + token, "Bearer\t" + token, "Bearer" + token, "bearer " + token,
                    "BEARER " + token, "Token " + token, "JWT " + token, "Basic " + Base64.getEncoder()
                            .encodeToString(("admin:" + token).getBytes(StandardCharsets.UTF_8)),
                    token, "Bearer " + token + " extra", "Bearer " + token + ",", "Bearer " + token + ".x",
                    "Bearer \"" + token + "\"", "Bearer " + token + ", Bearer " + token)) {
                shapes.add(List.of(header));
            }
            shapes.add(List.of("Bearer " + valid, "Bearer " + token));
        }
        return shapes;
    }

    /**
     * A 404, 409 or 412 is an ordinary answer, not an incident: Liberty wrote an FFDC file (with the
     * request's data in the exception message) for each one that left a transactional method, and for
     * each path outside the REST application.
     */
    @Test
    void ordinaryClientErrorsWriteNoIncidentFiles() throws IOException {
        String name = unique("Incident-free");
        String id = createOrganization(name);
        String missing = UUID.randomUUID().toString();
        List<ApiResponse> answers = List.of(
                API.get(ORGS + "/" + missing),
                API.put(ORGS + "/" + missing, "{\"name\":\"x\",\"status\":\"ACTIVE\"}"),
                API.post(ORGS, "{\"name\":\"" + name + "\"}"),
                API.send("PUT", ORGS + "/" + id, "{\"name\":\"" + name + "\",\"status\":\"ACTIVE\"}",
                        Map.of("If-Match", "\"999\"")),
                API.get(ORGS + "/" + id + "/contacts/" + missing),
                API.get("/V1/organizations/" + missing));
        assertEquals(List.of(404, 404, 409, 412, 404, 404), answers.stream().map(ApiResponse::status).toList());
        Path ffdc = LOG.getParent().resolve("ffdc");
        if (!Files.isDirectory(ffdc)) {
            return;
        }
        try (var files = Files.list(ffdc)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                for (String trace : List.of("ProblemException", "FileNotFoundException", missing, name)) {
                    assertFalse(text.contains(trace), () -> file + " is an incident about an ordinary answer: " + trace);
                }
            }
        }
    }

    @Test
    void healthChecksReportTheDatabaseAndTheEventRelay() {
        ApiResponse ready = ANONYMOUS.get("/health/ready");
        assertEquals(200, ready.status(), ready::toString);
        String body = ready.body();
        assertTrue(body.contains("\"database\"") && body.contains("\"event-relay\""), body);
        assertEquals(200, ANONYMOUS.get("/health/live").status());
    }

    @Test
    void metricsArePrometheusTextWithRequestTimingsAndOutboxFigures() {
        API.get(ORGS);
        ApiResponse metrics = ANONYMOUS.get("/metrics");
        assertEquals(200, metrics.status());
        assertTrue(metrics.contentType().startsWith("text/plain"), metrics.contentType());
        String text = metrics.body();
        assertTrue(text.contains("REST_request_seconds_count{class=\"io.ostock.organization.api.OrganizationResource\""),
                "per-endpoint request counts and timings");
        assertTrue(text.contains("outbox_events_published_total"), "events published");
        assertTrue(text.contains("outbox_backlog"), "outbox backlog");
    }

    /** Request methods a client makes up do not become label values: /metrics cannot be inflated by them. */
    @Test
    void inventedRequestMethodsAddNoMetricSeries() {
        List<String> invented = List.of("BREW", "XFOO" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());
        for (String method : invented) {
            assertEquals(405, API.send(method, ORGS, null, Map.of()).status());
            assertEquals(404, API.send(method, "/elsewhere", null, Map.of()).status());
        }
        String text = ANONYMOUS.get("/metrics").body();
        for (String method : invented) {
            assertFalse(text.contains("\"" + method + "\""), () -> method + " is a label value in /metrics");
        }
        assertTrue(text.contains("REST_request_seconds_count"), "the REST timings are still there");
    }

    private static List<JsonObject> logLinesWith(String correlationId) {
        try {
            return Files.readAllLines(LOG).stream()
                    .filter(line -> line.contains(correlationId))
                    .map(line -> Json.createReader(new StringReader(line)).readObject())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
