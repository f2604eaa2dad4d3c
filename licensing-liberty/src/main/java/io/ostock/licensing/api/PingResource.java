package io.ostock.licensing.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

/** A constant answer: connectivity checks, and the benchmarks' baseline. */
@Path("ping")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class PingResource {

    public record Pong(String service, String status) {
    }

    private static final Pong PONG = new Pong("licensing-service", "ok");

    @GET
    @SecurityRequirements({})
    public Pong ping() {
        return PONG;
    }
}
