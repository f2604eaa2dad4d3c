package io.ostock.testsupport;

import java.util.Arrays;

/** Reads a service's /metrics (Prometheus text) as an operator's scraper would. */
public final class Metrics {

    private Metrics() {
    }

    /** The sum of a metric's samples whose labels contain labelText (e.g. result="hit"); 0 when absent. */
    public static double sum(Api service, String metric, String labelText) {
        return sumAt(service, "/metrics", metric, labelText);
    }

    /** Requests one JAX-RS resource method has served, e.g. ("OrganizationResource", "get"): its REST_request_seconds_count. */
    public static double restRequests(Api service, String resourceClass, String method) {
        return sum(service, "REST_request_seconds_count", resourceClass + "\",method=\"" + method + "_");
    }

    /** The same from another scrape path (a Spring Boot actuator's /actuator/prometheus), every labelText present. */
    public static double sumAt(Api service, String path, String metric, String... labelTexts) {
        return service.get(path).body().lines()
                .filter(line -> line.startsWith(metric + "{") && Arrays.stream(labelTexts).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
