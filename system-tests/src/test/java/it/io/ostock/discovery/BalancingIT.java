package it.io.ostock.discovery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static it.io.ostock.discovery.DiscoveryWorld.ORGANIZATION_1;
import static it.io.ostock.discovery.DiscoveryWorld.ORGANIZATION_1_ADMIN;
import static it.io.ostock.discovery.DiscoveryWorld.ORGANIZATION_2;
import static it.io.ostock.discovery.DiscoveryWorld.ORGANIZATION_2_ADMIN;
import static it.io.ostock.discovery.DiscoveryWorld.PEER_1;
import static it.io.ostock.discovery.DiscoveryWorld.awaitUpPorts;
import static it.io.ostock.discovery.DiscoveryWorld.licensedOrganization;
import static it.io.ostock.discovery.DiscoveryWorld.organizationReads;
import static it.io.ostock.discovery.DiscoveryWorld.readAskingOrganization;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Licensing spreads its calls over the healthy Organization instances (round-robin). */
class BalancingIT {

    @Test
    void aHundredCallsAreSharedBetweenTwoHealthyInstances() {
        awaitUpPorts(PEER_1, "ORGANIZATION-SERVICE", List.of(ORGANIZATION_1, ORGANIZATION_2), Duration.ofSeconds(30));
        String license = licensedOrganization();
        double before1 = organizationReads(ORGANIZATION_1_ADMIN);
        double before2 = organizationReads(ORGANIZATION_2_ADMIN);

        for (int i = 0; i < 100; i++) {
            assertTrue(readAskingOrganization(license).getBoolean("available"), "call " + i + " reached Organization");
        }

        double served1 = organizationReads(ORGANIZATION_1_ADMIN) - before1;
        double served2 = organizationReads(ORGANIZATION_2_ADMIN) - before2;
        assertTrue(served1 + served2 >= 100, "every call reached an instance: " + served1 + " + " + served2);
        assertTrue(served1 >= 40 && served1 <= 60, "instance 1 served " + served1 + " of 100");
        assertTrue(served2 >= 40 && served2 <= 60, "instance 2 served " + served2 + " of 100");
    }
}
