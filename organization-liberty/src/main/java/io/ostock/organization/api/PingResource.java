package io.ostock.organization.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

/** A constant answer with no database or cache behind it: a liveness probe for callers, and the benchmark's baseline. */
@Path("ping")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ping")
public class PingResource {

    public record Pong(String service, String status) {
    }

    private static final Pong PONG = new Pong("organization-service", "ok");

    @GET
    @SecurityRequirements({})
    @Operation(summary = "A constant answer, for connectivity checks")
    public Pong ping() {
        return PONG;
    }
}
