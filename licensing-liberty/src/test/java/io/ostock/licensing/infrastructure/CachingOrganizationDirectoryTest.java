package io.ostock.licensing.infrastructure;

import io.opentelemetry.context.Context;
import io.ostock.licensing.application.OrganizationDirectory.Lookup;
import io.ostock.licensing.application.OrganizationDirectory.OrganizationSummary;
import io.ostock.platform.security.ServiceAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Stale-while-revalidate, the shared call and the compare-and-set of the organization directory,
 * over an in-memory store whose time the test moves and an Organization service the test answers for.
 */
class CachingOrganizationDirectoryTest {

    private static final UUID ORG = UUID.randomUUID();
    private static final Lookup ACME = Lookup.found(new OrganizationSummary(ORG, "Acme", "ACTIVE", null, null));
    private static final Lookup ACME_RENAMED =
            Lookup.found(new OrganizationSummary(ORG, "Acme Corp", "ACTIVE", null, null));
    private static final Duration PAST_FRESHNESS = Duration.ofSeconds(301);

    /** The Organization service: each call takes the next answer the test has queued. */
    private static final class AnsweringOrganizationService extends OrganizationServiceClient {
        final Deque<CompletableFuture<Lookup>> answers = new ArrayDeque<>();
        int calls;

        CompletableFuture<Lookup> willAnswer(Lookup lookup) {
            CompletableFuture<Lookup> answer = lookup == null ? new CompletableFuture<>()
                    : CompletableFuture.completedFuture(lookup);
            answers.add(answer);
            return answer;
        }

        @Override
        public CompletionStage<Lookup> find(UUID organizationId, String bearerToken, Context trace) {
            calls++;
            return answers.remove();
        }
    }

    private final ManualClock clock = new ManualClock();
    private final MemoryCacheStore store = new MemoryCacheStore(clock);
    private final CountingMetrics metrics = new CountingMetrics();
    private final AnsweringOrganizationService organizationService = new AnsweringOrganizationService();
    private final CachingOrganizationDirectory directory = new CachingOrganizationDirectory();

    @BeforeEach
    void wire() {
        OrganizationSummaryCache cache = new OrganizationSummaryCache();
        cache.store = store;
        cache.clock = clock;
        cache.metrics = metrics.registry;
        cache.freshSeconds = 300;
        cache.staleSeconds = 3600;
        cache.localMillis = 0;
        cache.open();
        directory.cache = cache;
        directory.client = organizationService;
        directory.serviceAccount = new ServiceAccount() {
            @Override
            public String accessToken() {
                return "service-token";
            }
        };
        directory.metrics = metrics.registry;
        directory.countStaleReads();
    }

    @Test
    void aMissAsksOnceAndAFreshEntryAnswersWithoutAsking() {
        organizationService.willAnswer(ACME);
        assertEquals(ACME, directory.find(ORG));
        clock.advance(Duration.ofSeconds(299));
        assertEquals(ACME, directory.find(ORG));
        assertEquals(ACME, directory.confirm(ORG));
        assertEquals(1, organizationService.calls);
    }

    @Test
    void aStaleEntryAnswersAtOnceWhileOneCallRefreshesIt() {
        organizationService.willAnswer(ACME);
        directory.find(ORG);
        clock.advance(PAST_FRESHNESS);
        CompletableFuture<Lookup> refresh = organizationService.willAnswer(null);
        assertEquals(ACME, directory.find(ORG), "the stale entry answers while the call runs");
        assertEquals(ACME, directory.find(ORG));
        assertEquals(2, organizationService.calls, "readers of the stale entry share one call");
        assertEquals(2, metrics.count("organization_cache_stale_reads_total", ""));
        refresh.complete(ACME_RENAMED);
        assertEquals(ACME_RENAMED, directory.find(ORG));
        assertEquals(2, organizationService.calls, "the refreshed entry is fresh again");
    }

    @Test
    void whenTheRefreshFailsTheStaleEntryGoesOnAnswering() {
        organizationService.willAnswer(ACME);
        directory.find(ORG);
        clock.advance(PAST_FRESHNESS);
        organizationService.willAnswer(Lookup.unavailable());
        assertEquals(ACME, directory.find(ORG));
        organizationService.willAnswer(null).completeExceptionally(new IllegalStateException("circuit open"));
        assertEquals(ACME, directory.find(ORG));
        clock.advance(Duration.ofSeconds(3600));
        organizationService.willAnswer(Lookup.unavailable());
        assertFalse(directory.find(ORG).available(), "past the stale time nothing is left to answer with");
    }

    @Test
    void aDecisionDoesNotTrustAStaleEntry() {
        organizationService.willAnswer(ACME);
        directory.find(ORG);
        clock.advance(PAST_FRESHNESS);
        organizationService.willAnswer(ACME_RENAMED);
        assertEquals(ACME_RENAMED, directory.confirm(ORG));
        clock.advance(PAST_FRESHNESS);
        organizationService.willAnswer(Lookup.unavailable());
        assertFalse(directory.confirm(ORG).available(), "a stale entry is no ground for a decision");
    }

    @Test
    void anEventDuringTheRefreshWinsOverTheRefreshsAnswer() {
        organizationService.willAnswer(ACME);
        directory.find(ORG);
        clock.advance(PAST_FRESHNESS);
        CompletableFuture<Lookup> refresh = organizationService.willAnswer(null);
        directory.find(ORG);
        directory.cache.evict(ORG); // the rename event arrives while the call runs
        refresh.complete(ACME);     // and the call answers what it read before the rename
        organizationService.willAnswer(ACME_RENAMED);
        assertEquals(ACME_RENAMED, directory.find(ORG), "the old answer did not replace the evicted entry");
        assertEquals(3, organizationService.calls);
    }

    @Test
    void anOrganizationThatNoLongerExistsIsDroppedFromTheCache() {
        organizationService.willAnswer(ACME);
        directory.find(ORG);
        clock.advance(PAST_FRESHNESS);
        organizationService.willAnswer(Lookup.absent());
        directory.find(ORG);
        organizationService.willAnswer(Lookup.absent());
        assertEquals(Lookup.absent(), directory.find(ORG));
        assertEquals(3, organizationService.calls);
    }
}
