package it.io.ostock.organization;

import io.ostock.testsupport.ApiDocument;
import io.ostock.testsupport.ApiResponse;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static it.io.ostock.organization.OrganizationApi.ANONYMOUS;
import static it.io.ostock.organization.OrganizationApi.URL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document says what the service really does. Runs after every other IT of the module
 * (the class order is by @Order; the others have the default), so that it sees all their answers.
 */
@Order(Integer.MAX_VALUE)
class ApiDocumentIT {

    @Test
    void theDocumentAndItsUserInterfaceNeedNoToken() {
        ApiResponse document = ANONYMOUS.get("/openapi");
        assertEquals(200, document.status());
        for (String path : List.of("/v1/organizations:", "/v1/organizations/{orgId}/contacts:",
                "/v1/organizations/{orgId}/groups/{groupId}/members:", "/v1/organizations/{orgId}/partners:",
                "/v1/organizations/{orgId}/units/tree:")) {
            assertTrue(document.body().contains(path), path);
        }
        assertEquals(200, ANONYMOUS.get("/openapi/ui/").status());
    }

    @Test
    void everyOperationFollowsThePlatformRules() {
        ApiDocument.of(URL).assertFollowsThePlatformRules(Set.of("GET /v1/ping"));
    }

    @Test
    void everyAnswerTheTestsSawIsListedUnderItsOperation() {
        ApiDocument.of(URL).assertListsEveryAnswerSeenAt(URL);
    }
}
