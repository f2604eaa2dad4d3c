package io.ostock.platform.security;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A JWT in compact serialization (header.payload.signature, each base64url): only as much of it as
 * checking its signature needs. Claims (issuer, audience, expiry) are left to MP-JWT.
 */
final class CompactJwt {

    private final String signingInput;
    private final byte[] signature;
    private final JsonObject header;

    private CompactJwt(String signingInput, byte[] signature, JsonObject header) {
        this.signingInput = signingInput;
        this.signature = signature;
        this.header = header;
    }

    /** The token, or empty when it is not a well-formed JWS (three base64url parts, a JSON object header and payload). */
    static Optional<CompactJwt> parse(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            return Optional.empty();
        }
        try {
            Base64.Decoder base64url = Base64.getUrlDecoder();
            JsonObject header = jsonObject(base64url.decode(parts[0]));
            jsonObject(base64url.decode(parts[1]));
            return Optional.of(new CompactJwt(parts[0] + "." + parts[1], base64url.decode(parts[2]), header));
        } catch (IllegalArgumentException | JsonException | ClassCastException notJwt) {
            return Optional.empty();
        }
    }

    String algorithm() {
        return headerString("alg");
    }

    /** The id of the signing key, null when the header names none. */
    String keyId() {
        return headerString("kid");
    }

    String signingInput() {
        return signingInput;
    }

    byte[] signature() {
        return signature.clone();
    }

    private String headerString(String name) {
        JsonValue value = header.get(name);
        return value instanceof JsonString text ? text.getString() : null;
    }

    /** The JSON object in the bytes; JsonException or ClassCastException when they hold no object. */
    static JsonObject jsonObject(byte[] utf8) {
        try (JsonReader reader = Json.createReader(new StringReader(new String(utf8, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }
}
