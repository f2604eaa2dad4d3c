package io.ostock.organization.api;

import io.ostock.organization.application.ContactService;
import io.ostock.organization.application.ContactView;
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

@Path("organizations/{orgId}/contacts")
@RolesAllowed({Caller.USER, Caller.ADMIN, Caller.SERVICE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts", description = "People to reach at an organization; at most one is primary (409 otherwise)")
@ApplicationScoped
public class ContactResource {

    @Inject
    ContactService contacts;

    @Inject
    Caller caller;

    @GET
    public Page<ContactJson.Response> list(@PathParam("orgId") UUID orgId, @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return contacts.list(caller.readable(orgId), PageRequest.of(limit, offset)).map(ContactJson.Response::of);
    }

    @RolesAllowed({Caller.USER, Caller.ADMIN})
    @POST
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name the new contact",
            content = @Content(schema = @Schema(implementation = ContactJson.Response.class)))
    @APIResponse(responseCode = "409", description = "The organization already has a primary contact")
    public Response create(@PathParam("orgId") UUID orgId, @NotNull @Valid ContactJson.Request request, @Context UriInfo uriInfo) {
        ContactView created = contacts.create(caller.manageable(orgId), request.data());
        return Responses.created(uriInfo, created.id(), created.version(), ContactJson.Response.of(created));
    }

    @GET
    @Path("{contactId}")
    @APIResponse(responseCode = "200", description = "The contact; ETag holds its version",
            content = @Content(schema = @Schema(implementation = ContactJson.Response.class)))
    public Response get(@PathParam("orgId") UUID orgId, @PathParam("contactId") UUID contactId) {
        ContactView contact = contacts.get(caller.readable(orgId), contactId);
        return Responses.ok(contact.version(), ContactJson.Response.of(contact));
    }

    @RolesAllowed({Caller.USER, Caller.ADMIN})
    @PUT
    @Path("{contactId}")
    @APIResponse(responseCode = "200", description = "The updated contact and its new ETag",
            content = @Content(schema = @Schema(implementation = ContactJson.Response.class)))
    @APIResponse(responseCode = "409", description = "The organization already has another primary contact")
    public Response update(@PathParam("orgId") UUID orgId, @PathParam("contactId") UUID contactId, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid ContactJson.Request request) {
        ContactView updated = contacts.update(caller.manageable(orgId), contactId, request.data(), Etags.ifMatch(ifMatch));
        return Responses.ok(updated.version(), ContactJson.Response.of(updated));
    }

    @RolesAllowed({Caller.USER, Caller.ADMIN})
    @DELETE
    @Path("{contactId}")
    @APIResponse(responseCode = "204", description = "Deleted the contact")
    public Response delete(@PathParam("orgId") UUID orgId, @PathParam("contactId") UUID contactId, @HeaderParam("If-Match") String ifMatch) {
        contacts.delete(caller.manageable(orgId), contactId, Etags.ifMatch(ifMatch));
        return Response.noContent().build();
    }
}
