package io.ostock.licensing.infrastructure;

import io.opentelemetry.context.Context;
import io.ostock.licensing.application.OrganizationDirectory.Lookup;
import io.ostock.platform.lifecycle.StartupPhase;
import io.ostock.platform.security.ServiceAccount;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Licensing is ready only once its calls to Organization answer within their 300 ms timeout. The
 * first calls of a cold JVM (licensing's client, its token, Organization's endpoints) take seconds;
 * left to the first users, they timed out, answered 424 and opened the circuit. So at start this gets
 * the service account's token and looks an organization up through the same client (fault tolerance
 * included; nothing is cached) until {@value #FAST_IN_A_ROW} lookups in a row answer in under
 * {@link #FAST} (round-robin spreads them over the Organization instances), or {@link #AT_MOST} has
 * passed. The readiness check organization-client is DOWN until then. When Organization cannot be
 * reached in that time the warm-up ends anyway: licensing still serves reads from its cache, and the
 * check says the client is cold.
 */
@ApplicationScoped
public class OrganizationClientWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(OrganizationClientWarmUp.class);
    private static final int FAST_IN_A_ROW = 4;
    private static final Duration FAST = Duration.ofMillis(100);
    private static final Duration AT_MOST = Duration.ofSeconds(60);

    private enum State { WARMING, WARM, COLD }

    @Inject
    ServiceAccount serviceAccount;

    @Inject
    OrganizationServiceClient client;

    @Resource
    ManagedExecutorService executor;

    private volatile State state = State.WARMING;

    void start(@Observes @Priority(StartupPhase.BACKGROUND_WORK) Startup startup) {
        executor.execute(this::warm);
    }

    private void warm() {
        long started = System.nanoTime();
        long deadline = started + AT_MOST.toNanos();
        UUID probe = null;
        int fastInARow = 0;
        while (fastInARow < FAST_IN_A_ROW && System.nanoTime() < deadline) {
            long asked = System.nanoTime();
            try {
                String token = serviceAccount.accessToken();
                if (probe == null) {
                    probe = client.anyOrganization(token).orElse(null);
                }
                Lookup answer = client.find(probe == null ? UUID.randomUUID() : probe, token, Context.root())
                        .toCompletableFuture().get(5, TimeUnit.SECONDS);
                boolean fast = answer.available() && System.nanoTime() - asked < FAST.toNanos();
                fastInARow = fast ? fastInARow + 1 : 0;
                if (!answer.available()) {
                    pause();
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception notYet) {
                fastInARow = 0;
                pause();
            }
        }
        state = fastInARow >= FAST_IN_A_ROW ? State.WARM : State.COLD;
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        if (state == State.WARM) {
            LOG.info("Organization client warmed up in {} ms", tookMillis);
        } else {
            LOG.warn("Organization did not answer quickly within {} ms: ready anyway, first calls may be slow",
                    tookMillis);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Produces
    @Readiness
    HealthCheck organizationClient() {
        return () -> HealthCheckResponse.named("organization-client")
                .status(state != State.WARMING)
                .withData("state", state.name().toLowerCase())
                .build();
    }
}
