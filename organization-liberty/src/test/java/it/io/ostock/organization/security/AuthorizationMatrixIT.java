package it.io.ostock.organization.security;

import io.ostock.testsupport.Api;
import io.ostock.testsupport.ApiResponse;
import io.ostock.testsupport.RealmExport;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.ostock.testsupport.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every endpoint against every kind of caller. The table below is the specification: one row per
 * endpoint, one column per caller (see {@link Callers}); a missing cell fails the table check.
 * "own" is a USER of the organization acted on, "other" a USER of another organization.
 */
@MicroShedTest
class AuthorizationMatrixIT {

    private static final String MATRIX = """
            method path                       none malformed expired issuer audience signature own other service admin
            GET /organizations                 401  401       401     401    401      401       200 200   200     200
            POST /organizations                401  401       401     401    401      401       403 403   403     201
            GET /organizations/{org}           401  401       401     401    401      401       200 403   200     200
            PUT /organizations/{org}           401  401       401     401    401      401       403 403   403     200
            DELETE /organizations/{org}        401  401       401     401    401      401       403 403   403     204
            GET /contacts                      401  401       401     401    401      401       200 403   200     200
            POST /contacts                     401  401       401     401    401      401       201 403   403     201
            GET /contacts/{id}                 401  401       401     401    401      401       200 403   200     200
            PUT /contacts/{id}                 401  401       401     401    401      401       200 403   403     200
            DELETE /contacts/{id}              401  401       401     401    401      401       204 403   403     204
            GET /groups                        401  401       401     401    401      401       200 403   200     200
            POST /groups                       401  401       401     401    401      401       201 403   403     201
            GET /groups/{id}                   401  401       401     401    401      401       200 403   200     200
            PUT /groups/{id}                   401  401       401     401    401      401       200 403   403     200
            DELETE /groups/{id}                401  401       401     401    401      401       204 403   403     204
            GET /groups/{id}/members           401  401       401     401    401      401       200 403   200     200
            POST /groups/{id}/members          401  401       401     401    401      401       201 403   403     201
            GET /groups/{id}/members/{id}      401  401       401     401    401      401       200 403   200     200
            PUT /groups/{id}/members/{id}      401  401       401     401    401      401       200 403   403     200
            DELETE /groups/{id}/members/{id}   401  401       401     401    401      401       204 403   403     204
            GET /partners                      401  401       401     401    401      401       200 403   200     200
            POST /partners                     401  401       401     401    401      401       201 403   403     201
            GET /partners/{id}                 401  401       401     401    401      401       200 403   200     200
            PUT /partners/{id}                 401  401       401     401    401      401       200 403   403     200
            DELETE /partners/{id}              401  401       401     401    401      401       204 403   403     204
            GET /units                         401  401       401     401    401      401       200 403   200     200
            GET /units/tree                    401  401       401     401    401      401       200 403   200     200
            POST /units                        401  401       401     401    401      401       201 403   403     201
            GET /units/{id}                    401  401       401     401    401      401       200 403   200     200
            PUT /units/{id}                    401  401       401     401    401      401       200 403   403     200
            DELETE /units/{id}                 401  401       401     401    401      401       204 403   403     204
            GET /me                            401  401       401     401    401      401       200 200   200     200
            """;

    private static final String URL = ApplicationEnvironment.Resolver.load().getApplicationURL();
    private static final Api ADMIN = new Api(URL, Callers.ADMIN.token());
    private static final String ORG = RealmExport.organizationId(Callers.OWN_USER);
    private static final String ORGS = "/v1/organizations";

    /** A request to make; built per cell, so that writes act on fresh data. */
    private record Call(String method, String path, String body) {
    }

    @BeforeAll
    static void theOwnOrganizationExistsAndAnExpiredTokenIsReady() throws InterruptedException {
        ApiResponse created = ADMIN.post(ORGS, "{\"id\":\"" + ORG + "\",\"name\":\"Matrix " + ORG + "\"}");
        assertTrue(created.status() == 201 || created.status() == 409, created::toString);
        Callers.prepareExpiredToken();
    }

