package io.ostock.platform.discovery;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Eureka's JSON shapes: the instance a service registers, and the registry it reads back. */
final class EurekaJson {

    private EurekaJson() {
    }

    /** The registration body of POST /eureka/apps/{APP}. */
    static String instance(String instanceId, String app, String host, int port, int renewalSeconds,
                           int leaseSeconds, Map<String, String> metadata) {
        String base = "http://" + host + ":" + port;
        var meta = Json.createObjectBuilder();
        metadata.forEach(meta::add);
        return Json.createObjectBuilder().add("instance", Json.createObjectBuilder()
                .add("instanceId", instanceId)
                .add("app", app)
                .add("hostName", host)
                .add("ipAddr", addressOf(host))
                .add("status", "UP")
                .add("port", Json.createObjectBuilder().add("$", port).add("@enabled", "true"))
                .add("securePort", Json.createObjectBuilder().add("$", 443).add("@enabled", "false"))
                .add("homePageUrl", base + "/")
                .add("statusPageUrl", base + "/health/ready")
                .add("healthCheckUrl", base + "/health")
                .add("vipAddress", app.toLowerCase())
                .add("secureVipAddress", app.toLowerCase())
                .add("dataCenterInfo", Json.createObjectBuilder()
                        .add("@class", "com.netflix.appinfo.InstanceInfo$DefaultDataCenterInfo")
                        .add("name", "MyOwn"))
                .add("leaseInfo", Json.createObjectBuilder()
                        .add("renewalIntervalInSecs", renewalSeconds)
                        .add("durationInSecs", leaseSeconds))
                .add("metadata", meta))
                .build().toString();
    }

    /**
     * The address Eureka's readers connect to (ipAddr: the gateway's discovery and Prometheus use it,
     * not hostName): the host's IP address, so that a container registered as "organization-1" is
     * reached at its own address; the name itself when it does not resolve.
     */
    static String addressOf(String host) {
        if ("localhost".equals(host)) {
            return "127.0.0.1";
        }
        try {
            return InetAddress.getByName(host).getHostAddress();
        } catch (UnknownHostException e) {
            return host;
        }
    }

    /** An instance of a registry answer, with its delta action (ADDED, MODIFIED, DELETED) if any. */
    record Entry(ServiceInstance instance, String action) {
    }

    /** The applications of GET /eureka/apps or /eureka/apps/delta, and the server's hash of them. */
    record Applications(List<Entry> entries, String hashcode) {
    }

    static Applications applications(String body) {
        JsonObject applications = Json.createReader(new StringReader(body)).readObject().getJsonObject("applications");
        List<Entry> entries = arrayOrOne(applications.get("application")).stream()
                .map(JsonValue::asJsonObject)
                .flatMap(application -> arrayOrOne(application.get("instance")).stream())
                .map(JsonValue::asJsonObject)
                .map(EurekaJson::entry)
                .toList();
        return new Applications(entries, applications.getString("apps__hashcode", ""));
    }

    /** Eureka's reconciliation hash: "STATUS_count_" for each status, in status order (e.g. UP_3_). */
    static String hashcode(Iterable<ServiceInstance> instances) {
        SortedMap<String, Integer> counts = new TreeMap<>();
        instances.forEach(instance -> counts.merge(instance.status(), 1, Integer::sum));
        StringBuilder hash = new StringBuilder();
        counts.forEach((status, count) -> hash.append(status).append('_').append(count).append('_'));
        return hash.toString();
    }

    private static Entry entry(JsonObject instance) {
        JsonValue port = instance.get("port");
        int number = port.getValueType() == JsonValue.ValueType.OBJECT
                ? port.asJsonObject().getInt("$") : Integer.parseInt(port.toString());
        URI base = URI.create("http://" + instance.getString("hostName") + ":" + number);
        return new Entry(new ServiceInstance(instance.getString("instanceId"), instance.getString("app"), base,
                instance.getString("status", "UNKNOWN")), instance.getString("actionType", null));
    }

    private static List<JsonValue> arrayOrOne(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        return value.getValueType() == JsonValue.ValueType.ARRAY ? (JsonArray) value : List.of(value);
    }
}
