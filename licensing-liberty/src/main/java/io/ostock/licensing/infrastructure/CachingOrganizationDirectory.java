package io.ostock.licensing.infrastructure;

import io.opentelemetry.context.Context;
import io.ostock.licensing.application.OrganizationDirectory;
import io.ostock.licensing.infrastructure.OrganizationSummaryCache.Entry;
import io.ostock.platform.security.ServiceAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The organization directory licensing uses: the Redis cache first, then the Organization service.
 *
 * <p>A stale entry (past its freshness, see {@link OrganizationSummaryCache}) still answers reads at
 * once while one call asks Organization in the background and replaces it. When that call fails
 * (Organization down, slow, circuit open) the stale entry goes on answering. So a busy organization's
 * expiry costs its readers nothing: before, every reader of that moment waited for the refetch, and
 * under full load the refetch outlived its timeout, opened the circuit, and the reads that followed
 * showed the organization unavailable. Stale answers are counted in organization_cache_stale_reads_total.</p>
 *
 * <p>Concurrent lookups for one organization share one call: on a miss the readers of that moment wait
 * for the first one's answer instead of all asking Organization at once (a stampede that filled the
 * bulkhead and opened the circuit under load). Every waiting caller has already been allowed to read
 * the organization's data.</p>
 *
 * <p>Organization is asked with licensing's own service-account token (audience organization-service),
 * never with the caller's: a user's token goes nowhere but to the service it was sent to, and
 * licensing has checked the caller's right to the organization before it asks.</p>
 */
@ApplicationScoped
public class CachingOrganizationDirectory implements OrganizationDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(CachingOrganizationDirectory.class);

    @Inject
    OrganizationSummaryCache cache;

    @Inject
    OrganizationServiceClient client;

    @Inject
    ServiceAccount serviceAccount;

    @Inject
    @RegistryType(type = MetricRegistry.Type.APPLICATION)
    MetricRegistry metrics;

    private final ConcurrentMap<UUID, CompletableFuture<Lookup>> lookupsInFlight = new ConcurrentHashMap<>();
    private Counter staleReads;

    @PostConstruct
    void countStaleReads() {
        staleReads = metrics.counter("organization_cache_stale_reads_total");
    }

    @Override
    public Lookup find(UUID organizationId) {
        Optional<Entry> cached = cache.get(organizationId);
        if (cached.isEmpty()) {
            return await(askOnce(organizationId, cached));
        }
        if (!cache.isFresh(cached.get())) {
            staleReads.inc();
            askOnce(organizationId, cached);
        }
        return Lookup.found(cached.get().summary());
    }

    @Override
    public Lookup confirm(UUID organizationId) {
        Optional<Entry> cached = cache.getShared(organizationId);
        if (cached.isPresent() && cache.isFresh(cached.get())) {
            return Lookup.found(cached.get().summary());
        }
        return await(askOnce(organizationId, cached));
    }

    /** As long as the call, which its timeout bounds; a failure reads as "unavailable". */
    private static Lookup await(CompletableFuture<Lookup> lookup) {
        return lookup.exceptionally(failure -> Lookup.unavailable()).join();
    }

    /** The call for this organization that is running, or a new one whose answer replaces the cached entry. */
    private CompletableFuture<Lookup> askOnce(UUID organizationId, Optional<Entry> cached) {
        CompletableFuture<Lookup> mine = new CompletableFuture<>();
        CompletableFuture<Lookup> running = lookupsInFlight.putIfAbsent(organizationId, mine);
        if (running != null) {
            return running;
        }
        ask(organizationId).whenComplete((answer, failure) -> {
            try {
                if (answer != null) {
                    store(answer, cached);
                }
            } finally {
                lookupsInFlight.remove(organizationId, mine);
                if (failure != null) {
                    mine.completeExceptionally(failure);
                } else {
                    mine.complete(answer);
                }
            }
        });
        return mine;
    }

    private CompletableFuture<Lookup> ask(UUID organizationId) {
        return bearerToken()
                .map(token -> client.find(organizationId, token, Context.current()).toCompletableFuture())
                .orElseGet(() -> CompletableFuture.completedFuture(Lookup.unavailable()));
    }

    /** An unavailable answer changes nothing: a stale entry goes on answering. */
    private void store(Lookup answer, Optional<Entry> cached) {
        if (answer.organization().isPresent()) {
            if (cached.isPresent()) {
                cache.replace(cached.get(), answer.organization().get());
            } else {
                cache.put(answer.organization().get());
            }
        } else if (answer.available() && cached.isPresent()) {
            cache.remove(cached.get());
        }
    }

    /** Empty when the service account has no token now (Keycloak down): Organization is then not asked. */
    private Optional<String> bearerToken() {
        try {
            return Optional.of(serviceAccount.accessToken());
        } catch (IllegalStateException noToken) {
            LOG.warn("No token to ask the Organization service with: {}", noToken.getMessage());
            return Optional.empty();
        }
    }
}
