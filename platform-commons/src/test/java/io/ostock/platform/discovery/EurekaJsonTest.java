package io.ostock.platform.discovery;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EurekaJsonTest {

    @Test
    void anInstanceIsReachedAtTheAddressOfItsHostName() {
        assertEquals("127.0.0.1", ipAddrOf("localhost"), "the native stack");
        assertEquals("127.0.0.1", ipAddrOf("127.0.0.1"));
        assertEquals("10.1.2.3", ipAddrOf("10.1.2.3"));
    }

    @Test
    void aNameThatDoesNotResolveIsRegisteredAsItIs() {
        assertEquals("no-such-host.invalid", ipAddrOf("no-such-host.invalid"));
    }

    private static String ipAddrOf(String host) {
        String body = EurekaJson.instance("id", "ORGANIZATION-SERVICE", host, 8081, 30, 90, Map.of());
        JsonObject instance = Json.createReader(new StringReader(body)).readObject().getJsonObject("instance");
        assertEquals(host, instance.getString("hostName"));
        return instance.getString("ipAddr");
    }
}
