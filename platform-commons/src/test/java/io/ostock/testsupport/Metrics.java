package io.ostock.testsupport;

/** Reads a service's /metrics (Prometheus text) as an operator's scraper would. */
public final class Metrics {

    private Metrics() {
    }

    /** The sum of a metric's samples whose labels contain labelText (e.g. result="hit"); 0 when absent. */
    public static double sum(Api service, String metric, String labelText) {
        return service.get("/metrics").body().lines()
                .filter(line -> line.startsWith(metric + "{") && line.contains(labelText))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
