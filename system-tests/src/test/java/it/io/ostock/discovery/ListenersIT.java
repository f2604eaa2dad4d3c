package it.io.ostock.discovery;

import io.ostock.testsupport.StackEnv;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everything ops/stack starts listens on BIND_ADDRESS (127.0.0.1 by default) only: from this
 * machine's own network address, which another machine would use, nothing answers, while the
 * loopback address does. Covers the Eureka peers, both services (their API, /metrics, /health and
 * the admin center's port) and the tests' Keycloak and Redis.
 */
class ListenersIT {

    private static final Map<String, String> LISTENERS = Map.of(
            "Eureka peer 1", "DISCOVERY_IT_EUREKA_PEER1_PORT",
            "Eureka peer 2", "DISCOVERY_IT_EUREKA_PEER2_PORT",
            "Organization (HTTP)", "DISCOVERY_IT_ORGANIZATION_1_HTTP_PORT",
            "Organization (HTTPS, admin center)", "DISCOVERY_IT_ORGANIZATION_1_HTTPS_PORT",
            "Licensing (HTTP)", "DISCOVERY_IT_LICENSING_HTTP_PORT",
            "Licensing (HTTPS, admin center)", "DISCOVERY_IT_LICENSING_HTTPS_PORT",
            "Keycloak", "KEYCLOAK_IT_HTTP_PORT",
            "Keycloak (management: health, metrics)", "KEYCLOAK_IT_MANAGEMENT_PORT",
            "private Redis", "IT_REDIS_PORT");

    @Test
    void nothingAnswersOnTheMachinesNetworkAddress() throws IOException {
        assertEquals("127.0.0.1", StackEnv.get("BIND_ADDRESS"), "this test checks the native default");
        InetAddress outside = networkAddress();
        List<String> exposed = new ArrayList<>();
        for (Map.Entry<String, String> listener : LISTENERS.entrySet()) {
            int port = StackEnv.port(listener.getValue());
            assertTrue(answers(InetAddress.getLoopbackAddress(), port), listener.getKey() + " answers on 127.0.0.1:" + port);
            if (answers(outside, port)) {
                exposed.add(listener.getKey() + " on " + outside.getHostAddress() + ":" + port);
            }
        }
        assertEquals(List.of(), exposed, "listeners reachable from other machines");
    }

    /** This machine's first IPv4 address that is not loopback: what other machines would connect to. */
    private static InetAddress networkAddress() throws SocketException {
        for (NetworkInterface network : NetworkInterface.networkInterfaces().toList()) {
            if (!network.isUp() || network.isLoopback()) {
                continue;
            }
            for (InetAddress address : network.inetAddresses().toList()) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return address;
                }
            }
        }
        throw new AssertionError("This machine has no network address other than loopback: nothing to check against");
    }

    private static boolean answers(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
