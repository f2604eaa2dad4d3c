package io.ostock.platform.security;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import static io.ostock.platform.security.TokenSignatureCheck.Verdict.FOR_MP_JWT;
import static io.ostock.platform.security.TokenSignatureCheck.Verdict.INVALID;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Token checks against a real HTTP JWKS endpoint (the JDK's HTTP server) and real RSA keys. */
class TokenSignatureCheckTest {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair current = rsaKeys();
    private final KeyPair next = rsaKeys();
    private volatile String jwks = jwks(key("k1", current));
    private final AtomicInteger jwksReads = new AtomicInteger();
    private final HttpServer provider = startProvider();

    @AfterEach
    void stopProvider() {
        provider.stop(0);
    }

    @Test
    void aTokenSignedWithTheProvidersKeyGoesOnToMpJwt() {
        TokenSignatureCheck check = check(Duration.ofSeconds(10));
        assertEquals(FOR_MP_JWT, check.check(token("k1", current, "RS256")));
    }

    @Test
    void malformedTokensAreInvalid() {
        TokenSignatureCheck check = check(Duration.ofSeconds(10));
        for (String token : new String[] {"not-a-jwt", "a.b", "a.b.c", "..", "eyJhbGciOiJSUzI1NiJ9..sig",
                BASE64URL.encodeToString("[1]".getBytes(StandardCharsets.UTF_8)) + ".e30.c2ln"}) {
            assertEquals(INVALID, check.check(token), token);
        }
        assertEquals(0, jwksReads.get(), "malformed tokens need no keys");
    }

    @Test
    void aTamperedOrTruncatedSignatureIsInvalid() {
        TokenSignatureCheck check = check(Duration.ofSeconds(10));
        String token = token("k1", current, "RS256");
        assertEquals(INVALID, check.check(token.substring(0, token.length() - 4)));
        String[] parts = token.split("\\.");
        String otherPayload = BASE64URL.encodeToString("{\"sub\":\"mallory\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(INVALID, check.check(parts[0] + "." + otherPayload + "." + parts[2]));
        assertEquals(INVALID, check.check(token("k1", next, "RS256")), "signed by another key under the same id");
    }

    @Test
    void onlyRs256IsAccepted() {
        TokenSignatureCheck check = check(Duration.ofSeconds(10));
        assertEquals(INVALID, check.check(token("k1", current, "HS256")));
        assertEquals(INVALID, check.check(token("k1", current, "none")));
    }

    @Test
    void aRotatedKeyIsFetchedAndAMadeUpKeyIdIsInvalid() {
        TokenSignatureCheck check = check(Duration.ZERO);
        assertEquals(FOR_MP_JWT, check.check(token("k1", current, "RS256")));
        jwks = jwks(key("k1", current) + "," + key("k2", next));
        assertEquals(FOR_MP_JWT, check.check(token("k2", next, "RS256")), "the new key is read");
        assertEquals(INVALID, check.check(token("k3", next, "RS256")), "no such key at the provider");
    }

    @Test
    void madeUpKeyIdsReadTheKeysAtMostOncePerInterval() {
        TokenSignatureCheck check = check(Duration.ofSeconds(10));
        assertEquals(FOR_MP_JWT, check.check(token("k1", current, "RS256")));
        for (int i = 0; i < 50; i++) {
            assertEquals(INVALID, check.check(token("made-up-" + i, current, "RS256")));
        }
        assertEquals(1, jwksReads.get());
    }

    @Test
    void keysStayKnownWhileTheProviderIsDown() {
        TokenSignatureCheck check = check(Duration.ZERO);
        assertEquals(FOR_MP_JWT, check.check(token("k1", current, "RS256")));
        provider.stop(0);
        String issuedBefore = token("k1", current, "RS256");
        assertEquals(FOR_MP_JWT, check.check(issuedBefore), "a token not seen before, checked with the kept key");
        assertEquals(INVALID, check.check(issuedBefore.substring(0, issuedBefore.length() - 4)));
    }

    @Test
    void withoutEverReadingTheKeysTheTokenIsLeftToMpJwt() {
        provider.stop(0);
        TokenSignatureCheck check = check(Duration.ZERO);
        assertEquals(FOR_MP_JWT, check.check(token("k1", current, "RS256")));
    }

    @Test
    void aProviderDownSinceTheStartIsAskedAtMostOncePerInterval() {
        jwks = "not json";
        TokenSignatureCheck check = check(Duration.ofSeconds(10));
        for (int i = 0; i < 20; i++) {
            assertEquals(FOR_MP_JWT, check.check(token("k1", current, "RS256")));
        }
        assertEquals(1, jwksReads.get());
    }

    // ---------------------------------------------------------------- helpers

    private TokenSignatureCheck check(Duration refetchInterval) {
        return new TokenSignatureCheck(new SigningKeys(HttpClient.newHttpClient(),
                URI.create("http://localhost:" + provider.getAddress().getPort() + "/certs"), refetchInterval));
    }

    private HttpServer startProvider() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/certs", exchange -> {
                jwksReads.incrementAndGet();
                byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(String keyId, KeyPair keys, String algorithm) {
        String header = BASE64URL.encodeToString(("{\"alg\":\"" + algorithm + "\",\"typ\":\"JWT\",\"kid\":\"" + keyId + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        String payload = BASE64URL.encodeToString(("{\"sub\":\"alice\",\"n\":" + System.nanoTime() + "}")
                .getBytes(StandardCharsets.UTF_8));
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(keys.getPrivate());
            rs256.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + BASE64URL.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String key(String keyId, KeyPair keys) {
        RSAPublicKey rsa = (RSAPublicKey) keys.getPublic();
        return "{\"kid\":\"" + keyId + "\",\"kty\":\"RSA\",\"alg\":\"RS256\",\"use\":\"sig\",\"n\":\"" + unsigned(rsa.getModulus())
                + "\",\"e\":\"" + unsigned(rsa.getPublicExponent()) + "\"}";
    }

    private static String jwks(String keys) {
        return "{\"keys\":[" + keys + ",{\"kid\":\"enc\",\"kty\":\"RSA\",\"use\":\"enc\",\"n\":\"AQAB\",\"e\":\"AQAB\"}]}";
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        int start = bytes[0] == 0 ? 1 : 0;
        return BASE64URL.encodeToString(java.util.Arrays.copyOfRange(bytes, start, bytes.length));
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
