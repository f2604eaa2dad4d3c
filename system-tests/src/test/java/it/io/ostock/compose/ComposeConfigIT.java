package it.io.ostock.compose;

import io.ostock.testsupport.StackEnv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docker-compose.yml agrees with the repository and with the native stack, as far as that can be shown
 * without Docker (ops/test also runs `docker-compose config -q`): every image has a pinned tag, every
 * long-running service a healthcheck and every service a memory limit (together what an 8 GB laptop can
 * give), every mounted file exists, every variable is one of ops/stack.env's (.env links to it), every
 * published port is one of its ports, the services get every setting the native stack gives them, and
 * every host name that the gateway, Prometheus, Logstash and Grafana configurations use is a compose
 * service listening on that port.
 */
class ComposeConfigIT {

    private static final Path ROOT = StackEnv.root();
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    /** What an 8 GB laptop can give the containers, leaving the rest to the system and Docker itself. */
    private static final long MEMORY_BUDGET_MIB = 6656;
    /** Settings only the test servers get: a fixed Organization URL and a fast expiry job. */
    private static final Set<String> TEST_SERVER_ONLY = Set.of("ORGANIZATION_URL", "LICENSE_EXPIRY_INTERVAL_MS");

    private static String text;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() {
        // The gateway's environment file (its TLS certificate) is made, not kept in git.
        run(ROOT.resolve("gateway-apisix/make-dev-cert").toString());
        text = read(ROOT.resolve("docker-compose.yml"));
        Map<String, Object> compose = new Yaml().load(text);
        services = (Map<String, Map<String, Object>>) compose.get("services");
    }

    @Test
    void theEnvFileIsTheNativeStacksAndDefinesEveryVariable() throws IOException {
        Path env = ROOT.resolve(".env");
        assertTrue(Files.isSymbolicLink(env), ".env is a link");
        assertEquals(ROOT.resolve("ops/stack.env").toRealPath(), env.toRealPath());
        Set<String> undefined = new TreeSet<>();
        Matcher variables = VARIABLE.matcher(text);
        while (variables.find()) {
            if (!defined(variables.group(1))) {
                undefined.add(variables.group(1));
            }
        }
        assertEquals(Set.of(), undefined, "variables docker-compose.yml uses that ops/stack.env does not define");
    }

    @Test
    void everyImageHasAPinnedTag() {
        services.forEach((name, service) -> {
            String image = resolved((String) service.get("image"));
            assertTrue(image.matches("[^:]+(:\\d+)?/?[^:]*:[\\w.-]+"), name + " has a tagged image: " + image);
            String tag = image.substring(image.lastIndexOf(':') + 1);
            assertFalse(tag.equals("latest") || !tag.matches(".*\\d.*"), name + "'s tag names a version: " + image);
            if (service.containsKey("build")) {
                String from = read(ROOT.resolve((String) service.get("build")).resolve("Dockerfile")).lines()
                        .filter(line -> line.startsWith("FROM ")).findFirst().orElseThrow();
                assertTrue(from.matches("FROM [^:\\s]+:[\\w.-]*\\d[\\w.-]*"), name + "'s Dockerfile starts from a pinned tag: " + from);
            }
        });
        for (String[] pinned : new String[][] {{"keycloak", "KEYCLOAK_VERSION"}, {"zipkin", "ZIPKIN_VERSION"},
                {"elasticsearch", "ELASTICSEARCH_VERSION"}, {"logstash", "ELASTICSEARCH_VERSION"}, {"kibana", "ELASTICSEARCH_VERSION"}}) {
            assertTrue(((String) services.get(pinned[0]).get("image")).endsWith(":${" + pinned[1] + "}"),
                    pinned[0] + " runs the version the native stack runs (" + pinned[1] + ")");
        }
    }

    @Test
    void everyLongRunningServiceHasAHealthcheckAndWaitsForHealthyDependencies() {
        services.forEach((name, service) -> {
            boolean oneOff = "no".equals(service.get("restart"));
            if (!oneOff) {
                Map<?, ?> healthcheck = (Map<?, ?>) service.get("healthcheck");
                assertTrue(healthcheck != null && healthcheck.get("test") instanceof List<?>, name + " has a healthcheck");
            }
            Object dependsOn = service.getOrDefault("depends_on", Map.of());
            assertTrue(dependsOn instanceof Map<?, ?>, name + " says what it waits for in each dependency");
            ((Map<?, ?>) dependsOn).forEach((dependency, condition) -> {
                assertTrue(services.containsKey((String) dependency), name + " depends on a service: " + dependency);
                boolean dependencyIsOneOff = "no".equals(services.get((String) dependency).get("restart"));
                assertEquals(dependencyIsOneOff ? "service_completed_successfully" : "service_healthy",
                        ((Map<?, ?>) condition).get("condition"), name + " waits for " + dependency);
            });
        });
    }

    @Test
    void everyServiceHasAMemoryLimitAndTogetherTheyFitALaptop() {
        long total = 0;
        for (var service : services.entrySet()) {
            Object limit = service.getValue().get("mem_limit");
            assertTrue(limit instanceof String && ((String) limit).matches("\\d+[mg]"), service.getKey() + " has a memory limit");
            String value = (String) limit;
            long mib = Long.parseLong(value.substring(0, value.length() - 1)) * (value.endsWith("g") ? 1024 : 1);
            total += mib;
        }
        assertTrue(total <= MEMORY_BUDGET_MIB, "the limits add up to " + total + " MiB, more than " + MEMORY_BUDGET_MIB);
    }

