package it.io.ostock.observability;

import io.ostock.testsupport.StackEnv;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static it.io.ostock.observability.ObservabilityWorld.ELASTICSEARCH;
import static it.io.ostock.observability.ObservabilityWorld.LICENSING;
import static it.io.ostock.observability.ObservabilityWorld.await;
import static it.io.ostock.observability.ObservabilityWorld.logDocumentsSince;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The log documents' fields agree with the logs-ostock index template, as the real Elasticsearch
 * applies it (its mapping is explicit: a field it does not map is kept but cannot be searched): every
 * field the services write (read back from documents rsyslog indexed), every field Logstash's
 * pipeline writes for docker-compose (read from observability/logstash/pipeline/ostock.conf, since
 * Logstash cannot run here), and every field Kibana's saved objects show, sort by or query
 * (observability/kibana, since Kibana cannot run here either), whose references all resolve.
 */
class LogMappingIT {

    /** A rename's target or an added field: "source" => "target" and "field" => "value" pairs. */
    /** A field a KQL query tests: before ":" or a comparison. */
    private static final Pattern KQL_FIELD = Pattern.compile("([A-Za-z_@][A-Za-z0-9_.@]*)\\s*(?::|>=|<=|>|<)");
    private static final Pattern PAIR = Pattern.compile("\"([^\"]+)\"\\s*=>\\s*\"([^\"]*)\"");

    @Test
    void everyFieldTheServicesWriteIsMapped() {
        Instant since = Instant.now().minusSeconds(1);
        LICENSING.get("/v1/ping");
        LICENSING.get("/v1/organizations/00000000-0000-4000-8000-000000000001/licenses");
        Set<String> written = await("documents of the calls in Elasticsearch", () -> {
            Set<String> fields = new TreeSet<>();
            logDocumentsSince(since).forEach(document -> fields.addAll(document.keySet()));
            return fields.contains("status") ? fields : null;
        });
        Set<String> unmapped = new TreeSet<>(written);
        unmapped.removeAll(mappedFields());
        assertEquals(Set.of(), unmapped, "fields the services write that the template does not map");
    }

    @Test
    void everyFieldTheLogstashPipelineWritesIsMapped() throws IOException {
        String pipeline = Files.readString(StackEnv.root().resolve("observability/logstash/pipeline/ostock.conf"));
        Set<String> written = new TreeSet<>(Set.of("@timestamp", "message"));
        for (String block : blocks(pipeline, "rename")) {
            Matcher pair = PAIR.matcher(block);
            while (pair.find()) {
                written.add(pair.group(2));
            }
        }
        for (String block : blocks(pipeline, "add_field")) {
            Matcher pair = PAIR.matcher(block);
            while (pair.find()) {
                if (!pair.group(1).startsWith("[@metadata]")) {
                    written.add(pair.group(1));
                }
            }
        }
        assertTrue(written.containsAll(Set.of("method", "path", "status", "service", "trace_id")), written::toString);
        Set<String> unmapped = new TreeSet<>(written);
        unmapped.removeAll(mappedFields());
        assertEquals(Set.of(), unmapped, "fields the Logstash pipeline writes that the template does not map");
    }

    @Test
    void everyFieldAKibanaObjectUsesIsMappedAndEveryReferenceResolves() throws IOException {
        java.util.List<JsonObject> objects = Files.readAllLines(StackEnv.root().resolve("observability/kibana/ostock-saved-objects.ndjson"))
                .stream().filter(line -> !line.isBlank()).map(line -> Json.createReader(new StringReader(line)).readObject()).toList();
        Set<String> ids = new TreeSet<>();
        objects.forEach(object -> ids.add(object.getString("type") + "/" + object.getString("id")));
        Set<String> used = new TreeSet<>();
        for (JsonObject object : objects) {
            JsonObject attributes = object.getJsonObject("attributes");
            switch (object.getString("type")) {
                case "index-pattern" -> {
                    assertEquals("logs-ostock-*", attributes.getString("title"));
                    used.add(attributes.getString("timeFieldName"));
                }
                case "search" -> {
                    attributes.getJsonArray("columns").forEach(column -> used.add(((jakarta.json.JsonString) column).getString()));
                    attributes.getJsonArray("sort").forEach(sort -> used.add(sort.asJsonArray().getString(0)));
                    JsonObject source = Json.createReader(new StringReader(
                            attributes.getJsonObject("kibanaSavedObjectMeta").getString("searchSourceJSON"))).readObject();
                    Matcher field = KQL_FIELD.matcher(source.getJsonObject("query").getString("query").replaceAll("\"[^\"]*\"", "\"\""));
                    while (field.find()) {
                        used.add(field.group(1));
                    }
                }
                case "dashboard" -> assertTrue(attributes.getString("panelsJSON").contains("panelRefName"), object::toString);
                default -> throw new AssertionError("unexpected saved object type " + object.getString("type"));
            }
            object.getJsonArray("references").forEach(reference -> assertTrue(ids.contains(
                    reference.asJsonObject().getString("type") + "/" + reference.asJsonObject().getString("id")),
                    object.getString("id") + " refers to " + reference));
        }
        assertTrue(used.containsAll(Set.of("@timestamp", "level", "status", "trace_id", "duration_ms")), used::toString);
        Set<String> unmapped = new TreeSet<>(used);
        unmapped.removeAll(mappedFields());
        assertEquals(Set.of(), unmapped, "fields Kibana's saved objects use that the template does not map");
    }

    /** The top-level fields of the mapping Elasticsearch gives an index of the logs-ostock-default stream. */
    private static Set<String> mappedFields() {
        HttpResponse<String> simulated = ObservabilityWorld.send(HttpRequest.newBuilder(
                URI.create(ELASTICSEARCH + "/_index_template/_simulate_index/logs-ostock-default"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, simulated.statusCode(), simulated::body);
        JsonObject template = Json.createReader(new StringReader(simulated.body())).readObject().getJsonObject("template");
        return template.getJsonObject("mappings").getJsonObject("properties").keySet();
    }

    /** The bodies of every "name => { ... }" block (no nested braces in them). */
    private static Iterable<String> blocks(String pipeline, String name) {
        Matcher block = Pattern.compile(name + "\\s*=>\\s*\\{([^{}]*)\\}").matcher(pipeline);
        java.util.List<String> bodies = new java.util.ArrayList<>();
        while (block.find()) {
            bodies.add(block.group(1));
        }
        return bodies;
    }
}
