package it.io.ostock.organization;

import io.ostock.testsupport.Api;
import io.ostock.testsupport.ApiResponse;
import io.ostock.testsupport.TokenSource;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static io.ostock.testsupport.ProblemAssertions.assertProblem;
import static it.io.ostock.organization.OrganizationApi.API;
import static it.io.ostock.organization.OrganizationApi.ORGS;
import static it.io.ostock.organization.OrganizationApi.URL;
import static it.io.ostock.organization.OrganizationApi.createOrganization;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names as users type them (odd spaces, accents composed or not, other cases) are one name, stored once. */
@MicroShedTest
class TextRulesIT {

    @Test
    void aNameIsStoredTrimmedOfUnicodeBlanksAndInNfc() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = API.post(ORGS, "{\"name\":\"\\u00a0\\u200b Zoe\\u0308 " + tag + "\\u2003\\ufeff\"}");
        assertEquals(201, created.status(), created::toString);
        String stored = "Zo\u00EB " + tag;
        assertEquals(stored, created.json().getString("name"));
        assertEquals(stored, API.get(ORGS + "/" + created.createdId()).json().getString("name"));
    }

    @Test
    void twoSpellingsThatLookTheSameAreOneName() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        createOrganization("Caf\u00E9 Stra\u00DFe " + tag);
        for (String sameName : List.of("Cafe\u0301 Stra\u00DFe " + tag, "CAF\u00C9 STRASSE " + tag,
                "caf\u00E9 strasse " + tag.toUpperCase(), " Caf\u00E9\u00A0Stra\u00DFe " + tag)) {
            ApiResponse answer = API.post(ORGS, "{\"name\":\"" + sameName + "\"}");
            assertProblem(answer, 409);
        }
        ApiResponse other = API.post(ORGS, "{\"name\":\"Caf\u00E9 Strasse " + tag + " 2\"}");
        assertEquals(201, other.status(), other::toString);
    }

    @Test
    void aBodyThatIsNotUtf8IsRefused() throws Exception {
        long before = OrganizationApi.total(ORGS + "?limit=1");
        for (byte[] name : List.of(new byte[] {'A', (byte) 0xC3, 'B'}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {'A', (byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF})) {
            byte[] prefix = "{\"name\":\"".getBytes();
            byte[] body = new byte[prefix.length + name.length + 2];
            System.arraycopy(prefix, 0, body, 0, prefix.length);
            System.arraycopy(name, 0, body, prefix.length, name.length);
            body[body.length - 2] = '"';
            body[body.length - 1] = '}';
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(API.baseUrl() + ORGS))
                    .header("Authorization", "Bearer " + TokenSource.user("admin").get())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertProblem(new ApiResponse(answer.statusCode(), answer), 400);
        }
        assertEquals(before, OrganizationApi.total(ORGS + "?limit=1"), "nothing was created");
    }

    @Test
    void aUserWhoseTokenNamesNoOrganizationSeesNone() {
        Api newcomer = new Api(URL, TokenSource.user("newcomer"));
        ApiResponse listed = newcomer.get(ORGS);
        assertEquals(200, listed.status(), listed::toString);
        assertEquals(0, listed.items().size(), listed::toString);
        assertEquals(0, listed.json().getJsonNumber("total").longValue(), listed::toString);
        String anyOrganization = createOrganization(OrganizationApi.unique("Hidden"));
        assertProblem(newcomer.get(ORGS + "/" + anyOrganization), 403);
        assertProblem(newcomer.get(ORGS + "/" + anyOrganization + "/contacts"), 403);
    }
}
