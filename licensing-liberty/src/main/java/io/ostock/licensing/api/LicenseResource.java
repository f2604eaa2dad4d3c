package io.ostock.licensing.api;

import io.ostock.licensing.application.LicenseReads;
import io.ostock.licensing.application.LicenseService;
import io.ostock.licensing.application.LicenseView;
import io.ostock.licensing.application.OrganizationDirectory;
import io.ostock.licensing.domain.LicenseStatus;
import io.ostock.licensing.domain.LicenseType;
import io.ostock.platform.http.Etags;
import io.ostock.platform.paging.Page;
import io.ostock.platform.paging.PageRequest;
import io.ostock.platform.problem.ProblemException;
import io.ostock.platform.security.Caller;
import io.ostock.platform.validation.Choices;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * An organization's licenses. Renewal, revocation, suspension and resumption are four operations
 * of the same shape on purpose: each is its own documented path with its own answers, so that a
 * client (and the gateway's rules) can tell them apart without reading a body.
 */
@Path("organizations/{orgId}/licenses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.USER, Caller.ADMIN, Caller.SERVICE})
@Tag(name = "Licenses")
@ApplicationScoped
public class LicenseResource {

    @Inject
    LicenseService licenses;

    @Inject
    LicenseReads licenseReads;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    Caller caller;

    @Inject
    @ConfigProperty(name = "license.default-term.days", defaultValue = "365")
    int defaultTermDays;

    @POST
    @RolesAllowed(Caller.ADMIN)
    @Operation(summary = "Issue a license to an ACTIVE organization (422 otherwise); the answer shows the key once")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name the new license",
            content = @Content(schema = @Schema(implementation = LicenseJson.Issued.class)))
    @APIResponse(responseCode = "422", description = "The organization does not exist or is not ACTIVE")
    @APIResponse(responseCode = "424", description = "The Organization service cannot answer now; retry later")
    public Response issue(@PathParam("orgId") UUID orgId, @NotNull @Valid LicenseJson.IssueRequest request,
                          @Context UriInfo uriInfo) {
        LicenseType type = Choices.parse(LicenseType.class, "type", request.type());
        LicenseService.Issued issued = licenses.issue(orgId, request.productName(), type, request.seats(),
                term(request.termDays()), request.comment());
        LicenseView license = issued.license();
        return Response.created(uriInfo.getAbsolutePathBuilder().path(license.id().toString()).build())
                .tag(Etags.of(license.version()))
                .entity(new LicenseJson.Issued(LicenseJson.Response.of(license), issued.key())).build();
    }

    @GET
    @Operation(summary = "List an organization's licenses by expiry; filter by status and expiresBefore (ISO instant)")
    public Page<LicenseJson.Response> list(@PathParam("orgId") UUID orgId, @QueryParam("status") String status,
                                           @QueryParam("expiresBefore") String expiresBefore,
                                           @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        UUID organizationId = caller.readable(orgId);
        LicenseStatus statusFilter = status == null ? null : Choices.parse(LicenseStatus.class, "status", status);
        return licenses.list(organizationId, statusFilter, instant("expiresBefore", expiresBefore),
                PageRequest.of(limit, offset)).map(LicenseJson.Response::of);
    }

    @GET
    @Path("{licenseId}")
    @Operation(summary = "Read a license with its organization's name and primary contact "
            + "(organization.available=false when the Organization service cannot be asked)")
    @APIResponse(responseCode = "200", description = "The license with its organization; ETag holds its version",
            content = @Content(schema = @Schema(implementation = LicenseJson.Detail.class)))
    public Response get(@PathParam("orgId") UUID orgId, @PathParam("licenseId") UUID licenseId) {
        UUID organizationId = caller.readable(orgId);
        LicenseView license = licenseReads.get(organizationId, licenseId);
        OrganizationDirectory.Lookup organization = organizations.find(organizationId);
        return Response.ok(new LicenseJson.Detail(LicenseJson.Response.of(license),
                LicenseJson.OrganizationInfo.of(organization))).tag(Etags.of(license.version())).build();
    }

    @POST
    @Path("{licenseId}/renewal")
    @RolesAllowed(Caller.ADMIN)
    @Operation(summary = "Renew: ACTIVE or EXPIRED licenses get termDays more, counted from the later of now and "
            + "their expiry")
    @APIResponse(responseCode = "200", description = "The renewed license and its new ETag",
            content = @Content(schema = @Schema(implementation = LicenseJson.Response.class)))
    @APIResponse(responseCode = "409", description = "The license is neither ACTIVE nor EXPIRED")
    public Response renew(@PathParam("orgId") UUID orgId, @PathParam("licenseId") UUID licenseId,
                          @HeaderParam("If-Match") String ifMatch, @Valid LicenseJson.RenewalRequest request) {
        Integer days = request == null ? null : request.termDays();
        return answer(licenses.renew(orgId, licenseId, term(days), Etags.ifMatch(ifMatch)));
    }

    @POST
    @Path("{licenseId}/revocation")
    @RolesAllowed(Caller.ADMIN)
    @Operation(summary = "Revoke a license for good")
    @APIResponse(responseCode = "200", description = "The revoked license and its new ETag",
            content = @Content(schema = @Schema(implementation = LicenseJson.Response.class)))
    @APIResponse(responseCode = "409", description = "The license is already revoked")
    public Response revoke(@PathParam("orgId") UUID orgId, @PathParam("licenseId") UUID licenseId,
                           @HeaderParam("If-Match") String ifMatch) {
        return answer(licenses.revoke(orgId, licenseId, Etags.ifMatch(ifMatch)));
    }

    @POST
    @Path("{licenseId}/suspension")
    @RolesAllowed(Caller.ADMIN)
    @Operation(summary = "Suspend an ACTIVE license")
    @APIResponse(responseCode = "200", description = "The suspended license and its new ETag",
            content = @Content(schema = @Schema(implementation = LicenseJson.Response.class)))
    @APIResponse(responseCode = "409", description = "The license is not ACTIVE")
    public Response suspend(@PathParam("orgId") UUID orgId, @PathParam("licenseId") UUID licenseId,
                            @HeaderParam("If-Match") String ifMatch) {
        return answer(licenses.suspend(orgId, licenseId, Etags.ifMatch(ifMatch)));
    }

    @POST
    @Path("{licenseId}/resumption")
    @RolesAllowed(Caller.ADMIN)
    @Operation(summary = "Resume a SUSPENDED license")
    @APIResponse(responseCode = "200", description = "The resumed license and its new ETag",
            content = @Content(schema = @Schema(implementation = LicenseJson.Response.class)))
    @APIResponse(responseCode = "409", description = "The license is not SUSPENDED")
    public Response resume(@PathParam("orgId") UUID orgId, @PathParam("licenseId") UUID licenseId,
                           @HeaderParam("If-Match") String ifMatch) {
        return answer(licenses.resume(orgId, licenseId, Etags.ifMatch(ifMatch)));
    }

    private Duration term(Integer days) {
        return Duration.ofDays(days == null ? defaultTermDays : days);
    }

    private static Response answer(LicenseView license) {
        return Response.ok(LicenseJson.Response.of(license)).tag(Etags.of(license.version())).build();
    }

    private static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be an instant such as 2027-01-31T00:00:00Z");
        }
    }
}
