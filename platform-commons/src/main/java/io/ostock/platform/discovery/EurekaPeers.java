package io.ostock.platform.discovery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Eureka peers ({@code eureka.urls}, comma-separated, e.g. http://localhost:8761/eureka), asked
 * over the JDK HTTP client. A request goes to the peer that answered last; when that one cannot be
 * reached or answers 5xx, to the next, and so on round the list.
 *
 * <p>Every request carries this service's registry account (HTTP Basic): {@code eureka.user}, the
 * service's name by default, and {@code eureka.password} (EUREKA_PASSWORD). The peers let an account
 * write only its own application and refuse anonymous requests.</p>
 */
@ApplicationScoped
public class EurekaPeers {

    /** Every peer failed (unreachable or 5xx). */
    public static class Unreachable extends Exception {
        Unreachable(String message) {
            super(message);
        }
    }

    // Settings, one injected field per key: the MicroProfile Config idiom every bean here follows.
    @Inject
    @ConfigProperty(name = "eureka.urls")
    Optional<String> urls;

    @Inject
    @ConfigProperty(name = "eureka.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "service.name")
    String serviceName;

    @Inject
    @ConfigProperty(name = "eureka.password")
    Optional<String> password;

    @Inject
    HttpClient http;
    private volatile int preferred;

    /** Discovery is on when peers are configured. */
    public boolean enabled() {
        return !peers().isEmpty();
    }

    /** Sends the request built for each peer's base URL in turn; the first answer below 500 wins. */
    public HttpResponse<String> send(Function<String, HttpRequest.Builder> request) throws Unreachable {
        List<String> peers = peers();
        String lastProblem = "no Eureka peers configured (eureka.urls)";
        for (int i = 0; i < peers.size(); i++) {
            int index = (preferred + i) % peers.size();
            HttpRequest built = request.apply(peers.get(index)).timeout(Duration.ofSeconds(2))
                    .header("Authorization", basicCredentials()).build();
            try {
                HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() < 500) {
                    preferred = index;
                    return response;
                }
                lastProblem = peers.get(index) + " answered " + response.statusCode();
            } catch (IOException e) {
                lastProblem = peers.get(index) + ": " + e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Unreachable("interrupted");
            }
        }
        throw new Unreachable(lastProblem);
    }

    private String basicCredentials() {
        String account = user.orElse(serviceName) + ":" + password.orElse("");
        return "Basic " + Base64.getEncoder().encodeToString(account.getBytes(StandardCharsets.UTF_8));
    }

    static URI uri(String base, String path) {
        return URI.create(base + path);
    }

    private List<String> peers() {
        return urls.map(list -> Arrays.stream(list.split(","))
                        .map(String::strip)
                        .filter(url -> !url.isEmpty())
                        .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                        .toList())
                .orElse(List.of());
    }
}
