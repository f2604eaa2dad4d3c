package it.io.ostock.gateway;

import io.ostock.testsupport.Api;
import io.ostock.testsupport.ApiResponse;
import io.ostock.testsupport.RealmExport;
import io.ostock.testsupport.StackEnv;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway's configuration (gateway-apisix/) agrees with the platform it fronts, as far as that can
 * be shown without APISIX (which cannot run here; its schemas are checked by ops/test): the service
 * names it asks Eureka for are the ones real Eureka peers list (the discovery tests' world), read with
 * the gateway's own registry account; the token issuer and audience are the realm export's and the
 * services'; every operation of both services' OpenAPI documents is reachable through a route to the
 * right upstream, with its prefix, and no operator path is; every limit answers 429 on the documented
 * keys.
 */
class GatewayConfigIT {

    private static final Path GATEWAY = StackEnv.root().resolve("gateway-apisix");
    private static final Map<String, Object> RULES = yaml("apisix.yaml");
    private static final Map<String, Object> NODE = yaml("config.yaml");
    private static final Map<String, String> PREFIX_OF_UPSTREAM = Map.of("organization", "/organization", "licensing", "/licensing");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void everyUpstreamNamesAnApplicationTheEurekaPeersListToTheGatewaysAccount() {
        Set<String> wanted = list(RULES, "upstreams").stream().map(upstream -> (String) upstream.get("service_name"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("ORGANIZATION-SERVICE", "LICENSING-SERVICE"), wanted);
        for (String port : List.of("DISCOVERY_IT_EUREKA_PEER1_PORT", "DISCOVERY_IT_EUREKA_PEER2_PORT")) {
            Set<String> listed = new TreeSet<>();
            JsonObject apps = eurekaApps(StackEnv.port(port));
            for (JsonValue app : apps.getJsonObject("applications").getJsonArray("application")) {
                listed.add(app.asJsonObject().getString("name"));
            }
            assertTrue(listed.containsAll(wanted), "peer on " + port + " lists " + listed);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> eureka = (Map<String, Object>) ((Map<String, Object>) NODE.get("discovery")).get("eureka");
        @SuppressWarnings("unchecked")
        List<String> hosts = (List<String>) eureka.get("host");
        assertEquals(2, hosts.size(), "both peers");
        hosts.forEach(host -> assertTrue(host.startsWith("http://gateway:${{EUREKA_GATEWAY_PASSWORD}}@"),
                "the gateway's read-only account, its password from the environment: " + host));
    }

    @Test
    void tokensAreCheckedForTheRealmsIssuerAndTheServicesAudience() {
        Map<String, Object> oidc = plugin(pluginConfig("edge"), "openid-connect");
        String issuer = "http://localhost:" + StackEnv.get("KEYCLOAK_HTTP_PORT") + "/realms/" + RealmExport.name();
        assertEquals(List.of(issuer), nested(oidc, "claim_validator", "issuer", "valid_issuers"),
                "the issuer the services' MP JWT expects (JWT_ISSUER natively, KC_HOSTNAME in compose)");
        assertEquals(true, nested(oidc, "claim_validator", "audience", "required"));
        assertEquals(true, oidc.get("bearer_only"));
        assertEquals(true, oidc.get("use_jwks"));
        assertTrue(((String) oidc.get("discovery")).endsWith("/realms/" + RealmExport.name() + "/.well-known/openid-configuration"));
        assertTrue(RealmExport.clientSecret((String) oidc.get("client_id")) != null, "the gateway's client is in the realm export");
        assertEquals("ostock", StackEnv.get("JWT_AUDIENCE"), "the audience the gateway's client maps into tokens");
    }

    @Test
    void everyApiOperationIsRoutedToItsServiceAndNoOperatorPathIs() {
        Map<String, String> services = Map.of(
                "organization", "http://localhost:" + StackEnv.port("DISCOVERY_IT_ORGANIZATION_1_HTTP_PORT"),
                "licensing", "http://localhost:" + StackEnv.port("DISCOVERY_IT_LICENSING_HTTP_PORT"));
        List<String> unrouted = new ArrayList<>();
        services.forEach((upstream, baseUrl) -> {
            ApiResponse document = new Api(baseUrl).get("/openapi?format=JSON");
            assertEquals(200, document.status(), document::toString);
            JsonObject paths = Json.createReader(new StringReader(document.body())).readObject().getJsonObject("paths");
            assertTrue(paths.size() >= 3, upstream + "'s document lists its paths: " + paths.keySet());
            for (String path : paths.keySet()) {
                String outside = PREFIX_OF_UPSTREAM.get(upstream) + path.replaceAll("\\{[^}]+}", "x");
                String routedTo = upstreamFor(outside);
                if (!upstream.equals(routedTo)) {
                    unrouted.add(outside + " -> " + routedTo);
                }
            }
        });
        assertEquals(List.of(), unrouted, "operations not routed to their service");
        for (String prefix : PREFIX_OF_UPSTREAM.values()) {
            for (String operatorPath : List.of("/metrics", "/health", "/health/ready", "/openapi", "/openapi/ui",
                    "/adminCenter/", "/ibm/api/", "/")) {
                assertEquals(null, upstreamFor(prefix + operatorPath), prefix + operatorPath + " is not routed");
            }
        }
    }

    @Test
    void everyLimitAnswers429OnTheDocumentedKeys() {
        Map<String, Object> count = plugin(pluginConfig("edge"), "limit-count");
        assertEquals(429, count.get("rejected_code"));
        assertEquals(true, count.get("show_limit_quota_header"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rules = (List<Map<String, Object>>) count.get("rules");
        assertEquals(Set.of("$http_authorization", "$remote_addr"),
                rules.stream().map(rule -> (String) rule.get("key")).collect(Collectors.toSet()), "per token and per client address");
        Map<String, Object> validation = route("licensing-validation");
        Map<String, Object> bucket = plugin(validation, "limit-req");
        assertEquals(429, bucket.get("rejected_code"));
        assertEquals("remote_addr", bucket.get("key"));
        for (Map<String, Object> route : list(RULES, "routes")) {
            assertEquals("edge", route.get("plugin_config_id"), route.get("id") + " has the token check and the limits");
        }
        assertTrue(Files.exists(GATEWAY.resolve("apisix.yaml")));
    }

    /** The upstream of the route APISIX would pick for a GET or POST of this path (highest priority first); null when none. */
    private static String upstreamFor(String path) {
        return list(RULES, "routes").stream()
                .sorted((a, b) -> Integer.compare(priority(b), priority(a)))
                .filter(route -> matches((String) route.get("uri"), path) && varsMatch(route, path))
                .map(route -> (String) route.get("upstream_id"))
                .findFirst().orElse(null);
    }

    private static boolean matches(String uri, String path) {
        return uri.endsWith("*") ? path.startsWith(uri.substring(0, uri.length() - 1)) : uri.equals(path);
    }

    @SuppressWarnings("unchecked")
    private static boolean varsMatch(Map<String, Object> route, String path) {
        List<List<Object>> vars = (List<List<Object>>) route.get("vars");
        return vars == null || vars.stream().allMatch(condition -> "uri".equals(condition.get(0))
                && "~~".equals(condition.get(1)) && path.matches((String) condition.get(2)));
    }

    private static int priority(Map<String, Object> route) {
        return route.get("priority") == null ? 0 : (Integer) route.get("priority");
    }

    private static Map<String, Object> pluginConfig(String id) {
        return list(RULES, "plugin_configs").stream().filter(config -> id.equals(config.get("id"))).findFirst().orElseThrow();
    }

    private static Map<String, Object> route(String id) {
        return list(RULES, "routes").stream().filter(route -> id.equals(route.get("id"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plugin(Map<String, Object> owner, String name) {
        return (Map<String, Object>) ((Map<String, Object>) owner.get("plugins")).get(name);
    }

    @SuppressWarnings("unchecked")
    private static Object nested(Map<String, Object> map, String... keys) {
        Object value = map;
        for (String key : keys) {
            value = ((Map<String, Object>) value).get(key);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }

    private static Map<String, Object> yaml(String file) {
        try {
            return new Yaml().load(Files.readString(GATEWAY.resolve(file)));
        } catch (IOException e) {
            throw new AssertionError("cannot read gateway-apisix/" + file, e);
        }
    }

    /** GET /eureka/apps as JSON with the gateway's registry account (EUREKA_GATEWAY_PASSWORD). */
    private static JsonObject eurekaApps(int peerPort) {
        String account = "gateway:" + StackEnv.get("EUREKA_GATEWAY_PASSWORD");
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + peerPort + "/eureka/apps"))
                    .header("Accept", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(account.getBytes(StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer::body);
            assertFalse(answer.body().isEmpty());
            return Json.createReader(new StringReader(answer.body())).readObject();
        } catch (IOException e) {
            throw new AssertionError("the Eureka peer on " + peerPort + " does not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
