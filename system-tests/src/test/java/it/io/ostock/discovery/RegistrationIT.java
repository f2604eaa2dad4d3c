package it.io.ostock.discovery;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static it.io.ostock.discovery.DiscoveryWorld.LICENSING;
import static it.io.ostock.discovery.DiscoveryWorld.ORGANIZATION_1;
import static it.io.ostock.discovery.DiscoveryWorld.ORGANIZATION_2;
import static it.io.ostock.discovery.DiscoveryWorld.PEER_1;
import static it.io.ostock.discovery.DiscoveryWorld.PEER_2;
import static it.io.ostock.discovery.DiscoveryWorld.awaitUpPorts;
import static it.io.ostock.discovery.DiscoveryWorld.registered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every service registers itself once ready, under its contract name, with URLs that work. */
class RegistrationIT {

    @Test
    void bothServicesAreRegisteredOnBothPeersWithTheirUrls() {
        // ops/stack waited for each server's readiness: registration follows within a heartbeat or two.
        for (int peer : new int[] {PEER_1, PEER_2}) {
            awaitUpPorts(peer, "ORGANIZATION-SERVICE", List.of(ORGANIZATION_1, ORGANIZATION_2), Duration.ofSeconds(10));
            awaitUpPorts(peer, "LICENSING-SERVICE", List.of(LICENSING), Duration.ofSeconds(10));
        }
        JsonObject licensing = registered(PEER_1, "LICENSING-SERVICE").get(0);
        assertEquals("localhost:licensing-service:" + LICENSING, licensing.getString("instanceId"));
        assertEquals("localhost", licensing.getString("hostName"));
        assertEquals("http://localhost:" + LICENSING + "/health", licensing.getString("healthCheckUrl"));
        assertEquals("http://localhost:" + LICENSING + "/health/ready", licensing.getString("statusPageUrl"));
        assertEquals("http://localhost:" + LICENSING + "/", licensing.getString("homePageUrl"));
        assertTrue(licensing.getJsonObject("metadata").containsKey("version"), "metadata carries the version");
        assertEquals(DiscoveryWorld.LEASE.toSeconds(),
                licensing.getJsonObject("leaseInfo").getInt("durationInSecs"), "the lease the client asked for");
    }

    @Test
    void theRegisteredUrlsAnswer() throws Exception {
        for (JsonObject instance : registered(PEER_2, "ORGANIZATION-SERVICE")) {
            var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(instance.getString("statusPageUrl"))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), instance.getString("statusPageUrl") + " is the instance's readiness");
        }
    }
}
