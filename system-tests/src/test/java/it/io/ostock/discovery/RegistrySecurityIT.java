package it.io.ostock.discovery;

import com.sun.net.httpserver.HttpServer;
import io.ostock.testsupport.Keycloak;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static it.io.ostock.discovery.DiscoveryWorld.ORGANIZATION_1;
import static it.io.ostock.discovery.DiscoveryWorld.ORGANIZATION_2;
import static it.io.ostock.discovery.DiscoveryWorld.PEER_1;
import static it.io.ostock.discovery.DiscoveryWorld.PEER_2;
import static it.io.ostock.discovery.DiscoveryWorld.awaitUpPorts;
import static it.io.ostock.discovery.DiscoveryWorld.eurekaRequest;
import static it.io.ostock.discovery.DiscoveryWorld.instanceJson;
import static it.io.ostock.discovery.DiscoveryWorld.registered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registry decides whom licensing calls, so nobody writes it without the right account: an
 * intruder on the network cannot list an instance of their own as ORGANIZATION-SERVICE (where
 * licensing would send its calls and believe the answers), nor remove or silence the real ones.
 * And even an instance that is registered never sees a user's token.
 */
class RegistrySecurityIT {

    private static final String ORGANIZATION_APP = "ORGANIZATION-SERVICE";
    private static final int[] PEERS = {PEER_1, PEER_2};
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** An address the intruder controls: it records every request that reaches it. */
    private HttpServer intruder;
    private final List<String> authorizationsReceived = new CopyOnWriteArrayList<>();

