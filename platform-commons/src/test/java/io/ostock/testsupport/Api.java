package io.ostock.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/** A plain HTTP client for a service under test: what a curl user would send, nothing hidden. */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String baseUrl;
    private final Supplier<String> bearer;

    /** Calls without a token. */
    public Api(String baseUrl) {
        this(baseUrl, () -> null);
    }

    /** Calls with "Authorization: Bearer" and the supplier's token (null: no header). */
    public Api(String baseUrl, Supplier<String> bearer) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.bearer = bearer;
    }

    public Api withToken(Supplier<String> token) {
        return new Api(baseUrl, token);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public ApiResponse get(String path) {
        return send("GET", path, null, Map.of());
    }

    public ApiResponse post(String path, String json) {
        return send("POST", path, json, Map.of());
    }

    public ApiResponse put(String path, String json) {
        return send("PUT", path, json, Map.of());
    }

    public ApiResponse put(String path, String json, String ifMatch) {
        return send("PUT", path, json, Map.of("If-Match", ifMatch));
    }

    public ApiResponse delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    public ApiResponse send(String method, String path, String body, Map<String, String> headers) {
        URI uri = URI.create(baseUrl + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        String token = bearer.get();
        if (token != null && !headers.containsKey("Authorization")) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            ObservedCalls.record(baseUrl, method, uri, response.statusCode());
            return new ApiResponse(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
