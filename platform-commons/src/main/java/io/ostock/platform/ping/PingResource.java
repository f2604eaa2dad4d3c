package io.ostock.platform.ping;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET /v1/ping: a constant answer naming the service, without a token. For connectivity checks, the
 * discovery registration (which waits until it answers: the REST application is then set up) and
 * the benchmarks' baseline of a request that does nothing.
 */
@Path("ping")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ping")
@ApplicationScoped
public class PingResource {

    public record Pong(String service, String status) {
    }

    @Inject
    @ConfigProperty(name = "service.name")
    String serviceName;

    @GET
    @SecurityRequirements({})
    @Operation(summary = "A constant answer, for connectivity checks")
    public Pong ping() {
        return new Pong(serviceName, "ok");
    }
}
