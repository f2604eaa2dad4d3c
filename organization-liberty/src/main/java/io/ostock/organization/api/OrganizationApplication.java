package io.ostock.organization.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("/v1")
@OpenAPIDefinition(info = @Info(title = "Organization service", version = "1",
        description = "Organizations of the O-stock platform: contacts, user groups and members, partners, "
                + "and the org chart. Errors are application/problem+json (RFC 9457). Updates take If-Match "
                + "with the ETag of the last read; a stale one is refused with 412."))
public class OrganizationApplication extends Application {
}
