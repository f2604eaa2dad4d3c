package io.ostock.organization.api;

import io.ostock.organization.application.OrgChartService;
import io.ostock.organization.application.UnitView;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("organizations/{orgId}/units")
@RolesAllowed({Caller.USER, Caller.ADMIN, Caller.SERVICE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Org chart", description = "Units of an organization, forming a tree")
@ApplicationScoped
public class UnitResource {

    @Inject
    OrgChartService chart;

    @Inject
    Caller caller;

    @GET
    public Page<UnitJson.Response> list(@PathParam("orgId") UUID orgId, @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return chart.list(caller.readable(orgId), PageRequest.of(limit, offset)).map(UnitJson.Response::of);
    }

    @GET
    @Path("tree")
    @Operation(summary = "The whole chart as nested units, root units first, siblings by name")
    public UnitJson.Tree tree(@PathParam("orgId") UUID orgId) {
        UUID organizationId = caller.readable(orgId);
        return new UnitJson.Tree(organizationId,
                chart.chart(organizationId).roots().stream().map(UnitJson.TreeNode::of).toList());
    }

    @RolesAllowed({Caller.USER, Caller.ADMIN})
    @POST
    @Operation(summary = "Add a unit; its parent must be a unit of the same organization (422 otherwise)")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name the new unit",
            content = @Content(schema = @Schema(implementation = UnitJson.Response.class)))
    @APIResponse(responseCode = "422", description = "parentId is not a unit of this organization")
    public Response create(@PathParam("orgId") UUID orgId, @NotNull @Valid UnitJson.Request request, @Context UriInfo uriInfo) {
        UnitView created = chart.create(caller.manageable(orgId), request.name(), request.parent(), request.managerUsername());
        return Responses.created(uriInfo, created.id(), created.version(), UnitJson.Response.of(created));
    }

    @GET
    @Path("{unitId}")
    @APIResponse(responseCode = "200", description = "The unit; ETag holds its version",
            content = @Content(schema = @Schema(implementation = UnitJson.Response.class)))
    public Response get(@PathParam("orgId") UUID orgId, @PathParam("unitId") UUID unitId) {
        UnitView unit = chart.get(caller.readable(orgId), unitId);
        return Responses.ok(unit.version(), UnitJson.Response.of(unit));
    }

    @RolesAllowed({Caller.USER, Caller.ADMIN})
    @PUT
    @Path("{unitId}")
    @Operation(summary = "Rename or move a unit; moving it under itself or a descendant is refused with 409")
    @APIResponse(responseCode = "200", description = "The updated unit and its new ETag",
            content = @Content(schema = @Schema(implementation = UnitJson.Response.class)))
    @APIResponse(responseCode = "409", description = "The new parent is the unit itself or below it (the chart must stay a tree)")
    @APIResponse(responseCode = "422", description = "parentId is not a unit of this organization")
    public Response update(@PathParam("orgId") UUID orgId, @PathParam("unitId") UUID unitId, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid UnitJson.Request request) {
        UnitView updated = chart.update(caller.manageable(orgId), unitId, request.name(), request.parent(),
                request.managerUsername(), Etags.ifMatch(ifMatch));
        return Responses.ok(updated.version(), UnitJson.Response.of(updated));
    }

    @RolesAllowed({Caller.USER, Caller.ADMIN})
    @DELETE
    @Path("{unitId}")
    @Operation(summary = "Delete a unit without sub-units (409 while it has some)")
    @APIResponse(responseCode = "204", description = "Deleted the unit")
    @APIResponse(responseCode = "409", description = "The unit still has sub-units")
    public Response delete(@PathParam("orgId") UUID orgId, @PathParam("unitId") UUID unitId, @HeaderParam("If-Match") String ifMatch) {
        chart.delete(caller.manageable(orgId), unitId, Etags.ifMatch(ifMatch));
        return Response.noContent().build();
    }
}
