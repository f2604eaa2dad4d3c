package it.io.ostock.discovery;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static it.io.ostock.discovery.DiscoveryWorld.LICENSING;
import static it.io.ostock.discovery.DiscoveryWorld.ORGANIZATION_1;
import static it.io.ostock.discovery.DiscoveryWorld.ORGANIZATION_2;
import static it.io.ostock.discovery.DiscoveryWorld.PEER_1;
import static it.io.ostock.discovery.DiscoveryWorld.PEER_2;
import static it.io.ostock.discovery.DiscoveryWorld.awaitUpPorts;
import static it.io.ostock.discovery.DiscoveryWorld.eurekaRequest;
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

    /**
     * A peer's answers are cached and rebuilt after each registration; one built while a registration
     * lands could miss it and be served for minutes (eureka-server's application.yml says why not).
     * Readers hammer a peer while 200 instances of a probe application register one after the other.
     */
    @Test
    void eachRegistrationIsListedWithinTwoSecondsWhileThePeerIsReadWithoutPause() throws Exception {
        String app = "/apps/REGISTRY-PROBE";
        // No service owns the probe application: the peers' account writes it, as replication would.
        HttpClient http = HttpClient.newHttpClient();
        AtomicBoolean reading = new AtomicBoolean(true);
        List<Thread> readers = IntStream.range(0, 4).mapToObj(i -> new Thread(() -> {
            while (reading.get()) {
                try {
                    http.send(eurekaRequest(PEER_1, app).build(), HttpResponse.BodyHandlers.discarding());
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        })).toList();
        readers.forEach(Thread::start);
        List<String> late = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                String id = "probe-" + i;
                assertEquals(204, http.send(eurekaRequest(PEER_1, app, RegistryAccount.PEER).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(DiscoveryWorld.instanceJson("REGISTRY-PROBE", id, 20000 + i))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode());
                long registered = System.nanoTime();
                while (!http.send(eurekaRequest(PEER_1, app).build(), HttpResponse.BodyHandlers.ofString()).body()
                        .contains("\"" + id + "\"")) {
                    if (System.nanoTime() - registered > Duration.ofSeconds(2).toNanos()) {
                        late.add(id);
                        break;
                    }
                }
            }
        } finally {
            reading.set(false);
            for (int i = 0; i < 200; i++) {
                http.send(eurekaRequest(PEER_1, app + "/probe-" + i, RegistryAccount.PEER).DELETE().build(), HttpResponse.BodyHandlers.discarding());
            }
            for (Thread reader : readers) {
                reader.join();
            }
        }
        assertEquals(List.of(), late, "registrations not listed within 2 s");
    }

    @Test
    void theRegisteredUrlsAnswer() throws Exception {
        for (JsonObject instance : registered(PEER_2, "ORGANIZATION-SERVICE")) {
            var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(instance.getString("statusPageUrl"))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), instance.getString("statusPageUrl") + " is the instance's readiness");
        }
    }
}