    @Test
    void theTableHasACellForEveryEndpointAndCaller() {
        List<String> rows = rows();
        assertEquals(endpoints().size(), rows.size() - 1, "one row per endpoint");
        for (String row : rows) {
            assertEquals(2 + Callers.values().length, row.trim().split("\\s+").length, () -> "incomplete row: " + row);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryCallerAsTheTableSays() {
        List<DynamicTest> cells = new ArrayList<>();
        Map<String, Function<Callers, Call>> endpoints = endpoints();
        for (String row : rows().subList(1, rows().size())) {
            String[] columns = row.trim().split("\\s+");
            String endpoint = columns[0] + " " + columns[1];
            Function<Callers, Call> call = endpoints.get(endpoint);
            assertTrue(call != null, "no request for table row " + endpoint);
            for (Callers caller : Callers.values()) {
                int expected = Integer.parseInt(columns[2 + caller.ordinal()]);
                cells.add(DynamicTest.dynamicTest(endpoint + " as " + caller + " -> " + expected, () -> {
                    Call request = call.apply(caller);
                    ApiResponse response = new Api(URL, caller.token()).send(request.method(), request.path(),
                            request.body(), Map.of());
                    assertEquals(expected, response.status(), () -> request + " as " + caller + ": " + response);
                    if (expected == 401 || expected == 403) {
                        assertProblem(response, expected);
                    }
                    if (expected == 401) {
                        assertTrue(response.header("WWW-Authenticate").orElse("").startsWith("Bearer"),
                                "a 401 names the bearer scheme");
                    }
                }));
            }
        }
        return cells.stream();
    }

    @Test
    void aUserListsOnlyItsOwnOrganization() {
        ApiResponse list = new Api(URL, Callers.USER_OWN.token()).get(ORGS + "?limit=100");
        assertEquals(1, list.json().getInt("total"));
        assertEquals(ORG, list.items().getJsonObject(0).getString("id"));
    }

    @Test
    void meShowsWhoTheTokenSaysTheCallerIs() {
        JsonObject alice = new Api(URL, Callers.USER_OWN.token()).get("/v1/me").json();
        assertEquals(Callers.OWN_USER, alice.getString("name"));
        assertTrue(alice.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString).contains("USER"));
        assertEquals(ORG, alice.getString("organizationId"));
        JsonObject admin = ADMIN.get("/v1/me").json();
        assertTrue(admin.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString).contains("ADMIN"));
        assertTrue(!admin.containsKey("organizationId") || admin.isNull("organizationId"), admin::toString);
    }

    @Test
    void pingNeedsNoToken() {
        assertEquals(200, new Api(URL).get("/v1/ping").status());
    }

    private static List<String> rows() {
        return Arrays.stream(MATRIX.split("\n")).filter(line -> !line.isBlank()).toList();
    }

    // ------------------------------------------------------------------ the endpoints and their data

    private static Map<String, Function<Callers, Call>> endpoints() {
        String o = ORGS + "/" + ORG;
        Map<String, Function<Callers, Call>> endpoints = new java.util.LinkedHashMap<>();
        endpoints.put("GET /organizations", c -> new Call("GET", ORGS, null));
        endpoints.put("GET /me", c -> new Call("GET", "/v1/me", null));
        endpoints.put("POST /organizations", c -> new Call("POST", ORGS, "{\"name\":\"" + unique("Org") + "\"}"));
        endpoints.put("GET /organizations/{org}", c -> new Call("GET", o, null));
        endpoints.put("PUT /organizations/{org}", c -> new Call("PUT", o,
                "{\"name\":\"Matrix " + ORG + "\",\"status\":\"ACTIVE\"}"));
        // Only an administrator's delete succeeds, so only it gets a throwaway organization.
        endpoints.put("DELETE /organizations/{org}", c -> new Call("DELETE",
                c == Callers.ADMIN ? ORGS + "/" + created(ORGS, "{\"name\":\"" + unique("Doomed") + "\"}") : o, null));
        child(endpoints, "contacts", o + "/contacts",
                () -> "{\"name\":\"" + unique("Contact") + "\",\"email\":\"someone@example.com\"}");
        child(endpoints, "groups", o + "/groups", () -> "{\"name\":\"" + unique("Group") + "\"}");
        String group = created(o + "/groups", "{\"name\":\"" + unique("Members") + "\"}");
        child(endpoints, "groups/{id}/members", o + "/groups/" + group + "/members",
                () -> "{\"username\":\"" + unique("user").replace(' ', '-') + "\"}");
        child(endpoints, "partners", o + "/partners",
                () -> "{\"name\":\"" + unique("Partner") + "\",\"type\":\"SUPPLIER\",\"since\":\"2020-02-02\"}");
        child(endpoints, "units", o + "/units", () -> "{\"name\":\"" + unique("Unit") + "\"}");
        endpoints.put("GET /units/tree", c -> new Call("GET", o + "/units/tree", null));
        return endpoints;
    }

    /** list, create, read, replace and delete of one child collection. */
    private static void child(Map<String, Function<Callers, Call>> endpoints, String name, String collection,
                              java.util.function.Supplier<String> body) {
        String key = "/" + name;
        endpoints.put("GET " + key, c -> new Call("GET", collection, null));
        endpoints.put("POST " + key, c -> new Call("POST", collection, body.get()));
        endpoints.put("GET " + key + "/{id}", c -> new Call("GET", collection + "/" + created(collection, body.get()), null));
        endpoints.put("PUT " + key + "/{id}", c -> new Call("PUT", collection + "/" + created(collection, body.get()),
                body.get()));
        endpoints.put("DELETE " + key + "/{id}", c -> new Call("DELETE",
                collection + "/" + created(collection, body.get()), null));
    }

    private static String created(String collection, String body) {
        ApiResponse created = ADMIN.post(collection, body);
        assertEquals(201, created.status(), created::toString);
        return created.createdId();
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
