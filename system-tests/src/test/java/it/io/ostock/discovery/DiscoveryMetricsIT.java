package it.io.ostock.discovery;

import io.ostock.testsupport.Api;
import io.ostock.testsupport.Eventually;
import io.ostock.testsupport.Metrics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static it.io.ostock.discovery.DiscoveryWorld.LICENSING_ADMIN;
import static it.io.ostock.discovery.DiscoveryWorld.ORGANIZATION_1;
import static it.io.ostock.discovery.DiscoveryWorld.ORGANIZATION_2;
import static it.io.ostock.discovery.DiscoveryWorld.PEER_1;
import static it.io.ostock.discovery.DiscoveryWorld.PEER_2;
import static it.io.ostock.discovery.DiscoveryWorld.REGISTRY_FETCH;
import static it.io.ostock.discovery.DiscoveryWorld.awaitUpPorts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an operator's Prometheus sees of discovery: the client's view in licensing, and each peer's. */
class DiscoveryMetricsIT {

    @Test
    void licensingReportsTheInstancesItKnowsAndHowOldItsRegistryIs() {
        awaitUpPorts(PEER_1, "ORGANIZATION-SERVICE", List.of(ORGANIZATION_1, ORGANIZATION_2), Duration.ofSeconds(30));
        Eventually.await(Duration.ofSeconds(10), "licensing knows both Organization instances", () ->
                Metrics.sum(LICENSING_ADMIN, "discovery_instances", "service=\"ORGANIZATION-SERVICE\"") == 2);

        double age = Metrics.sum(LICENSING_ADMIN, "discovery_registry_age_seconds", "");
        assertTrue(age >= 0 && age <= REGISTRY_FETCH.toSeconds() + 2,
                "the registry is read every " + REGISTRY_FETCH.toSeconds() + " s; its age is " + age + " s");
        assertTrue(LICENSING_ADMIN.get("/metrics").body().contains("discovery_heartbeat_failures_total"),
                "heartbeat failures are counted (the outage test sees the count rise)");
    }

    @Test
    void eachPeerReportsTheInstancesItListsOnItsPrometheusEndpoint() {
        for (int peer : new int[] {PEER_1, PEER_2}) {
            awaitUpPorts(peer, "ORGANIZATION-SERVICE", List.of(ORGANIZATION_1, ORGANIZATION_2), Duration.ofSeconds(30));
            Api actuator = new Api("http://localhost:" + peer);
            Eventually.await(Duration.ofSeconds(10), "peer " + peer + " reports both Organization instances UP", () ->
                    Metrics.sumAt(actuator, "/actuator/prometheus", "eureka_server_instances",
                            "application=\"ORGANIZATION-SERVICE\"", "status=\"UP\"") == 2);
            assertEquals(1, Metrics.sumAt(actuator, "/actuator/prometheus", "eureka_server_instances",
                    "application=\"LICENSING-SERVICE\"", "status=\"UP\""), "peer " + peer + " lists licensing");
        }
    }
}
