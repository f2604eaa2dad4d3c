package io.ostock.organization.api;

import io.ostock.organization.application.GroupService;
import io.ostock.organization.application.GroupView;
import io.ostock.organization.application.MemberView;
import io.ostock.organization.domain.MemberRole;
import io.ostock.platform.http.Etags;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("organizations/{orgId}/groups")
@RolesAllowed({Caller.USER, Caller.ADMIN, Caller.SERVICE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "User groups", description = "Groups of users in an organization, and their members")
@ApplicationScoped
public class GroupResource {

    @Inject
    GroupService groups;

    @Inject
    Caller caller;

    @GET
    public Page<GroupJson.Response> list(@PathParam("orgId") UUID orgId, @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return groups.list(caller.readable(orgId), PageRequest.of(limit, offset)).map(GroupJson.Response::of);
    }

    @RolesAllowed({Caller.USER, Caller.ADMIN})
    @POST
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name the new group",
            content = @Content(schema = @Schema(implementation = GroupJson.Response.class)))
    @APIResponse(responseCode = "409", description = "The organization has a group of that name")
    public Response create(@PathParam("orgId") UUID orgId, @NotNull @Valid GroupJson.Request request, @Context UriInfo uriInfo) {
        GroupView created = groups.create(caller.manageable(orgId), request.name(), request.description());
        return Responses.created(uriInfo, created.id(), created.version(), GroupJson.Response.of(created));
    }

    @GET
    @Path("{groupId}")
    @APIResponse(responseCode = "200", description = "The group; ETag holds its version",
            content = @Content(schema = @Schema(implementation = GroupJson.Response.class)))
    public Response get(@PathParam("orgId") UUID orgId, @PathParam("groupId") UUID groupId) {
        GroupView group = groups.get(caller.readable(orgId), groupId);
        return Responses.ok(group.version(), GroupJson.Response.of(group));
    }

    @RolesAllowed({Caller.USER, Caller.ADMIN})
    @PUT
    @Path("{groupId}")
    @APIResponse(responseCode = "200", description = "The updated group and its new ETag",
            content = @Content(schema = @Schema(implementation = GroupJson.Response.class)))
    @APIResponse(responseCode = "409", description = "The organization has another group of that name")
    public Response update(@PathParam("orgId") UUID orgId, @PathParam("groupId") UUID groupId, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid GroupJson.Request request) {
        GroupView updated = groups.update(caller.manageable(orgId), groupId, request.name(),
                request.description(), Etags.ifMatch(ifMatch));
        return Responses.ok(updated.version(), GroupJson.Response.of(updated));
    }

    @RolesAllowed({Caller.USER, Caller.ADMIN})
    @DELETE
    @Path("{groupId}")
    @APIResponse(responseCode = "204", description = "Deleted the group and its members")
    public Response delete(@PathParam("orgId") UUID orgId, @PathParam("groupId") UUID groupId, @HeaderParam("If-Match") String ifMatch) {
        groups.delete(caller.manageable(orgId), groupId, Etags.ifMatch(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("{groupId}/members")
    public Page<GroupJson.MemberResponse> members(@PathParam("orgId") UUID orgId, @PathParam("groupId") UUID groupId,
                                                  @QueryParam("limit") String limit,
                                                  @QueryParam("offset") String offset) {
        return groups.members(caller.readable(orgId), groupId, PageRequest.of(limit, offset))
                .map(GroupJson.MemberResponse::of);
    }

    @RolesAllowed({Caller.USER, Caller.ADMIN})
    @POST
    @Path("{groupId}/members")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name the new member",
            content = @Content(schema = @Schema(implementation = GroupJson.MemberResponse.class)))
    @APIResponse(responseCode = "409", description = "The user is already a member of the group")
    public Response addMember(@PathParam("orgId") UUID orgId, @PathParam("groupId") UUID groupId, @NotNull @Valid GroupJson.MemberRequest request, @Context UriInfo uriInfo) {
        MemberView added = groups.addMember(caller.manageable(orgId), groupId, request.username(),
                role(request));
        return Responses.created(uriInfo, added.id(), added.version(), GroupJson.MemberResponse.of(added));
    }

    @GET
    @Path("{groupId}/members/{memberId}")
    @APIResponse(responseCode = "200", description = "The member; ETag holds its version",
            content = @Content(schema = @Schema(implementation = GroupJson.MemberResponse.class)))
    public Response member(@PathParam("orgId") UUID orgId, @PathParam("groupId") UUID groupId, @PathParam("memberId") UUID memberId) {
        MemberView member = groups.member(caller.readable(orgId), groupId,
                memberId);
        return Responses.ok(member.version(), GroupJson.MemberResponse.of(member));
    }

    @RolesAllowed({Caller.USER, Caller.ADMIN})
    @PUT
    @Path("{groupId}/members/{memberId}")
    @APIResponse(responseCode = "200", description = "The updated member and its new ETag",
            content = @Content(schema = @Schema(implementation = GroupJson.MemberResponse.class)))
    public Response updateMember(@PathParam("orgId") UUID orgId, @PathParam("groupId") UUID groupId, @PathParam("memberId") UUID memberId,
                                 @HeaderParam("If-Match") String ifMatch,
                                 @NotNull @Valid GroupJson.MemberRequest request) {
        MemberView updated = groups.updateMember(caller.manageable(orgId), groupId,
                memberId, request.username(), role(request), Etags.ifMatch(ifMatch));
        return Responses.ok(updated.version(), GroupJson.MemberResponse.of(updated));
    }

    @RolesAllowed({Caller.USER, Caller.ADMIN})
    @DELETE
    @Path("{groupId}/members/{memberId}")
    @APIResponse(responseCode = "204", description = "Deleted the member")
    public Response removeMember(@PathParam("orgId") UUID orgId, @PathParam("groupId") UUID groupId, @PathParam("memberId") UUID memberId,
                                 @HeaderParam("If-Match") String ifMatch) {
        groups.removeMember(caller.manageable(orgId), groupId, memberId, Etags.ifMatch(ifMatch));
        return Response.noContent().build();
    }

    private static MemberRole role(GroupJson.MemberRequest request) {
        return request.role() == null ? MemberRole.MEMBER : Choices.parse(MemberRole.class, "role", request.role());
    }
}
