package it.io.ostock.discovery;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static it.io.ostock.discovery.DiscoveryWorld.LEASE;
import static it.io.ostock.discovery.DiscoveryWorld.ORGANIZATION_1;
import static it.io.ostock.discovery.DiscoveryWorld.ORGANIZATION_2;
import static it.io.ostock.discovery.DiscoveryWorld.PEER_1;
import static it.io.ostock.discovery.DiscoveryWorld.PEER_2;
import static it.io.ostock.discovery.DiscoveryWorld.awaitUpPorts;
import static it.io.ostock.discovery.DiscoveryWorld.licensedOrganization;
import static it.io.ostock.discovery.DiscoveryWorld.readAskingOrganization;
import static it.io.ostock.discovery.DiscoveryWorld.stack;
import static it.io.ostock.discovery.DiscoveryWorld.upPorts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Organization instances going away: gracefully (deregistered at once) or killed (evicted after the lease). */
class InstanceFailureIT {

    private static final List<Integer> BOTH = List.of(ORGANIZATION_1, ORGANIZATION_2);

    @AfterEach
    void bothInstancesBack() {
        stack("organization-2", "start");
        awaitUpPorts(PEER_1, "ORGANIZATION-SERVICE", BOTH, Duration.ofSeconds(30));
    }

    @Test
    void aGracefulStopDeregistersAtOnce() {
        awaitUpPorts(PEER_1, "ORGANIZATION-SERVICE", BOTH, Duration.ofSeconds(30));
        stack("organization-2", "stop");
        // No lease has to run out: the instance said goodbye before its HTTP port closed.
        assertEquals(List.of(ORGANIZATION_1), upPorts(PEER_1, "ORGANIZATION-SERVICE"));
        awaitUpPorts(PEER_2, "ORGANIZATION-SERVICE", List.of(ORGANIZATION_1), Duration.ofSeconds(2));
    }

    @Test
    void aKilledInstanceIsEvictedAfterItsLeaseAndCallsSucceedMeanwhile() {
        awaitUpPorts(PEER_1, "ORGANIZATION-SERVICE", BOTH, Duration.ofSeconds(30));
        String license = licensedOrganization();
        long killedAt = System.nanoTime();
        stack("organization-2", "kill");

        assertEquals(BOTH, upPorts(PEER_1, "ORGANIZATION-SERVICE"), "a killed instance says nothing: still listed");
        int calls = 0;
        while (upPorts(PEER_1, "ORGANIZATION-SERVICE").size() == 2) {
            assertTrue(readAskingOrganization(license).getBoolean("available"),
                    "call " + calls + " succeeded (retried on the live instance)");
            calls++;
            assertTrue(System.nanoTime() - killedAt < Duration.ofSeconds(60).toNanos(), "evicted within a minute");
        }
        long evictedAfter = Duration.ofNanos(System.nanoTime() - killedAt).toSeconds();
        assertEquals(List.of(ORGANIZATION_1), upPorts(PEER_1, "ORGANIZATION-SERVICE"));
        assertTrue(evictedAfter >= LEASE.toSeconds(), "not before the lease ran out: " + evictedAfter + " s");
        assertTrue(calls >= 10, "licensing kept calling meanwhile: " + calls + " calls");
        for (int i = 0; i < 10; i++) {
            assertTrue(readAskingOrganization(license).getBoolean("available"), "and after the eviction");
        }
    }
}
