package io.ostock.licensing.infrastructure;

import io.ostock.platform.discovery.ServiceBalancer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/**
 * Where the Organization service is: the one place that knows. Through discovery (the Eureka
 * registry, name ORGANIZATION-SERVICE, balanced round-robin) unless a fixed URL is configured
 * ({@code organization.url}: a setup without Eureka, or tests that put a proxy in between).
 */
@ApplicationScoped
public class OrganizationLocator {

    static final String ORGANIZATION_SERVICE = "ORGANIZATION-SERVICE";

    @Inject
    @ConfigProperty(name = "organization.url")
    Optional<String> fixedUrl;

    @Inject
    ServiceBalancer balancer;

    private URI fixedUri;

    @PostConstruct
    void parseTheFixedUrlOnce() {
        fixedUri = fixedUrl.map(URI::create).orElse(null);
    }

    /** The instance to call next; a ProcessingException (a failed call) when none is known. */
    public URI baseUri() {
        if (fixedUri != null) {
            return fixedUri;
        }
        return balancer.choose(ORGANIZATION_SERVICE).orElseThrow(() ->
                new ProcessingException("No " + ORGANIZATION_SERVICE + " instance is registered in Eureka"));
    }

    /** A call to this instance failed: the next call (the retry) goes to another one. */
    public void failed(URI instance) {
        if (fixedUrl.isEmpty()) {
            balancer.failed(instance);
        }
    }

    /** Whether the instances come from discovery (else the one configured URL). */
    public boolean discovered() {
        return fixedUrl.isEmpty();
    }
}
