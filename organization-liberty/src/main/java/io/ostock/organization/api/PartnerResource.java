package io.ostock.organization.api;

import io.ostock.organization.application.PartnerService;
import io.ostock.organization.application.PartnerView;
import io.ostock.platform.http.Etags;
import io.ostock.platform.paging.Page;
import io.ostock.platform.paging.PageRequest;
import io.ostock.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("organizations/{orgId}/partners")
@RolesAllowed({Caller.USER, Caller.ADMIN, Caller.SERVICE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partners", description = "Resellers, suppliers, distributors and integrators of an organization")
@ApplicationScoped
public class PartnerResource {

    @Inject
    PartnerService partners;

    @Inject
    Caller caller;

    @GET
    public Page<PartnerJson.Response> list(@PathParam("orgId") UUID orgId, @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return partners.list(caller.readable(orgId), PageRequest.of(limit, offset)).map(PartnerJson.Response::of);
    }

    @RolesAllowed({Caller.USER, Caller.ADMIN})
    @POST
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name the new partner",
            content = @Content(schema = @Schema(implementation = PartnerJson.Response.class)))
    @APIResponse(responseCode = "409", description = "The organization has a partner of that name")
    public Response create(@PathParam("orgId") UUID orgId, @NotNull @Valid PartnerJson.Request request, @Context UriInfo uriInfo) {
        PartnerView created = partners.create(caller.manageable(orgId), request.data());
        return Responses.created(uriInfo, created.id(), created.version(), PartnerJson.Response.of(created));
    }

    @GET
    @Path("{partnerId}")
    @APIResponse(responseCode = "200", description = "The partner; ETag holds its version",
            content = @Content(schema = @Schema(implementation = PartnerJson.Response.class)))
    public Response get(@PathParam("orgId") UUID orgId, @PathParam("partnerId") UUID partnerId) {
        PartnerView partner = partners.get(caller.readable(orgId), partnerId);
        return Responses.ok(partner.version(), PartnerJson.Response.of(partner));
    }

    @RolesAllowed({Caller.USER, Caller.ADMIN})
    @PUT
    @Path("{partnerId}")
    @APIResponse(responseCode = "200", description = "The updated partner and its new ETag",
            content = @Content(schema = @Schema(implementation = PartnerJson.Response.class)))
    @APIResponse(responseCode = "409", description = "The organization has another partner of that name")
    public Response update(@PathParam("orgId") UUID orgId, @PathParam("partnerId") UUID partnerId, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid PartnerJson.Request request) {
        PartnerView updated = partners.update(caller.manageable(orgId), partnerId, request.data(), Etags.ifMatch(ifMatch));
        return Responses.ok(updated.version(), PartnerJson.Response.of(updated));
    }

    @RolesAllowed({Caller.USER, Caller.ADMIN})
    @DELETE
    @Path("{partnerId}")
    @APIResponse(responseCode = "204", description = "Deleted the partner")
    public Response delete(@PathParam("orgId") UUID orgId, @PathParam("partnerId") UUID partnerId, @HeaderParam("If-Match") String ifMatch) {
        partners.delete(caller.manageable(orgId), partnerId, Etags.ifMatch(ifMatch));
        return Response.noContent().build();
    }
}
