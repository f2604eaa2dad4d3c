package io.ostock.organization.api;

import jakarta.annotation.security.DeclareRoles;
import io.ostock.platform.security.Caller;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("/v1")
@LoginConfig(authMethod = "MP-JWT", realmName = "ostock")
@DeclareRoles({Caller.ADMIN, Caller.USER, Caller.SERVICE})
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An access token of the Keycloak realm ostock (audience ostock)")
@OpenAPIDefinition(info = @Info(title = "Organization service", version = "1",
        description = "Organizations of the O-stock platform: contacts, user groups and members, partners, "
                + "and the org chart. Errors are application/problem+json (RFC 9457). Updates take If-Match "
                + "with the ETag of the last read; a stale one is refused with 412. Every call needs a Keycloak "
                + "access token: ADMIN manages everything, SERVICE reads everything, USER reads and manages only "
                + "its own organization's data (organization_id claim)."),
        security = @SecurityRequirement(name = "keycloak"))
public class OrganizationApplication extends Application {
}
