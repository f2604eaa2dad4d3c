package it.io.ostock.organization.security;

import io.ostock.testsupport.Api;
import io.ostock.testsupport.ApiResponse;
import io.ostock.testsupport.Keycloak;
import io.ostock.testsupport.RealmExport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keycloak really stopped (the tests' private instance) and started again, and a signing key
 * rotated: the service keeps validating with the keys it has and learns new ones when it must.
 */
@MicroShedTest
class KeycloakOutageIT {

    private static final String URL = ApplicationEnvironment.Resolver.load().getApplicationURL();
    private static final String ORGS = "/v1/organizations";

    @AfterEach
    void keycloakIsBack() {
        Keycloak.start();
    }

    @Test
    void tokensIssuedBeforeAnOutageKeepWorkingAndNewLoginsFailCleanly() {
        String admin = Keycloak.userToken("admin");
        Api api = new Api(URL, () -> admin);
        assertEquals(200, api.get(ORGS).status(), "keys are fetched while Keycloak is up");

        Keycloak.stop();
        assertEquals(200, api.get(ORGS).status(), "a token issued before still works");
        assertThrows(IllegalStateException.class, () -> Keycloak.userToken("admin"), "no new login while it is down");
        ApiResponse forged = new Api(URL, () -> admin.substring(0, admin.lastIndexOf('.') + 1) + "AAAA").get(ORGS);
        assertEquals(401, forged.status(), "an unverifiable token is refused, not a server error");

        Keycloak.start();
        String fresh = Keycloak.userToken("admin");
        assertEquals(200, new Api(URL, () -> fresh).get(ORGS).status());
    }

    @Test
    void aRotatedSigningKeyIsPickedUp() {
        String before = Keycloak.userToken("admin");
        assertEquals(200, new Api(URL, () -> before).get(ORGS).status());
        ApiResponse added = Keycloak.admin("POST", "/components", """
                {"name":"rotated-rsa","providerId":"rsa-generated","providerType":"org.keycloak.keys.KeyProvider",
                 "parentId":"%s","config":{"priority":["500"],"keySize":["2048"],"active":["true"],"enabled":["true"]}}
                """.formatted(Keycloak.admin("GET", "", null).json().getString("id")));
        assertEquals(201, added.status(), added::toString);
        String componentId = added.header("Location").orElseThrow().replaceAll(".*/", "");
        try {
            String after = Keycloak.userToken("admin");
            assertNotEquals(kid(before), kid(after), "Keycloak signs with the new key");
            ApiResponse read = new Api(URL, () -> after).get(ORGS);
            assertEquals(200, read.status(), read::toString);
        } finally {
            Keycloak.admin("DELETE", "/components/" + componentId, null);
        }
    }

    private static String kid(String jwt) {
        String header = new String(java.util.Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(header.contains("\"kid\""), header);
        return header.replaceAll(".*\"kid\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }
}
