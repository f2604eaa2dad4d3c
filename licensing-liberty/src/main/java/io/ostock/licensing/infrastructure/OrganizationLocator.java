package io.ostock.licensing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;

/**
 * Where the Organization service is. One place on purpose: today a configured URL
 * (organization.url), tomorrow a lookup by logical name through discovery.
 */
@ApplicationScoped
public class OrganizationLocator {

    @Inject
    @ConfigProperty(name = "organization.url")
    String url;

    public URI baseUri() {
        return URI.create(url);
    }
}
