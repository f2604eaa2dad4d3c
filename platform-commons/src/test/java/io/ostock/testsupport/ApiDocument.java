package io.ostock.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A service's OpenAPI document (GET /openapi) held to what the service really does: what its
 * integration tests saw ({@link ObservedCalls}) and the rules every operation of the platform follows.
 */
public final class ApiDocument {

    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{([^}/]+)}");
    private static final Pattern READABLE_SCHEMA_NAME = Pattern.compile("[A-Z][A-Za-z]*[a-z]");
    private static final Set<String> ANSWERS_WITHOUT_OPERATION = Set.of("404", "405");
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private final JsonObject document;
    private final List<Operation> operations = new ArrayList<>();

    ApiDocument(JsonObject document) {
        this.document = document;
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            JsonObject item = path.getValue().asJsonObject();
            for (String method : List.of("get", "put", "post", "delete", "patch", "head", "options")) {
                if (item.containsKey(method)) {
                    operations.add(Operation.of(method, path.getKey(), item.getJsonObject(method),
                            item.getJsonArray("parameters")));
                }
            }
        }
    }

    /** The document the server at baseUrl serves. */
    public static ApiDocument of(String baseUrl) {
        ApiResponse answer = new Api(baseUrl).get("/openapi?format=JSON");
        assertEquals(200, answer.status(), "GET /openapi: " + answer);
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            return new ApiDocument(reader.readObject());
        }
    }

    /**
     * Fails listing every answer that the tests saw from the server at baseUrl, and from the other
     * instances of its application at sameApplicationAt, and that this document does not list: each
     * status an operation answered must be listed under it, and a call under /v1 that matches no
     * operation must have been refused with 404 or 405. Paths outside /v1 (health, metrics, the
     * document itself) belong to the runtime, not to the document.
     */
    public void assertListsEveryAnswerSeenAt(String baseUrl, String... sameApplicationAt) {
        List<ObservedCalls.Call> calls = new ArrayList<>(ObservedCalls.at(baseUrl));
        assertFalse(calls.isEmpty(), "no integration test called " + baseUrl + " through Api; run the module's ITs");
        for (String instance : sameApplicationAt) {
            calls.addAll(ObservedCalls.at(instance));
        }
        List<String> unlisted = new ArrayList<>();
        for (ObservedCalls.Call call : calls) {
            if (!call.path().startsWith("/v1/")) {
                continue;
            }
            String status = String.valueOf(call.status());
            Optional<Operation> operation = operations.stream()
                    .filter(candidate -> candidate.matches(call.method(), call.path()))
                    .max(Comparator.comparingInt(Operation::literalSegments));
            if (operation.isPresent() && !operation.get().responses().containsKey(status)) {
                unlisted.add(call + " is not listed under " + operation.get());
            } else if (operation.isEmpty() && !ANSWERS_WITHOUT_OPERATION.contains(status)) {
                unlisted.add(call + " matches no operation and is not a 404 or 405");
            }
        }
        if (!unlisted.isEmpty()) {
            fail(unlisted.size() + " answers seen by the tests are not in the document of " + baseUrl + ":\n  "
                    + String.join("\n  ", unlisted));
        }
    }

    /**
     * Fails listing every break of the platform's rules: readable schema names; every operation lists
     * a success, and every error it lists is a problem+json Problem; every parameter of a path template
     * is declared; the public operations, and only they, need no token.
     */
    public void assertFollowsThePlatformRules(Set<String> publicOperations) {
        List<String> broken = new ArrayList<>();
        for (String name : document.getJsonObject("components").getJsonObject("schemas").keySet()) {
            if (!READABLE_SCHEMA_NAME.matcher(name).matches() || Set.of("Request", "Response").contains(name)) {
                broken.add("schema name " + name + " does not say what it holds");
            }
        }
        for (Operation operation : operations) {
            if (operation.responses().keySet().stream().noneMatch(code -> code.startsWith("2") || code.equals("304"))) {
                broken.add(operation + " lists no success");
            }
            operation.responses().forEach((code, response) -> {
                if ((code.startsWith("4") || code.startsWith("5")) && !PROBLEM_REF.equals(problemSchemaRef(response))) {
                    broken.add(operation + ": " + code + " is not application/problem+json with the Problem schema");
                }
            });
            Matcher parameter = TEMPLATE_PARAMETER.matcher(operation.template());
            while (parameter.find()) {
                if (!operation.pathParameters().contains(parameter.group(1))) {
                    broken.add(operation + " does not declare its path parameter " + parameter.group(1));
                }
            }
            boolean markedPublic = operation.isPublic();
            if (markedPublic != publicOperations.contains(operation.method() + " " + operation.template())) {
                broken.add(operation + (markedPublic ? " is marked public" : " is not marked public (security: [])"));
            }
        }
        if (!broken.isEmpty()) {
            fail(broken.size() + " breaks of the platform's rules in the OpenAPI document:\n  "
                    + String.join("\n  ", broken));
        }
    }

    private static String problemSchemaRef(JsonValue response) {
        JsonObject content = response.asJsonObject().getJsonObject("content");
        if (content == null || !content.containsKey("application/problem+json")) {
            return null;
        }
        JsonObject schema = content.getJsonObject("application/problem+json").getJsonObject("schema");
        return schema == null ? null : schema.getString("$ref", null);
    }

    /** One operation: its method, path template and definition. */
    record Operation(String method, String template, Pattern path, JsonObject definition, List<JsonObject> parameters) {

        /** pathItemParameters: the parameters the path's operations share (null when none). */
        static Operation of(String method, String template, JsonObject definition, JsonArray pathItemParameters) {
            String regex = Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
            List<JsonObject> parameters = new ArrayList<>();
            for (JsonArray declared : new JsonArray[]{pathItemParameters, definition.getJsonArray("parameters")}) {
                if (declared != null) {
                    declared.forEach(parameter -> parameters.add(parameter.asJsonObject()));
                }
            }
            return new Operation(method.toUpperCase(), template, Pattern.compile(regex), definition, parameters);
        }

        JsonObject responses() {
            return definition.getJsonObject("responses");
        }

        List<String> pathParameters() {
            return parameters.stream().filter(parameter -> "path".equals(parameter.getString("in", null)))
                    .map(parameter -> parameter.getString("name")).toList();
        }

        /** security: [] overrides the document's requirement of a token. */
        boolean isPublic() {
            return definition.containsKey("security") && definition.getJsonArray("security").isEmpty();
        }

        boolean matches(String method, String rawPath) {
            return this.method.equals(method) && path.matcher(rawPath).matches();
        }

        /** Prefers /v1/licenses/validation over /v1/licenses/{licenseId} for the path both match. */
        int literalSegments() {
            return (int) (template.chars().filter(c -> c == '/').count() - template.chars().filter(c -> c == '{').count());
        }

        @Override
        public String toString() {
            return method + " " + template + " " + responses().keySet();
        }
    }
}
