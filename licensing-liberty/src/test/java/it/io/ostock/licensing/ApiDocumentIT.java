package it.io.ostock.licensing;

import io.ostock.testsupport.ApiDocument;
import io.ostock.testsupport.StackEnv;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static it.io.ostock.licensing.LicensingApi.URL;

/**
 * The OpenAPI document says what the service really does. Runs after every other IT of the module
 * (the class order is by @Order; the others have the default), so that it sees all their answers,
 * those of the second licensing instance included.
 */
@Order(Integer.MAX_VALUE)
class ApiDocumentIT {

    private static final String PEER = "http://localhost:" + StackEnv.get("LICENSING_IT_PEER_HTTP_PORT");

    @Test
    void everyOperationFollowsThePlatformRules() {
        ApiDocument.of(URL).assertFollowsThePlatformRules(Set.of("GET /v1/ping"));
    }

    @Test
    void everyAnswerTheTestsSawIsListedUnderItsOperation() {
        ApiDocument.of(URL).assertListsEveryAnswerSeenAt(URL, PEER);
    }
}
