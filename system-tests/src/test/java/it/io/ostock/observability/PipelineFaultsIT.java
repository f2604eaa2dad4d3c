package it.io.ostock.observability;

import io.ostock.testsupport.ApiResponse;
import io.ostock.testsupport.Metrics;
import io.ostock.testsupport.StackEnv;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static it.io.ostock.observability.ObservabilityWorld.LICENSING;
import static it.io.ostock.observability.ObservabilityWorld.LICENSING_METRICS;
import static it.io.ostock.observability.ObservabilityWorld.await;
import static it.io.ostock.observability.ObservabilityWorld.licenseOfNewOrganization;
import static it.io.ostock.observability.ObservabilityWorld.logDocuments;
import static it.io.ostock.observability.ObservabilityWorld.stack;
import static it.io.ostock.observability.ObservabilityWorld.tracedRead;
import static it.io.ostock.observability.ObservabilityWorld.zipkinTrace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The observability pipelines down, one at a time, really stopped: requests keep answering as fast
 * (at most twice the median of the same reads before, plus 20 ms), the service's own log file keeps
 * every line, and what was said during the outage reaches Elasticsearch once the part is back (the
 * appender's buffer, 8192 lines, and rsyslog's queue hold it; beyond the buffer lines are dropped and
 * counted, which platform-commons' LogShippingTest shows).
 */
class PipelineFaultsIT {

    private static final int READS = 20;
    private static final Path LICENSING_LOG = StackEnv.root()
            .resolve(".stack/observability-licensing/servers/licensingServer/logs/licensing-service.json.log");

    @Test
    void withTheLogIntakeDownRequestsAnswerAndTheirLinesArriveWhenItIsBack() {
        String license = licenseOfNewOrganization();
        List<String> ids = readsWithin(license, "rsyslog", () -> {
            await("the appender noticing the intake is gone",
                    () -> Metrics.sum(LICENSING_METRICS, "log_shipping_connected", "") == 0);
            String log = logFile();
            return id -> assertTrue(log.contains(id), "the service's own log has the line of " + id);
        });
        String last = ids.get(ids.size() - 1);
        await("the outage's lines in Elasticsearch once the intake is back", () -> !logDocuments("correlation_id:" + last).isEmpty());
        assertEquals(1.0, Metrics.sum(LICENSING_METRICS, "log_shipping_connected", ""));
    }

    @Test
    void withElasticsearchDownRequestsAnswerAndTheLinesAreIndexedWhenItIsBack() {
        String license = licenseOfNewOrganization();
        List<String> ids = readsWithin(license, "elasticsearch", () -> id -> { });
        String last = ids.get(ids.size() - 1);
        await("the outage's lines in Elasticsearch once it is back (rsyslog retried)",
                () -> !logDocuments("correlation_id:" + last).isEmpty());
    }

    @Test
    void withZipkinDownRequestsAnswerAndTracingResumesWhenItIsBackWithTheEarlierTraces() {
        String license = licenseOfNewOrganization();
        String earlier = tracedRead(license);
        await("a trace in Zipkin before it stops", () -> zipkinTrace(earlier));
        readsWithin(license, "zipkin", () -> id -> { });
        String traceId = tracedRead(license);
        await("a new trace in Zipkin once it is back", () -> zipkinTrace(traceId));
        assertTrue(zipkinTrace(earlier) != null, "the trace from before the restart is still there (kept in Elasticsearch)");
    }

    /**
     * READS reads of the license with the part up, then with it stopped (ops/fixtures), then starts it
     * again: the reads during the outage answer within the bound; whileDown, asked before the part
     * restarts, gives a check that each of their correlation ids passes. Returns those ids.
     */
    private static List<String> readsWithin(String license, String part, Supplier<Consumer<String>> whileDown) {
        long before = medianReadNanos(license, part + "-up", new ArrayList<>());
        List<String> ids = new ArrayList<>();
        long during;
        stack(part, "stop");
        try {
            during = medianReadNanos(license, part + "-down", ids);
            ids.forEach(whileDown.get());
        } finally {
            stack(part, "start");
        }
        assertWithinBound(before, during);
        return ids;
    }

    /** READS reads of the license, each with its own correlation id (added to ids): their median time. */
    private static long medianReadNanos(String license, String label, List<String> ids) {
        long[] nanos = new long[READS];
        for (int i = 0; i < READS; i++) {
            String id = label + "-" + UUID.randomUUID();
            long started = System.nanoTime();
            ApiResponse read = LICENSING.send("GET", license, null, Map.of("X-Correlation-ID", id));
            nanos[i] = System.nanoTime() - started;
            assertEquals(200, read.status(), read::toString);
            ids.add(id);
        }
        java.util.Arrays.sort(nanos);
        return nanos[READS / 2];
    }

    private static void assertWithinBound(long beforeNanos, long duringNanos) {
        long bound = 2 * beforeNanos + 20_000_000;
        assertTrue(duringNanos <= bound, "median read " + duringNanos / 1_000_000.0 + " ms during the outage, "
                + beforeNanos / 1_000_000.0 + " ms before (bound " + bound / 1_000_000.0 + " ms)");
    }

    private static String logFile() {
        try {
            return Files.readString(LICENSING_LOG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
