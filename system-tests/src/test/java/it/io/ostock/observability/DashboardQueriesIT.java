package it.io.ostock.observability;

import io.ostock.testsupport.ApiResponse;
import io.ostock.testsupport.Eventually;
import io.ostock.testsupport.StackEnv;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static it.io.ostock.observability.ObservabilityWorld.LICENSING;
import static it.io.ostock.observability.ObservabilityWorld.prometheusApi;
import static it.io.ostock.observability.ObservabilityWorld.promQuery;
import static it.io.ostock.observability.ObservabilityWorld.licenseOfNewOrganization;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Grafana cannot run here, so its dashboards (observability/grafana/dashboards) are checked against the
 * real Prometheus they will query, after traffic: every PromQL expression of every panel and variable
 * is valid and returns data; panel ids are unique; every data source is one the provisioning file
 * defines. And every rule Prometheus loaded from observability/prometheus/rules is healthy: each
 * recording rule has data, and each metric an alert reads exists.
 */
class DashboardQueriesIT {

    private static final Path GRAFANA = StackEnv.root().resolve("observability/grafana");
    /** A metric name where PromQL reads one: before a label matcher or a range, or alone in a call. */
    private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*(\\{|\\[)");
    private static final Set<String> NOT_METRICS = Set.of("rate", "increase", "sum", "max", "min", "count", "by",
            "histogram_quantile", "label_replace", "time", "vector", "and", "or", "without", "avg");

    @BeforeAll
    static void traffic() {
        for (int i = 0; i < 3; i++) {
            String license = licenseOfNewOrganization();
            LICENSING.get(license);
            String organization = license.split("/")[3];
            ApiResponse issued = LICENSING.post("/v1/organizations/" + organization + "/licenses",
                    "{\"productName\":\"Dashboards\",\"type\":\"SITE\"}");
            LICENSING.post("/v1/licenses/validation", "{\"key\":\"" + issued.json().getString("key") + "\"}");
            LICENSING.post("/v1/licenses/validation", "{\"key\":\"OSTK-NOPE-NOPE-NOPE\"}");
        }
    }

    @Test
    void everyDashboardQueryIsValidAndReturnsData() throws IOException {
        Set<String> dataSources = provisionedDataSourceUids();
        Map<String, String> queries = new TreeMap<>();
        for (Path file : dashboards()) {
            JsonObject dashboard = Json.createReader(new StringReader(Files.readString(file))).readObject();
            Set<Integer> ids = new HashSet<>();
            for (JsonValue value : dashboard.getJsonArray("panels")) {
                JsonObject panel = value.asJsonObject();
                String where = file.getFileName() + " panel '" + panel.getString("title") + "'";
                assertTrue(ids.add(panel.getInt("id")), where + ": its id is unique in the dashboard");
                assertTrue(dataSources.contains(panel.getJsonObject("datasource").getString("uid")), where + ": provisioned data source");
                for (JsonValue target : panel.getJsonArray("targets")) {
                    String uid = target.asJsonObject().getJsonObject("datasource").getString("uid");
                    assertTrue(dataSources.contains(uid), where + ": provisioned data source " + uid);
                    if ("ostock-prometheus".equals(uid)) {
                        queries.put(where + " " + target.asJsonObject().getString("refId"), target.asJsonObject().getString("expr"));
                    }
                }
            }
            for (JsonValue variable : dashboard.getJsonObject("templating").getJsonArray("list")) {
                String definition = variable.asJsonObject().getJsonObject("query").getString("query");
                Matcher labelValues = Pattern.compile("label_values\\((\\w+), *(\\w+)\\)").matcher(definition);
                assertTrue(labelValues.matches(), definition);
                queries.put(file.getFileName() + " variable " + labelValues.group(2),
                        "count by (" + labelValues.group(2) + ") (" + labelValues.group(1) + ")");
            }
        }
        assertTrue(queries.size() > 30, "the dashboards' queries were found: " + queries.size());
        List<String> failures = new ArrayList<>();
        queries.forEach((where, expr) -> {
            String query = expr.replace("$service", ".+");
            try {
                Eventually.await(Duration.ofSeconds(30), where + ": " + query, () -> !promQuery(query).isEmpty());
            } catch (AssertionError noData) {
                failures.add(noData.getMessage());
            }
        });
        assertEquals(List.of(), failures, "queries without data");
    }

    @Test
    void everyRuleIsHealthyRecordsDataAndReadsMetricsThatExist() {
        JsonArray groups = prometheusApi("/api/v1/rules").getJsonArray("groups");
        assertTrue(groups.size() >= 3, groups::toString);
        List<String> failures = new ArrayList<>();
        Eventually.await(Duration.ofSeconds(30), "every rule evaluated", () -> prometheusApi("/api/v1/rules").getJsonArray("groups").stream()
                .flatMap(group -> group.asJsonObject().getJsonArray("rules").stream())
                .allMatch(rule -> !"unknown".equals(rule.asJsonObject().getString("health"))));
        for (JsonValue group : prometheusApi("/api/v1/rules").getJsonArray("groups")) {
            for (JsonValue value : group.asJsonObject().getJsonArray("rules")) {
                JsonObject rule = value.asJsonObject();
                String name = rule.getString("name");
                if (!"ok".equals(rule.getString("health"))) {
                    failures.add(name + ": " + rule.getString("lastError", rule.getString("health")));
                }
                if ("recording".equals(rule.getString("type")) && promQuery(name).isEmpty()) {
                    failures.add(name + ": records no data");
                }
                if ("alerting".equals(rule.getString("type"))) {
                    for (String metric : metricsReadBy(rule.getString("query"))) {
                        if (promQuery("count(" + metric + ")").isEmpty()) {
                            failures.add(name + " reads " + metric + ", which no target exposes");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    private static Set<String> metricsReadBy(String promql) {
        Set<String> metrics = new HashSet<>();
        Matcher selector = SELECTOR.matcher(promql.replaceAll("\"[^\"]*\"", "\"\""));
        while (selector.find()) {
            if (!NOT_METRICS.contains(selector.group(1))) {
                metrics.add(selector.group(1));
            }
        }
        return metrics;
    }

    private static List<Path> dashboards() throws IOException {
        try (Stream<Path> files = Files.list(GRAFANA.resolve("dashboards"))) {
            List<Path> found = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
            assertEquals(4, found.size(), found::toString);
            return found;
        }
    }

    private static Set<String> provisionedDataSourceUids() throws IOException {
        Set<String> uids = new HashSet<>();
        Matcher uid = Pattern.compile("(?m)^\\s+uid:\\s*(\\S+)\\s*$")
                .matcher(Files.readString(GRAFANA.resolve("provisioning/datasources/ostock.yml")));
        while (uid.find()) {
            uids.add(uid.group(1));
        }
        assertEquals(Set.of("ostock-prometheus", "ostock-elasticsearch", "ostock-zipkin"), uids);
        return uids;
    }
}
