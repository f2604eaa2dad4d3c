package io.ostock.licensing.infrastructure;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.ostock.licensing.application.OrganizationDirectory.Lookup;
import io.ostock.licensing.application.OrganizationDirectory.OrganizationSummary;
import io.ostock.platform.lifecycle.StartupPhase;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.Asynchronous;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Asks the Organization service with the token it is given (licensing's service account's), behind
 * the cache in {@link CachingOrganizationDirectory}.
 *
 * <p>Bounded in every way. The call runs asynchronously, so that the Fault Tolerance timeout of
 * 300 ms ends the wait even while a socket is still blocked (the socket's own timeouts lie above it,
 * as a backstop). One retry, which goes to the next instance (round-robin; a failed instance is
 * skipped for a while): 300 + 20 + 300 ms, so a lookup takes well under a second even when both
 * attempts time out (400 ms each left too little room: a read under CI load took 1,005 ms). A
 * circuit breaker, a bulkhead (10 running, 20 waiting), and a fallback that answers "unavailable"
 * instead of failing. A 404 is an answer (absent), not a failure.</p>
 */
@ApplicationScoped
public class OrganizationServiceClient {

    private static final Logger LOG = LoggerFactory.getLogger(OrganizationServiceClient.class);

    @Inject
    OrganizationLocator locator;

    /** One Rest Client per Organization base URI: they are thread-safe and costly to build. */
    private final Map<URI, OrganizationApi> clients = new ConcurrentHashMap<>();

    @Asynchronous
    @Timeout(value = 300, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 20, delayUnit = ChronoUnit.MILLIS, jitter = 0,
            abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2)
    @Bulkhead(value = 10, waitingTaskQueue = 20)
    @Fallback(OrganizationUnavailable.class)
    public CompletionStage<Lookup> find(UUID organizationId, String bearerToken, Context trace) {
        // The call runs on a Fault Tolerance thread, which does not carry the caller's trace: made
        // current here, it puts the call (and Organization's side of it) into the caller's trace.
        try (Scope ignored = trace.makeCurrent()) {
            return CompletableFuture.completedFuture(ask(organizationId, bearerToken));
        }
    }

    private Lookup ask(UUID organizationId, String bearerToken) {
        URI instance = locator.baseUri();
        OrganizationApi api = api(instance);
        String authorization = "Bearer " + bearerToken;
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
        } catch (ProcessingException unreachable) {
            LOG.info("Organization instance {} failed: {}", instance, unreachable.getMessage());
            locator.failed(instance);
            throw unreachable;
        }
    }

    /**
     * The id of some organization the Organization service lists, to warm the lookup with
     * ({@link OrganizationClientWarmUp}); empty when it lists none or cannot be asked. No fault
     * tolerance: the warm-up bounds and repeats it.
     */
    Optional<UUID> anyOrganization(String bearerToken) {
        try {
            var items = api(locator.baseUri()).organizations(1, "Bearer " + bearerToken).getJsonArray("items");
            return items.isEmpty() ? Optional.empty()
                    : Optional.of(UUID.fromString(items.getJsonObject(0).getString("id")));
        } catch (RuntimeException cannotAsk) {
            return Optional.empty();
        }
    }

    /** Built before the first lookup needs it, so that building is not counted against its timeout. */
    void prepare(@Observes @Priority(StartupPhase.BACKGROUND_WORK) Startup startup) {
        if (!locator.discovered()) {
            api(locator.baseUri());
        }
    }

    private OrganizationApi api(URI baseUri) {
        return clients.computeIfAbsent(baseUri, uri -> RestClientBuilder.newBuilder()
                .baseUri(uri)
                .connectTimeout(200, TimeUnit.MILLISECONDS)
                .readTimeout(700, TimeUnit.MILLISECONDS)
                .build(OrganizationApi.class));
    }
}
