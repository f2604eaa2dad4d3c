package io.ostock.licensing.api;

import io.ostock.platform.security.Caller;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("/v1")
@LoginConfig(authMethod = "MP-JWT", realmName = "ostock")
@DeclareRoles({Caller.ADMIN, Caller.USER, Caller.SERVICE})
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An access token of the Keycloak realm ostock (audience ostock)")
@OpenAPIDefinition(info = @Info(title = "Licensing service", version = "1",
        description = "Software licenses of O-stock's customer organizations: issue, renew, suspend, resume, revoke, "
                + "validate keys. Errors are application/problem+json (RFC 9457)."),
        security = @SecurityRequirement(name = "keycloak"))
public class LicensingApplication extends Application {
}
