package io.ostock.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The tests' private Keycloak (KEYCLOAK_IT_HTTP_PORT): real tokens for the realm's users and
 * clients, its admin API, and stopping and starting it for real.
 */
public final class Keycloak {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Keycloak() {
    }

    /** As the services see it (the issuer they trust). */
    public static String baseUrl() {
        return "http://localhost:" + StackEnv.get("KEYCLOAK_IT_HTTP_PORT");
    }

    public static String tokenUrl(String base) {
        return base + "/realms/" + RealmExport.name() + "/protocol/openid-connect/token";
    }

    /** A user's access token from the public ostock-cli client (direct access grant). */
    public static String userToken(String username) {
        return accessToken(passwordGrant(baseUrl(), "ostock-cli", username, RealmExport.password(username), null));
    }

    /** A service account's access token (client credentials). */
    public static String serviceToken(String clientId) {
        return accessToken(post(tokenUrl(baseUrl()), Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", RealmExport.clientSecret(clientId))));
    }

    /** The token endpoint's whole answer to a password grant (status and JSON). */
    public static ApiResponse passwordGrant(String base, String clientId, String username, String password, String totp) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        if (totp != null) {
            form.put("totp", totp);
        }
        return post(tokenUrl(base), form);
    }

    public static String accessToken(ApiResponse tokenResponse) {
        if (tokenResponse.status() != 200) {
            throw new AssertionError("no token: " + tokenResponse);
        }
        return tokenResponse.json().getString("access_token");
    }

    /** RFC 6238 TOTP (HMAC-SHA1, 6 digits, 30 s) as Keycloak computes it from the raw secret. */
    public static String totp(String secret, long epochSeconds) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(epochSeconds / 30).array());
            int offset = hash[hash.length - 1] & 0xf;
            int binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Calls the admin API of the realm as Keycloak's bootstrap administrator. */
    public static ApiResponse admin(String method, String path, String json) {
        String token = accessToken(post(baseUrl() + "/realms/master/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "admin-cli",
                "username", StackEnv.get("KEYCLOAK_ADMIN_USER"), "password", StackEnv.get("KEYCLOAK_ADMIN_PASSWORD"))));
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/admin/realms/" + RealmExport.name() + path))
                .header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.build());
    }

    public static String userId(String username) {
        ApiResponse users = admin("GET", "/users?exact=true&username=" + username, null);
        return Json.createReader(new StringReader(users.body())).readArray().getJsonObject(0).getString("id");
    }

    public static void stop() {
        StackCommand.run(240, "it-keycloak", "stop");
    }

    public static void start() {
        StackCommand.run(240, "it-keycloak", "start");
    }

    /** POSTs an already encoded form. */
    public static ApiResponse form(String url, String encodedForm) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encodedForm)).build());
    }

    private static ApiResponse post(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static ApiResponse send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), response);
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a JWT, unverified (for assertions on what Keycloak put in it). */
    public static JsonObject claims(String jwt) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(payload)).readObject();
    }
}
