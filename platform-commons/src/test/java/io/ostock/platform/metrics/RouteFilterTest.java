package io.ostock.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

class RouteFilterTest {

    @Path("organizations/{orgId}/licenses")
    static class Licenses {
        @GET
        public void list() {
        }

        @GET
        @Path("/{licenseId}/")
        public void read() {
        }
    }

    @Path("/")
    static class Root {
        @GET
        public void root() {
        }
    }

    @Test
    void aRouteIsTheApplicationClassAndMethodPathsJoined() throws Exception {
        assertEquals("/v1/organizations/{orgId}/licenses",
                RouteFilter.template("/v1/", Licenses.class, Licenses.class.getMethod("list")));
        assertEquals("/v1/organizations/{orgId}/licenses/{licenseId}",
                RouteFilter.template("/v1/", Licenses.class, Licenses.class.getMethod("read")));
        assertEquals("/organizations/{orgId}/licenses/{licenseId}",
                RouteFilter.template("/", Licenses.class, Licenses.class.getMethod("read")));
        assertEquals("/", RouteFilter.template("/", Root.class, Root.class.getMethod("root")));
    }
}