    @BeforeEach
    void listenAsTheIntruder() throws IOException {
        intruder = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        intruder.createContext("/", exchange -> {
            authorizationsReceived.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        intruder.start();
    }

    @AfterEach
    void stopTheIntruder() throws Exception {
        for (int peer : PEERS) {
            send(RegistryAccount.PEER, peer, "/apps/" + ORGANIZATION_APP + "/" + intruderId(), "DELETE", null);
        }
        intruder.stop(0);
    }

    @Test
    void anonymousRequestsAreRefusedOnBothPeersAndChangeNothing() throws Exception {
        String realInstance = "/apps/" + ORGANIZATION_APP + "/localhost:organization-service:" + ORGANIZATION_1;
        for (int peer : PEERS) {
            assertEquals(401, register(RegistryAccount.ANONYMOUS, peer, ORGANIZATION_APP, ORGANIZATION_APP), "registration");
            assertEquals(401, send(RegistryAccount.ANONYMOUS, peer, realInstance, "DELETE", null), "deregistration");
            assertEquals(401, send(RegistryAccount.ANONYMOUS, peer, realInstance + "?status=UP", "PUT", null), "heartbeat");
            assertEquals(401, send(RegistryAccount.ANONYMOUS, peer, realInstance + "/status?value=OUT_OF_SERVICE",
                    "PUT", null), "status override");
            assertEquals(401, send(RegistryAccount.ANONYMOUS, peer, "/peerreplication/batch/", "POST",
                    "{\"replicationList\":[]}"), "peer replication");
            assertEquals(401, send(RegistryAccount.ANONYMOUS, peer, "/apps", "GET", null), "reading the registry");
            assertEquals(200, HTTP.send(HttpRequest.newBuilder(java.net.URI.create(
                    "http://localhost:" + peer + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode(), "the health check stays open");
        }
        for (int peer : PEERS) {
            awaitUpPorts(peer, ORGANIZATION_APP, List.of(ORGANIZATION_1, ORGANIZATION_2), Duration.ofSeconds(5));
        }
    }

    @Test
    void onlyOrganizationsOwnAccountRegistersOrganizationInstances() throws Exception {
        List<String> accepted = new ArrayList<>();
        for (int peer : PEERS) {
            expectRefused(accepted, peer, RegistryAccount.ORGANIZATION.withWrongPassword(), ORGANIZATION_APP, 401);
            expectRefused(accepted, peer, RegistryAccount.PEER.withWrongPassword(), ORGANIZATION_APP, 401);
            expectRefused(accepted, peer, new RegistryAccount("admin", "admin"), ORGANIZATION_APP, 401);
            // Accounts that exist, but are not Organization's.
            expectRefused(accepted, peer, RegistryAccount.LICENSING, ORGANIZATION_APP, 403);
            expectRefused(accepted, peer, RegistryAccount.GATEWAY, ORGANIZATION_APP, 403);
            // Licensing's own application in the path, Organization's in the body (Eureka files it by the body).
            int status = register(RegistryAccount.LICENSING, peer, "LICENSING-SERVICE", ORGANIZATION_APP);
            if (status != 403) {
                accepted.add("licensing's account with LICENSING-SERVICE in the path on " + peer + ": " + status);
            }
            // A body that is not JSON, or of no readable type, is not read at all.
            for (String contentType : List.of("application/xml", "garbage")) {
                int refused = sendTyped(RegistryAccount.LICENSING, peer, "/apps/LICENSING-SERVICE", contentType, "<x/>");
                if (refused != 415) {
                    accepted.add("licensing's account with Content-Type " + contentType + " on " + peer + ": " + refused);
                }
            }
            // Nor may another account remove or silence Organization's instances.
            String realInstance = "/apps/" + ORGANIZATION_APP + "/localhost:organization-service:" + ORGANIZATION_2;
            assertEquals(403, send(RegistryAccount.LICENSING, peer, realInstance, "DELETE", null));
            assertEquals(403, send(RegistryAccount.GATEWAY, peer, realInstance + "/status?value=OUT_OF_SERVICE",
                    "PUT", null));
        }
        assertEquals(List.of(), accepted, "registrations of ORGANIZATION-SERVICE that were not refused");
        Thread.sleep(DiscoveryWorld.REGISTRY_FETCH.toMillis());
        for (int peer : PEERS) {
            assertTrue(registered(peer, ORGANIZATION_APP).stream().noneMatch(this::isIntruder),
                    "the intruder is not listed on " + peer);
            awaitUpPorts(peer, ORGANIZATION_APP, List.of(ORGANIZATION_1, ORGANIZATION_2), Duration.ofSeconds(5));
        }
    }

    @Test
    void licensingNeverCallsAnAddressRegisteredWithoutOrganizationsCredentials() throws Exception {
        for (RegistryAccount forger : List.of(RegistryAccount.ANONYMOUS, RegistryAccount.LICENSING,
                RegistryAccount.GATEWAY, RegistryAccount.ORGANIZATION.withWrongPassword())) {
            for (int peer : PEERS) {
                register(forger, peer, ORGANIZATION_APP, ORGANIZATION_APP);
            }
        }
        register(RegistryAccount.LICENSING, PEER_1, "LICENSING-SERVICE", ORGANIZATION_APP);
        String license = DiscoveryWorld.licensedOrganization();
        // Long enough for licensing to fetch the registry a few times over; every read asks Organization.
        long until = System.nanoTime() + DiscoveryWorld.REGISTRY_FETCH.multipliedBy(4).toNanos();
        int reads = 0;
        while (System.nanoTime() < until || reads < 12) {
            JsonObject organization = DiscoveryWorld.readAskingOrganization(license);
            assertTrue(organization.getBoolean("available"), organization::toString);
            assertTrue(organization.getString("name").startsWith("Discovered "), organization::toString);
            reads++;
        }
        assertEquals(List.of(), authorizationsReceived, "requests that reached the intruder's address");
    }

    /**
     * An instance that Organization's own account registered (as a compromised or misconfigured one
     * would be) is called, but with licensing's service-account token addressed to organization-service,
     * never with the token of the user whose request made licensing ask.
     */
    @Test
    void aCalledInstanceGetsLicensingsServiceTokenNeverTheUsers() throws Exception {
        String license = DiscoveryWorld.licensedOrganization();
        for (int peer : PEERS) {
            assertEquals(204, register(RegistryAccount.ORGANIZATION, peer, ORGANIZATION_APP, ORGANIZATION_APP));
        }
        String userToken = DiscoveryWorld.ADMIN_TOKEN.get();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (authorizationsReceived.isEmpty() && System.nanoTime() < deadline) {
            DiscoveryWorld.readAskingOrganization(license);
        }
        assertFalse(authorizationsReceived.isEmpty(), "licensing called the instance registered by Organization's account");
        for (String authorization : authorizationsReceived) {
            assertTrue(authorization.startsWith("Bearer "), authorization);
            String token = authorization.substring("Bearer ".length());
            assertNotEquals(userToken, token, "the user's token left licensing");
            JsonObject claims = Keycloak.claims(token);
            assertEquals("licensing-service", claims.getString("azp"), "the token is licensing's service account's");
            JsonValue audience = claims.get("aud");
            assertTrue(audience.toString().contains("\"organization-service\""), "audience: " + audience);
            assertFalse(audience.toString().contains("\"ostock\""), "not usable at the platform's other services: "
                    + audience);
        }
    }

    private void expectRefused(List<String> accepted, int peer, RegistryAccount account, String app, int expected)
            throws Exception {
        int status = register(account, peer, app, app);
        if (status != expected) {
            accepted.add(account + " on " + peer + ": " + status + " (expected " + expected + ")");
        }
    }

    /** POST /eureka/apps/PATH_APP with a registration of the intruder's address as BODY_APP. */
    private int register(RegistryAccount account, int peer, String pathApp, String bodyApp) throws Exception {
        return send(account, peer, "/apps/" + pathApp, "POST",
                instanceJson(bodyApp, intruderId(), intruder.getAddress().getPort()));
    }

    private int send(RegistryAccount account, int peer, String path, String method, String json) throws Exception {
        HttpRequest.Builder request = eurekaRequest(peer, path, account).timeout(Duration.ofSeconds(3));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** POST PATH with this body and Content-Type. */
    private int sendTyped(RegistryAccount account, int peer, String path, String contentType, String body)
            throws Exception {
        return HTTP.send(eurekaRequest(peer, path, account).timeout(Duration.ofSeconds(3))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String intruderId() {
        return "intruder:" + intruder.getAddress().getPort();
    }

    private boolean isIntruder(JsonObject instance) {
        return instance.getString("instanceId").equals(intruderId());
    }
}
