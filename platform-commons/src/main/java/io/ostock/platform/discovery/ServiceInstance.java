package io.ostock.platform.discovery;

import java.net.URI;

/** One registered instance of a service, as the Eureka registry lists it. */
public record ServiceInstance(String instanceId, String app, URI baseUri, String status) {

    public boolean up() {
        return "UP".equals(status);
    }
}
