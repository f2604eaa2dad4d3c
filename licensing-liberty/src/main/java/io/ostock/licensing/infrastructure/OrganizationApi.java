package io.ostock.licensing.infrastructure;

import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The part of the Organization service's API that licensing calls (MicroProfile Rest Client). */
@Path("/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
public interface OrganizationApi {

    @GET
    JsonObject organizations(@QueryParam("limit") int limit, @HeaderParam("Authorization") String authorization);

    @GET
    @Path("{orgId}")
    JsonObject organization(@PathParam("orgId") String organizationId,
                            @HeaderParam("Authorization") String authorization);

    @GET
    @Path("{orgId}/contacts")
    JsonObject contacts(@PathParam("orgId") String organizationId,
                        @HeaderParam("Authorization") String authorization);
}
