package io.ostock.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiDocumentTest {

    private static final String PROBLEM = "{\"content\":{\"application/problem+json\":{\"schema\":"
            + "{\"$ref\":\"#/components/schemas/Problem\"}}}}";

    private static final ApiDocument DOCUMENT = document("""
            {"components": {"schemas": {"Thing": {}, "ThingPage": {}, "Problem": {}}},
             "paths": {
               "/v1/things": {"get": {"responses": {"200": {}, "400": PROBLEM}}},
               "/v1/things/{thingId}": {
                 "parameters": [{"name": "thingId", "in": "path"}],
                 "get": {"responses": {"200": {}, "404": PROBLEM}},
                 "delete": {"responses": {"204": {}, "404": PROBLEM, "409": PROBLEM}}},
               "/v1/things/special": {"get": {"responses": {"200": {}}}},
               "/v1/ping": {"get": {"security": [], "responses": {"200": {}}}}}}
            """.replace("PROBLEM", PROBLEM));

    @Test
    void answersListedUnderTheirOperationPass() {
        String server = "http://documented.test";
        record(server, "GET", "/v1/things?limit=5", 200);
        record(server, "GET", "/v1/things/17", 404);
        record(server, "DELETE", "/v1/things/17", 409);
        record(server, "BREW", "/v1/things", 405);
        record(server, "GET", "/v1/nothing-here", 404);
        record(server, "GET", "/metrics", 200);
        assertDoesNotThrow(() -> DOCUMENT.assertListsEveryAnswerSeenAt(server));
    }

    @Test
    void anUnlistedStatusFailsNamingTheCallAndTheOperation() {
        String server = "http://undocumented.test";
        record(server, "GET", "/v1/things/17", 200);
        record(server, "DELETE", "/v1/things/17", 412);
        AssertionError failure = assertThrows(AssertionError.class,
                () -> DOCUMENT.assertListsEveryAnswerSeenAt(server));
        assertTrue(failure.getMessage().contains("DELETE /v1/things/17 -> 412 is not listed under "
                + "DELETE /v1/things/{thingId}"), failure.getMessage());
        assertTrue(failure.getMessage().startsWith("1 answers"), failure.getMessage());
    }

    @Test
    void theMostLiteralTemplateIsTheOperationOfAPath() {
        String server = "http://literal.test";
        record(server, "GET", "/v1/things/special", 404);
        AssertionError failure = assertThrows(AssertionError.class,
                () -> DOCUMENT.assertListsEveryAnswerSeenAt(server));
        assertTrue(failure.getMessage().contains("under GET /v1/things/special"), failure.getMessage());
    }

    @Test
    void aCallThatMatchesNoOperationMustBeA404Or405() {
        String server = "http://unknown.test";
        record(server, "GET", "/v1/elsewhere", 200);
        AssertionError failure = assertThrows(AssertionError.class,
                () -> DOCUMENT.assertListsEveryAnswerSeenAt(server));
        assertTrue(failure.getMessage().contains("GET /v1/elsewhere -> 200 matches no operation"), failure.getMessage());
    }

    @Test
    void aServerNoTestCalledIsAFailureNotAPass() {
        assertThrows(AssertionError.class, () -> DOCUMENT.assertListsEveryAnswerSeenAt("http://never-called.test"));
    }

    @Test
    void theRulesHoldForAWellFormedDocument() {
        assertDoesNotThrow(() -> DOCUMENT.assertFollowsThePlatformRules(Set.of("GET /v1/ping")));
    }

    @Test
    void eachBrokenRuleIsNamed() {
        ApiDocument broken = document("""
                {"components": {"schemas": {"Response1": {}, "Request": {}}},
                 "paths": {
                   "/v1/things/{thingId}": {"get": {"responses": {"400": {"content": {"application/json": {}}}}}},
                   "/v1/ping": {"get": {"responses": {"200": {}}}}}}
                """);
        AssertionError failure = assertThrows(AssertionError.class,
                () -> broken.assertFollowsThePlatformRules(Set.of("GET /v1/ping")));
        for (String finding : new String[]{"schema name Response1", "schema name Request", "lists no success",
                "400 is not application/problem+json", "does not declare its path parameter thingId",
                "GET /v1/ping [200] is not marked public"}) {
            assertTrue(failure.getMessage().contains(finding), finding + " in " + failure.getMessage());
        }
    }

    private static void record(String server, String method, String pathAndQuery, int status) {
        ObservedCalls.record(server, method, URI.create(server + pathAndQuery), status);
    }

    private static ApiDocument document(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject document = reader.readObject();
            return new ApiDocument(document);
        }
    }
}
