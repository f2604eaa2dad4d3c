package it.io.ostock.organization;

import io.ostock.testsupport.Api;
import io.ostock.testsupport.ApiResponse;
import io.ostock.testsupport.TokenSource;
import org.microshed.testing.ApplicationEnvironment;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Organization service under test, as a client sees it. MicroShed Testing (manual mode) gives the
 * URL of the server that liberty-maven-plugin started; tokens come from the tests' real Keycloak;
 * names get a random suffix so that tests never depend on each other's data.
 */
final class OrganizationApi {

    static final String URL = ApplicationEnvironment.Resolver.load().getApplicationURL();
    /** The platform administrator: may do everything, so tests of behaviour use it by default. */
    static final Api API = new Api(URL, TokenSource.user("admin"));
    static final Api ANONYMOUS = new Api(URL);
    static final String ORGS = "/v1/organizations";

    private OrganizationApi() {
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static String createOrganization(String name) {
        ApiResponse created = API.post(ORGS, "{\"name\":\"" + name + "\"}");
        assertEquals(201, created.status(), created::toString);
        return created.createdId();
    }

    static String createChild(String orgId, String collection, String json) {
        ApiResponse created = API.post(ORGS + "/" + orgId + "/" + collection, json);
        assertEquals(201, created.status(), created::toString);
        return created.createdId();
    }

    static long total(String path) {
        ApiResponse list = API.get(path);
        assertEquals(200, list.status(), list::toString);
        return list.json().getJsonNumber("total").longValue();
    }
}
