package it.io.ostock.organization;

import io.ostock.testsupport.ApiResponse;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static io.ostock.testsupport.ProblemAssertions.assertProblem;
import static it.io.ostock.organization.OrganizationApi.API;
import static it.io.ostock.organization.OrganizationApi.ORGS;
import static it.io.ostock.organization.OrganizationApi.createChild;
import static it.io.ostock.organization.OrganizationApi.createOrganization;
import static it.io.ostock.organization.OrganizationApi.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicroShedTest
class OrganizationResourceIT {

    @Test
    void createReadUpdateDelete() {
        String name = unique("Acme");
        ApiResponse created = API.post(ORGS, "{\"name\":\"" + name + "\"}");
        assertEquals(201, created.status(), created::toString);
        String id = created.createdId();
        assertTrue(created.header("Location").orElseThrow().endsWith(ORGS + "/" + id));
        assertEquals("\"0\"", created.etag());
        assertEquals("ACTIVE", created.json().getString("status"));

        ApiResponse read = API.get(ORGS + "/" + id);
        assertEquals(200, read.status());
        assertEquals(name, read.json().getString("name"));
        assertEquals(created.etag(), read.etag());

        ApiResponse updated = API.put(ORGS + "/" + id, "{\"name\":\"" + name + " Renamed\",\"status\":\"SUSPENDED\"}",
                read.etag());
        assertEquals(200, updated.status(), updated::toString);
        assertEquals("SUSPENDED", updated.json().getString("status"));
        assertNotEquals(read.etag(), updated.etag());
        assertEquals(name + " Renamed", API.get(ORGS + "/" + id).json().getString("name"));

        assertEquals(204, API.delete(ORGS + "/" + id).status());
        assertProblem(API.get(ORGS + "/" + id), 404);
        assertProblem(API.delete(ORGS + "/" + id), 404);
    }

    @Test
    void aMatchingIfNoneMatchAnswers304() {
        String id = createOrganization(unique("Cached"));
        ApiResponse read = API.get(ORGS + "/" + id);
        ApiResponse again = API.send("GET", ORGS + "/" + id, null, Map.of("If-None-Match", read.etag()));
        assertEquals(304, again.status());
    }

    @Test
    void listsArePagedWithATotalAndFilteredByNamePrefixAndStatus() {
        String prefix = unique("Paging");
        for (int i = 0; i < 5; i++) {
            createOrganization(prefix + " " + i);
        }
        String suspended = createOrganization(prefix + " suspended");
        API.put(ORGS + "/" + suspended, "{\"name\":\"" + prefix + " suspended\",\"status\":\"SUSPENDED\"}");

        String byPrefix = ORGS + "?name=" + encode(prefix.toLowerCase());
        JsonObject firstPage = API.get(byPrefix + "&limit=2").json();
        assertEquals(6, firstPage.getInt("total"));
        assertEquals(2, firstPage.getJsonArray("items").size());
        assertEquals(prefix + " 0", firstPage.getJsonArray("items").getJsonObject(0).getString("name"));

        JsonObject lastPage = API.get(byPrefix + "&limit=2&offset=4").json();
        assertEquals(List.of(prefix + " 4", prefix + " suspended"), names(lastPage));

        JsonObject active = API.get(byPrefix + "&status=ACTIVE&limit=100").json();
        assertEquals(5, active.getInt("total"));
        JsonObject onlySuspended = API.get(byPrefix + "&status=SUSPENDED").json();
        assertEquals(List.of(prefix + " suspended"), names(onlySuspended));

        assertEquals(0, API.get(ORGS + "?name=" + encode("%")).json().getJsonArray("items").stream()
                .filter(o -> o.asJsonObject().getString("name").startsWith(prefix)).count(),
                "a LIKE wildcard in the prefix matches literally");
    }

    @Test
    void namesAreUniqueRegardlessOfCase() {
        String name = unique("Unique");
        createOrganization(name);
        assertProblem(API.post(ORGS, "{\"name\":\"" + name.toUpperCase() + "\"}"), 409);
        String other = createOrganization(unique("Other"));
        assertProblem(API.put(ORGS + "/" + other, "{\"name\":\"" + name.toLowerCase() + "\",\"status\":\"ACTIVE\"}"),
                409);
    }

    @Test
    void staleIfMatchIsRefusedWith412AndChangesNothing() {
        String name = unique("Stale");
        String id = createOrganization(name);
        String firstEtag = API.get(ORGS + "/" + id).etag();
        assertEquals(200, API.put(ORGS + "/" + id, "{\"name\":\"" + name + " v2\",\"status\":\"ACTIVE\"}", firstEtag)
                .status());
        assertProblem(API.put(ORGS + "/" + id, "{\"name\":\"" + name + " v3\",\"status\":\"ACTIVE\"}", firstEtag), 412);
        assertEquals(name + " v2", API.get(ORGS + "/" + id).json().getString("name"));
    }

    @Test
    void ofTwoConcurrentUpdatesWithOneEtagExactlyOneWins() {
        for (int round = 0; round < 5; round++) {
            String name = unique("Race");
            String id = createOrganization(name);
            String etag = API.get(ORGS + "/" + id).etag();
            List<CompletableFuture<ApiResponse>> racers = List.of("A", "B").stream()
                    .map(writer -> CompletableFuture.supplyAsync(() -> API.put(ORGS + "/" + id,
                            "{\"name\":\"" + name + " by " + writer + "\",\"status\":\"ACTIVE\"}", etag)))
                    .toList();
            Map<Integer, Long> statuses = racers.stream().map(CompletableFuture::join)
                    .collect(Collectors.groupingBy(ApiResponse::status, Collectors.counting()));
            assertEquals(Map.of(200, 1L, 412, 1L), statuses, "round " + round);
            assertEquals("\"1\"", API.get(ORGS + "/" + id).etag(), "one update, one version step");
        }
    }

    @Test
    void deletingAnOrganizationWithDataIsRefusedUnlessCascaded() {
        String id = createOrganization(unique("Parent"));
        String contactId = createChild(id, "contacts", "{\"name\":\"Ann\",\"email\":\"ann@example.com\"}");
        createChild(id, "units", "{\"name\":\"HQ\"}");

        assertProblem(API.delete(ORGS + "/" + id), 409);
        assertEquals(200, API.get(ORGS + "/" + id + "/contacts/" + contactId).status(), "nothing was deleted");

        assertEquals(204, API.delete(ORGS + "/" + id + "?cascade=true").status());
        assertProblem(API.get(ORGS + "/" + id), 404);
        assertProblem(API.get(ORGS + "/" + id + "/contacts/" + contactId), 404);
    }

    @Test
    void pingIsAConstantAnswer() {
        ApiResponse pong = API.get("/v1/ping");
        assertEquals(200, pong.status());
        assertEquals("ok", pong.json().getString("status"));
    }

    private static List<String> names(JsonObject page) {
        return page.getJsonArray("items").stream().map(o -> o.asJsonObject().getString("name")).toList();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
