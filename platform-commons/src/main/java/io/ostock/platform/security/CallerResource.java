package io.ostock.platform.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * GET /v1/me: who the service takes the caller to be, from its verified token (what a client checks
 * when a call is refused with 403). Nothing but the token stands behind it, so it is also the
 * benchmarks' baseline for an authenticated request.
 */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.USER, Caller.ADMIN, Caller.SERVICE})
@Tag(name = "Caller")
@ApplicationScoped
public class CallerResource {

    /** organizationId is null for callers without one (administrators, service accounts). */
    public record Me(String name, List<String> roles, UUID organizationId) {
    }

    /** The verified token straight from the request, not through the request-scoped CDI beans: a baseline stays lean. */
    @GET
    @Operation(summary = "Who the service takes the caller to be: name, roles and organization, from the token")
    public Me me(@Context SecurityContext security) {
        JsonWebToken token = Caller.verifiedToken(security.getUserPrincipal());
        return new Me(token.getName(), token.getGroups().stream().sorted().toList(),
                Caller.organizationIdOf(token).orElse(null));
    }
}
