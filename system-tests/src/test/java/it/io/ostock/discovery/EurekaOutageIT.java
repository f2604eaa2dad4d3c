package it.io.ostock.discovery;

import io.ostock.testsupport.Metrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static it.io.ostock.discovery.DiscoveryWorld.HEARTBEAT;
import static it.io.ostock.discovery.DiscoveryWorld.LICENSING_ADMIN;
import static it.io.ostock.discovery.DiscoveryWorld.LICENSING;
import static it.io.ostock.discovery.DiscoveryWorld.ORGANIZATION_1;
import static it.io.ostock.discovery.DiscoveryWorld.ORGANIZATION_2;
import static it.io.ostock.discovery.DiscoveryWorld.PEER_1;
import static it.io.ostock.discovery.DiscoveryWorld.PEER_2;
import static it.io.ostock.discovery.DiscoveryWorld.awaitUpPorts;
import static it.io.ostock.discovery.DiscoveryWorld.licensedOrganization;
import static it.io.ostock.discovery.DiscoveryWorld.readAskingOrganization;
import static it.io.ostock.discovery.DiscoveryWorld.stack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Eureka itself going away: one peer, then both. */
class EurekaOutageIT {

    private static final List<Integer> BOTH = List.of(ORGANIZATION_1, ORGANIZATION_2);

    @AfterEach
    void peersBack() {
        stack("eureka-1", "start");
        stack("eureka-2", "start");
        awaitUpPorts(PEER_1, "ORGANIZATION-SERVICE", BOTH, Duration.ofSeconds(90));
        awaitUpPorts(PEER_2, "ORGANIZATION-SERVICE", BOTH, Duration.ofSeconds(90));
    }

    @Test
    void withOnePeerStoppedRegistrationAndLookupsGoOnThroughTheOther() {
        awaitUpPorts(PEER_2, "ORGANIZATION-SERVICE", BOTH, Duration.ofSeconds(30));
        String license = licensedOrganization();
        stack("eureka-1", "stop");

        stack("organization-2", "stop");
        awaitUpPorts(PEER_2, "ORGANIZATION-SERVICE", List.of(ORGANIZATION_1), Duration.ofSeconds(5));
        stack("organization-2", "start");
        awaitUpPorts(PEER_2, "ORGANIZATION-SERVICE", BOTH, Duration.ofSeconds(15));
        for (int i = 0; i < 10; i++) {
            assertTrue(readAskingOrganization(license).getBoolean("available"), "lookup " + i + " through peer 2");
        }
    }

    @Test
    void withBothPeersDownLicensingUsesItsCachedRegistryAndEveryoneRegistersAgainAfter() {
        awaitUpPorts(PEER_1, "ORGANIZATION-SERVICE", BOTH, Duration.ofSeconds(30));
        String license = licensedOrganization();
        double heartbeatFailuresBefore = Metrics.sum(LICENSING_ADMIN, "discovery_heartbeat_failures_total", "");
        stack("eureka-1", "kill");
        stack("eureka-2", "kill");

        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        int calls = 0;
        while (System.nanoTime() < until) {
            assertTrue(readAskingOrganization(license).getBoolean("available"), "call " + calls + " from the cached registry");
            calls++;
        }
        // What an operator sees meanwhile: failing heartbeats, an ageing registry that still lists both.
        assertTrue(Metrics.sum(LICENSING_ADMIN, "discovery_heartbeat_failures_total", "") > heartbeatFailuresBefore,
                "heartbeat failures counted while no peer answers");
        double age = Metrics.sum(LICENSING_ADMIN, "discovery_registry_age_seconds", "");
        assertTrue(age >= 4, "the registry was last read before the peers went down, " + age + " s ago");
        assertEquals(2, Metrics.sum(LICENSING_ADMIN, "discovery_instances", "service=\"ORGANIZATION-SERVICE\""),
                "the cached registry still lists both Organization instances");

        // Restarted peers know nobody: each service registers again at its next heartbeat (404).
        stack("eureka-1", "start");
        stack("eureka-2", "start");
        Duration twoHeartbeats = HEARTBEAT.multipliedBy(2).plusSeconds(1);
        for (int peer : new int[] {PEER_1, PEER_2}) {
            DiscoveryWorld.awaitPeerReady(peer);
        }
        awaitUpPorts(PEER_1, "ORGANIZATION-SERVICE", BOTH, twoHeartbeats);
        awaitUpPorts(PEER_1, "LICENSING-SERVICE", List.of(LICENSING), twoHeartbeats);
        awaitUpPorts(PEER_2, "ORGANIZATION-SERVICE", BOTH, twoHeartbeats);
    }
}
