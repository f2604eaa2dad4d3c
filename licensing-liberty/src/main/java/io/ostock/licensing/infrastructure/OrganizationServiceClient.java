package io.ostock.licensing.infrastructure;

import io.ostock.licensing.application.OrganizationDirectory.Lookup;
import io.ostock.licensing.application.OrganizationDirectory.OrganizationSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryType;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Asks the Organization service, passing the caller's own token on (behind the cache in
 * {@link CachingOrganizationDirectory}). Bounded in every way: socket timeouts below the Fault
 * Tolerance timeout of 350 ms per attempt, one retry (the calls are reads), so at most about 750 ms
 * in all; a circuit breaker, a bulkhead, and a fallback that answers "unavailable" instead of
 * failing. A 404 is an answer (absent), not a failure.
 */
@ApplicationScoped
public class OrganizationServiceClient {

    @Inject
    OrganizationLocator locator;

    @Inject
    JsonWebToken callerToken;

    @Inject
    @RegistryType(type = MetricRegistry.Type.APPLICATION)
    MetricRegistry metrics;

    @Timeout(value = 350, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 20, delayUnit = ChronoUnit.MILLIS, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2)
    @Bulkhead(value = 10)
    @Fallback(fallbackMethod = "unavailable")
    public Lookup find(UUID organizationId) {
        OrganizationApi api = RestClientBuilder.newBuilder()
                .baseUri(locator.baseUri())
                .connectTimeout(200, TimeUnit.MILLISECONDS)
                .readTimeout(300, TimeUnit.MILLISECONDS)
                .build(OrganizationApi.class);
        String authorization = "Bearer " + callerToken.getRawToken();
        try {
            JsonObject organization = api.organization(organizationId.toString(), authorization);
            JsonObject primary = api.contacts(organizationId.toString(), authorization).getJsonArray("items").stream()
                    .map(JsonValue::asJsonObject)
                    .filter(contact -> contact.getBoolean("primary", false))
                    .findFirst().orElse(null);
            return Lookup.found(new OrganizationSummary(organizationId, organization.getString("name"),
                    organization.getString("status"), primary == null ? null : primary.getString("name"),
                    primary == null ? null : primary.getString("email")));
        } catch (WebApplicationException refused) {
            if (refused.getResponse().getStatus() == 404) {
                return Lookup.absent();
            }
            throw refused;
        }
    }

    Lookup unavailable(UUID organizationId) {
        metrics.counter("organization_lookup_fallbacks_total").inc();
        return Lookup.unavailable();
    }
}
