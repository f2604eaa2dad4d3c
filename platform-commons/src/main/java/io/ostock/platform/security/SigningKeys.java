package io.ostock.platform.security;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The identity provider's RSA signing keys by key id, read from its JWKS endpoint and kept: tokens
 * keep being checked while the provider is down. A key id not in the set makes it read the set
 * again (key rotation), at most once per {@code refetchInterval}, so that tokens with made-up key
 * ids cannot turn into a flood of requests to the provider.
 */
final class SigningKeys {

    private static final Logger LOG = LoggerFactory.getLogger(SigningKeys.class);

    private final URI jwksUri;
    private final Duration refetchInterval;
    private final HttpClient http;

    private volatile Map<String, PublicKey> keys;
    private boolean fetchedBefore;
    private long lastFetchNanos;

    SigningKeys(HttpClient http, URI jwksUri, Duration refetchInterval) {
        this.http = http;
        this.jwksUri = jwksUri;
        this.refetchInterval = refetchInterval;
    }

    /** Whether the set has been read at least once: until then nothing can be said of a key id. */
    boolean known() {
        return keys != null || refetch() != null;
    }

    /** The key with this id, reading the set again if it is not among the known ones. */
    Optional<PublicKey> find(String keyId) {
        Map<String, PublicKey> current = keys;
        if (current != null && current.containsKey(keyId)) {
            return Optional.of(current.get(keyId));
        }
        Map<String, PublicKey> fetched = refetch();
        return Optional.ofNullable(fetched == null ? null : fetched.get(keyId));
    }

    /** Every known key (for a token that names none). */
    Iterable<PublicKey> all() {
        Map<String, PublicKey> current = keys;
        return current == null ? List.of() : current.values();
    }

    /**
     * Reads the set unless it was tried within the interval, whether that worked or not (a provider
     * down since the start is not asked on every request); the keys known afterwards (null: none ever).
     */
    private synchronized Map<String, PublicKey> refetch() {
        if (fetchedBefore && System.nanoTime() - lastFetchNanos < refetchInterval.toNanos()) {
            return keys;
        }
        fetchedBefore = true;
        lastFetchNanos = System.nanoTime();
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(jwksUri).timeout(Duration.ofSeconds(3))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                LOG.warn("Signing keys not read from {}: HTTP {}", jwksUri, answer.statusCode());
                return keys;
            }
            keys = parse(answer.body());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Signing keys not read from {}: {}", jwksUri, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return keys;
    }

    /** The RSA signature keys of a JWKS document ("use" absent or "sig"). */
    static Map<String, PublicKey> parse(String jwks) {
        Map<String, PublicKey> parsed = new HashMap<>();
        JsonObject document = CompactJwt.jsonObject(jwks.getBytes(StandardCharsets.UTF_8));
        for (JsonValue entry : document.getJsonArray("keys")) {
            JsonObject key = entry.asJsonObject();
            if (!"RSA".equals(key.getString("kty", null)) || !"sig".equals(key.getString("use", "sig"))
                    || !key.containsKey("kid") || !key.containsKey("n") || !key.containsKey("e")) {
                continue;
            }
            try {
                Base64.Decoder base64url = Base64.getUrlDecoder();
                parsed.put(key.getString("kid"), KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                        new BigInteger(1, base64url.decode(key.getString("n"))),
                        new BigInteger(1, base64url.decode(key.getString("e"))))));
            } catch (GeneralSecurityException | IllegalArgumentException unusable) {
                LOG.warn("Signing key {} skipped: {}", key.getString("kid"), unusable.toString());
            }
        }
        return Map.copyOf(parsed);
    }
}
