package io.ostock.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The service's own Keycloak identity (a confidential client with a service account), for calls
 * that no user makes, such as scheduled jobs. Gets an access token by the client-credentials grant
 * and reuses it until shortly before it expires. Configuration: {@code service-account.client-id},
 * {@code service-account.client-secret} and {@code service-account.token-url}. The secret and the
 * tokens are never logged; a failure names only the HTTP status.
 */
@ApplicationScoped
public class ServiceAccount {

    /** A token this close to its expiry is replaced, so that it cannot expire on the way. */
    private static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofSeconds(30);

    private record Token(String value, Instant refreshAt) {
    }

    // Settings, one injected field per key (the MicroProfile Config idiom), all optional: only the
    // services that make calls of their own configure an account.
    @Inject
    @ConfigProperty(name = "service-account.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "service-account.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "service-account.token-url")
    Optional<String> tokenUrl;

    @Inject
    HttpClient http;

    private volatile Token current;

    /** A valid access token of the service account. */
    public String accessToken() {
        Token token = current;
        if (token == null || Instant.now().isAfter(token.refreshAt())) {
            synchronized (this) {
                token = current;
                if (token == null || Instant.now().isAfter(token.refreshAt())) {
                    token = fetch();
                    current = token;
                }
            }
        }
        return token.value();
    }

    private Token fetch() {
        String client = required(clientId, "service-account.client-id");
        String url = required(tokenUrl, "service-account.token-url");
        String form = "grant_type=client_credentials&client_id=" + encode(client) + "&client_secret="
                + encode(required(clientSecret, "service-account.client-secret"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(2))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The token endpoint " + url + " cannot be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while getting the service account's token");
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The token endpoint refused client " + client + " (HTTP "
                    + response.statusCode() + ")");
        }
        JsonObject answer = Json.createReader(new StringReader(response.body())).readObject();
        Duration lifetime = Duration.ofSeconds(answer.getJsonNumber("expires_in").longValue());
        return new Token(answer.getString("access_token"), Instant.now().plus(lifetime).minus(REFRESH_BEFORE_EXPIRY));
    }

    private static String required(Optional<String> value, String name) {
        return value.filter(v -> !v.isBlank())
                .orElseThrow(() -> new IllegalStateException("No service account: " + name + " is not configured"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
