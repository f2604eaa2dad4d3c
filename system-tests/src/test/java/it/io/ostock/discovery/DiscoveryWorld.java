package it.io.ostock.discovery;

import io.ostock.testsupport.Api;
import io.ostock.testsupport.ApiResponse;
import io.ostock.testsupport.Eventually;
import io.ostock.testsupport.ItRedis;
import io.ostock.testsupport.Metrics;
import io.ostock.testsupport.StackCommand;
import io.ostock.testsupport.StackEnv;
import io.ostock.testsupport.TokenSource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import redis.clients.jedis.JedisPooled;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The discovery tests' world, started by `ops/fixtures it-discovery-up`: two Eureka peers, two
 * Organization instances and one licensing instance, all registered, with short intervals
 * (DISCOVERY_IT_* in ops/stack.env). Tests stop, kill and start its parts through ops/fixtures.
 */
final class DiscoveryWorld {

    static final int PEER_1 = StackEnv.port("DISCOVERY_IT_EUREKA_PEER1_PORT");
    static final int PEER_2 = StackEnv.port("DISCOVERY_IT_EUREKA_PEER2_PORT");
    static final int ORGANIZATION_1 = StackEnv.port("DISCOVERY_IT_ORGANIZATION_1_HTTP_PORT");
    static final int ORGANIZATION_2 = StackEnv.port("DISCOVERY_IT_ORGANIZATION_2_HTTP_PORT");
    static final int LICENSING = StackEnv.port("DISCOVERY_IT_LICENSING_HTTP_PORT");
    static final Duration HEARTBEAT = Duration.ofSeconds(StackEnv.port("DISCOVERY_IT_HEARTBEAT_SECONDS"));
    static final Duration LEASE = Duration.ofSeconds(StackEnv.port("DISCOVERY_IT_LEASE_SECONDS"));
    static final Duration REGISTRY_FETCH = Duration.ofSeconds(StackEnv.port("DISCOVERY_IT_REGISTRY_FETCH_SECONDS"));

    static final TokenSource ADMIN_TOKEN = TokenSource.user("admin");
    static final Api LICENSING_ADMIN = new Api("http://localhost:" + LICENSING, ADMIN_TOKEN);
    static final Api ORGANIZATION_1_ADMIN = new Api("http://localhost:" + ORGANIZATION_1, ADMIN_TOKEN);
    static final Api ORGANIZATION_2_ADMIN = new Api("http://localhost:" + ORGANIZATION_2, ADMIN_TOKEN);

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static {
        warm(ORGANIZATION_1_ADMIN);
        warm(ORGANIZATION_2_ADMIN);
    }

    private DiscoveryWorld() {
    }

    /**
     * ops/fixtures it-discovery PART ACTION (start, stop, kill). A started Organization instance is
     * warmed up before the test goes on: a fresh Liberty server takes seconds over its first calls
     * of each kind, longer than licensing waits (300 ms), and the tests are about discovery.
     */
    static void stack(String part, String action) {
        StackCommand.run(240, "it-discovery", part, action);
        if ("start".equals(action) && part.startsWith("organization-")) {
            warm("organization-1".equals(part) ? ORGANIZATION_1_ADMIN : ORGANIZATION_2_ADMIN);
        }
    }

    /** Calls an Organization instance's endpoints that licensing uses until they answer quickly. */
    static void warm(Api organization) {
        String id = anyOrganization(organization);
        Eventually.await(Duration.ofSeconds(60), "Organization instance " + organization.baseUrl() + " warm", () -> {
            long started = System.nanoTime();
            organization.get("/v1/organizations/" + id);
            organization.get("/v1/organizations/" + id + "/contacts");
            return System.nanoTime() - started < Duration.ofMillis(100).toNanos();
        });
    }

    /** An organization's id; on an empty database (system tests run alone) one is made. */
    private static String anyOrganization(Api organization) {
        var listed = organization.get("/v1/organizations?limit=1").items();
        if (!listed.isEmpty()) {
            return listed.getJsonObject(0).getString("id");
        }
        ApiResponse created = organization.post("/v1/organizations", "{\"name\":\"Discovery warm-up\"}");
        assertEquals(201, created.status(), created::toString);
        return created.createdId();
    }

