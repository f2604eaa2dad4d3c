package io.ostock.licensing.infrastructure;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** How one Redis cache's lookups went: {cache}_cache_requests_total{result=hit|miss|error}. */
final class CacheRequests {

    private final Counter hits;
    private final Counter misses;
    private final Counter errors;

    CacheRequests(MetricRegistry metrics, String cache) {
        String name = cache + "_cache_requests_total";
        hits = metrics.counter(name, new Tag("result", "hit"));
        misses = metrics.counter(name, new Tag("result", "miss"));
        errors = metrics.counter(name, new Tag("result", "error"));
    }

    /** Counts a lookup's answer: null is a miss. */
    <T> T counted(T cached) {
        (cached == null ? misses : hits).inc();
        return cached;
    }

    void error() {
        errors.inc();
    }
}
