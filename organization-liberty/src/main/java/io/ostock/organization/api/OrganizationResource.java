package io.ostock.organization.api;

import io.ostock.organization.application.OrganizationService;
import io.ostock.organization.application.OrganizationView;
import io.ostock.organization.domain.OrganizationStatus;
import io.ostock.platform.http.Etags;
import io.ostock.platform.ids.Ids;
import io.ostock.platform.paging.Page;
import io.ostock.platform.paging.PageRequest;
import io.ostock.platform.security.Caller;
import io.ostock.platform.validation.Choices;
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
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("organizations")
@RolesAllowed({Caller.USER, Caller.ADMIN, Caller.SERVICE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
@ApplicationScoped
public class OrganizationResource {

    @Inject
    OrganizationService organizations;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "List organizations by name, optionally filtered by name prefix and status")
    public Page<OrganizationJson.Response> list(@QueryParam("name") String namePrefix,
                                                @QueryParam("status") String status,
                                                @QueryParam("limit") String limit,
                                                @QueryParam("offset") String offset) {
        OrganizationStatus statusFilter = status == null ? null : Choices.parse(OrganizationStatus.class, "status", status);
        PageRequest page = PageRequest.of(limit, offset);
        if (caller.seesNoOrganization()) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        return organizations.list(namePrefix, statusFilter, caller.visibleOrganizationOnly().orElse(null), page)
                .map(OrganizationJson.Response::of);
    }

    @POST
    @RolesAllowed(Caller.ADMIN)
    @Operation(summary = "Create an organization (its name must be unique, regardless of case); "
            + "an id may be given, e.g. to match identities that already refer to it")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name the new organization",
            content = @Content(schema = @Schema(implementation = OrganizationJson.Response.class)))
    @APIResponse(responseCode = "409", description = "The name or the id is taken")
    public Response create(@NotNull @Valid OrganizationJson.Request request, @Context UriInfo uriInfo) {
        OrganizationStatus status = request.status() == null ? OrganizationStatus.ACTIVE
                : Choices.parse(OrganizationStatus.class, "status", request.status());
        UUID id = request.id() == null ? UUID.randomUUID() : Ids.parse("id", request.id());
        OrganizationView created = organizations.create(id, request.name(), status);
        return Responses.created(uriInfo, created.id(), created.version(), OrganizationJson.Response.of(created));
    }

    @GET
    @Path("{orgId}")
    @Operation(summary = "Read an organization; answers 304 to a matching If-None-Match")
    @APIResponse(responseCode = "200", description = "The organization; ETag holds its version",
            content = @Content(schema = @Schema(implementation = OrganizationJson.Response.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match holds the current ETag")
    public Response get(@PathParam("orgId") UUID orgId, @Context Request request) {
        caller.requireRead(orgId);
        OrganizationView organization = organizations.get(orgId);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(Etags.of(organization.version()));
        if (notModified != null) {
            return notModified.build();
        }
        return Responses.ok(organization.version(), OrganizationJson.Response.of(organization));
    }

    @PUT
    @Path("{orgId}")
    @RolesAllowed(Caller.ADMIN)
    @Operation(summary = "Replace an organization's name and status; If-Match must hold the current ETag when sent")
    @APIResponse(responseCode = "200", description = "The updated organization and its new ETag",
            content = @Content(schema = @Schema(implementation = OrganizationJson.Response.class)))
    @APIResponse(responseCode = "409", description = "The name is taken")
    public Response update(@PathParam("orgId") UUID orgId, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid OrganizationJson.Request request) {
        OrganizationStatus status = Choices.parse(OrganizationStatus.class, "status", request.status());
        OrganizationView updated = organizations.update(orgId, request.name(), status, Etags.ifMatch(ifMatch));
        return Responses.ok(updated.version(), OrganizationJson.Response.of(updated));
    }

    @DELETE
    @Path("{orgId}")
    @RolesAllowed(Caller.ADMIN)
    @Operation(summary = "Delete an organization: 409 while it has contacts, groups, partners or units, "
            + "unless cascade=true deletes them with it")
    @APIResponse(responseCode = "204", description = "Deleted the organization")
    @APIResponse(responseCode = "409", description = "It still has contacts, groups, partners or units and cascade is not true")
    public Response delete(@PathParam("orgId") UUID orgId, @HeaderParam("If-Match") String ifMatch,
                           @QueryParam("cascade") String cascade) {
        organizations.delete(orgId, "true".equalsIgnoreCase(cascade), Etags.ifMatch(ifMatch));
        return Response.noContent().build();
    }
}