    /** Waits for a (re)started Eureka peer to answer its health check. */
    static void awaitPeerReady(int peerPort) {
        Eventually.await(Duration.ofSeconds(120), "Eureka peer " + peerPort + " ready", () -> {
            try {
                return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + peerPort + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        });
    }

    /** A request to one peer's Eureka REST API (PATH after /eureka), asking for JSON, as the gateway (a reader). */
    static HttpRequest.Builder eurekaRequest(int peerPort, String path) {
        return eurekaRequest(peerPort, path, RegistryAccount.GATEWAY);
    }

    /** A request to one peer's Eureka REST API (PATH after /eureka), asking for JSON, with this account. */
    static HttpRequest.Builder eurekaRequest(int peerPort, String path, RegistryAccount account) {
        return account.presentedBy(HttpRequest.newBuilder(URI.create("http://localhost:" + peerPort + "/eureka" + path))
                .header("Accept", "application/json"));
    }

    /** A registration body as small as Eureka takes, for an instance of APP on localhost:PORT. */
    static String instanceJson(String app, String id, int port) {
        return Json.createObjectBuilder().add("instance", Json.createObjectBuilder()
                .add("instanceId", id)
                .add("app", app)
                .add("hostName", "localhost")
                .add("ipAddr", "127.0.0.1")
                .add("status", "UP")
                .add("port", Json.createObjectBuilder().add("$", port).add("@enabled", "true"))
                .add("vipAddress", app.toLowerCase())
                .add("dataCenterInfo", Json.createObjectBuilder()
                        .add("@class", "com.netflix.appinfo.InstanceInfo$DefaultDataCenterInfo")
                        .add("name", "MyOwn"))).build().toString();
    }

    /** The instances of an application in one peer's registry (empty when it lists none or is down). */
    static List<JsonObject> registered(int peerPort, String app) {
        try {
            HttpResponse<String> answer = HTTP.send(eurekaRequest(peerPort, "/apps/" + app)
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                return List.of();
            }
            JsonValue instances = Json.createReader(new StringReader(answer.body())).readObject()
                    .getJsonObject("application").get("instance");
            return (instances.getValueType() == JsonValue.ValueType.ARRAY ? instances.asJsonArray()
                    : List.of(instances)).stream().map(JsonValue::asJsonObject).toList();
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The ports of an application's UP instances in one peer's registry, sorted. */
    static List<Integer> upPorts(int peerPort, String app) {
        return upPorts(registered(peerPort, app));
    }

    private static List<Integer> upPorts(List<JsonObject> instances) {
        return instances.stream()
                .filter(instance -> "UP".equals(instance.getString("status")))
                .map(instance -> instance.getJsonObject("port").getInt("$"))
                .sorted()
                .toList();
    }

    /** Waits for exactly these UP instances; on timeout says what the peer listed last. */
    static void awaitUpPorts(int peerPort, String app, List<Integer> ports, Duration within) {
        var lastListed = new AtomicReference<List<String>>(List.of());
        try {
            Eventually.await(within, app + " registered on peer " + peerPort + " as " + ports, () -> {
                List<JsonObject> instances = registered(peerPort, app);
                lastListed.set(instances.stream()
                        .map(instance -> instance.getJsonObject("port").getInt("$") + " " + instance.getString("status"))
                        .toList());
                return upPorts(instances).equals(ports);
            });
        } catch (AssertionError notListed) {
            throw new AssertionError(notListed.getMessage() + "; it listed " + lastListed.get() + " last", notListed);
        }
    }

    /** A new organization (with a primary contact) and a license of it: the license's path in licensing. */
    static String licensedOrganization() {
        String name = "Discovered " + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = ORGANIZATION_1_ADMIN.post("/v1/organizations", "{\"name\":\"" + name + "\"}");
        assertEquals(201, created.status(), created::toString);
        String org = created.createdId();
        assertEquals(201, ORGANIZATION_1_ADMIN.post("/v1/organizations/" + org + "/contacts",
                "{\"name\":\"Dana Discovery\",\"email\":\"dana@example.com\",\"primary\":true}").status());
        ApiResponse issued = Eventually.await(Duration.ofSeconds(30), "licensing reaches Organization", () -> {
            ApiResponse answer = LICENSING_ADMIN.post("/v1/organizations/" + org + "/licenses",
                    "{\"productName\":\"Discovery\",\"type\":\"SITE\"}");
            return answer.status() == 201 ? answer : null;
        });
        String license = "/v1/organizations/" + org + "/licenses/" + issued.json().getJsonObject("license").getString("id");
        // Ready when reads reach Organization again (after an earlier test's faults the circuit may still be open).
        Eventually.await(Duration.ofSeconds(30), "four reads in a row reach Organization", () -> {
            for (int i = 0; i < 4; i++) {
                if (!readAskingOrganization(license).getBoolean("available")) {
                    return false;
                }
            }
            return true;
        });
        return license;
    }

    /**
     * Reads the license with its organization's summary evicted from Redis first, so that licensing
     * must ask an Organization instance (this world's licensing keeps no local copy of Redis's answers:
     * ops/stack starts it with organization.cache.local.ms 0); returns the organization part of the answer.
     */
    static JsonObject readAskingOrganization(String licensePath) {
        String org = licensePath.split("/")[3];
        try (JedisPooled redis = ItRedis.client()) {
            redis.del("licensing:organization:" + org);
        }
        ApiResponse read = LICENSING_ADMIN.get(licensePath);
        assertEquals(200, read.status(), read::toString);
        return read.json().getJsonObject("organization");
    }

    /** GET /v1/organizations/{id} requests an Organization instance has served so far. */
    static double organizationReads(Api instance) {
        return Metrics.restRequests(instance, "OrganizationResource", "get");
    }
}