    @Test
    void everyMountedFileAndBuildFolderExists() {
        services.forEach((name, service) -> {
            List<String> paths = new ArrayList<>();
            for (Object volume : (List<?>) service.getOrDefault("volumes", List.of())) {
                String source = ((String) volume).split(":")[0];
                if (source.startsWith("./")) {
                    paths.add(source);
                }
            }
            if (service.get("env_file") instanceof String envFile) {
                paths.add(envFile);
            }
            if (service.get("build") instanceof String build) {
                paths.add(build + "/Dockerfile");
                paths.add(build + "/.dockerignore");
            }
            paths.forEach(path -> assertTrue(Files.exists(ROOT.resolve(path)), name + " mounts " + path + ", which exists"));
        });
    }

    @Test
    void onlyTheGatewayIsPublishedBeyondThisMachineAndEveryPortIsTheNativeStacks() {
        services.forEach((name, service) -> {
            for (Object port : (List<?>) service.getOrDefault("ports", List.of())) {
                String mapping = (String) port;
                assertTrue(mapping.matches("(127\\.0\\.0\\.1:)?\\$\\{[A-Z0-9_]+_PORT}:[\\w${}]+"),
                        name + " publishes a port of ops/stack.env: " + mapping);
                assertEquals(!name.equals("apisix"), mapping.startsWith("127.0.0.1:"),
                        name + ": only the gateway listens beyond this machine: " + mapping);
            }
        });
        for (String unpublished : List.of("postgres", "redis", "organization-1", "organization-2", "licensing")) {
            assertFalse(services.get(unpublished).containsKey("ports"), unpublished + " is reached inside the network only");
        }
        assertEquals(List.of("${GATEWAY_HTTP_PORT}:9080", "${GATEWAY_HTTPS_PORT}:9443"), services.get("apisix").get("ports"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theServicesGetEverySettingTheNativeStackGivesThem() {
        for (String[] service : new String[][] {{"organization", "organization-1"}, {"organization", "organization-2"},
                {"licensing", "licensing"}}) {
            Set<String> nativeNames = new TreeSet<>();
            run(ROOT.resolve("ops/fixtures").toString(), "it-server-env", service[0]).lines()
                    .map(line -> line.split("=", 2)[0]).filter(key -> !TEST_SERVER_ONLY.contains(key)).forEach(nativeNames::add);
            Set<String> composeNames = new TreeSet<>(((Map<String, ?>) services.get(service[1]).get("environment")).keySet());
            Set<String> missing = new TreeSet<>(nativeNames);
            missing.removeAll(composeNames);
            assertEquals(Set.of(), missing, service[1] + " lacks settings a native " + service[0] + " server gets");
        }
    }

    @Test
    void everyHostTheOtherConfigurationsNameIsAComposeServiceOnThatPort() {
        Map<String, Set<Integer>> listens = new TreeMap<>();
        listens.put("eureka-1", Set.of(StackEnv.port("EUREKA_PEER1_PORT")));
        listens.put("eureka-2", Set.of(StackEnv.port("EUREKA_PEER2_PORT")));
        listens.put("keycloak", Set.of(StackEnv.port("KEYCLOAK_HTTP_PORT"), StackEnv.port("KEYCLOAK_MANAGEMENT_PORT")));
        listens.put("zipkin", Set.of(StackEnv.port("ZIPKIN_PORT")));
        listens.put("elasticsearch", Set.of(StackEnv.port("ELASTICSEARCH_PORT")));
        listens.put("logstash", Set.of(StackEnv.port("LOG_INTAKE_PORT"), StackEnv.port("LOG_INTAKE_HTTP_PORT")));
        listens.put("prometheus", Set.of(StackEnv.port("PROMETHEUS_PORT")));
        listens.put("alertmanager", Set.of(StackEnv.port("ALERTMANAGER_PORT")));
        listens.put("apisix", Set.of(9091));
        Pattern hostPort = Pattern.compile("(?<![\\w.-])([a-z][a-z0-9-]*[a-z0-9]):(\\d{2,5})\\b");
        for (String file : List.of("gateway-apisix/config.yaml", "gateway-apisix/apisix.yaml", "observability/prometheus/prometheus.yml",
                "observability/logstash/pipeline/ostock.conf", "observability/grafana/provisioning/datasources/ostock.yml")) {
            Matcher found = hostPort.matcher(read(ROOT.resolve(file)).replaceAll("(?m)^\\s*#.*$", ""));
            int checked = 0;
            while (found.find()) {
                String host = found.group(1);
                if (host.equals("localhost") || host.equals("http") || host.equals("https")) {
                    continue;
                }
                int port = Integer.parseInt(found.group(2));
                assertTrue(services.containsKey(host), file + " names " + host + ", a compose service");
                assertTrue(listens.getOrDefault(host, Set.of()).contains(port), file + ": " + host + " listens on " + port);
                checked++;
            }
            assertTrue(checked > 0, file + " names compose services");
        }
        assertTrue(read(ROOT.resolve("gateway-apisix/config.yaml")).contains("port: 9091"), "the gateway's exporter port");
    }

    private static boolean defined(String name) {
        try {
            StackEnv.get(name);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static String resolved(String value) {
        return VARIABLE.matcher(value).replaceAll(match -> Matcher.quoteReplacement(StackEnv.get(match.group(1))));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command of the repository: its standard output; a failure when it fails. */
    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(ROOT.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), String.join(" ", command) + " failed: " + output);
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
