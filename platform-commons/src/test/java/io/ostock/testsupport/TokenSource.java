package io.ostock.testsupport;

import java.time.Instant;
import java.util.function.Supplier;

/** A token fetched once and fetched again shortly before it expires. */
public final class TokenSource implements Supplier<String> {

    private final Supplier<String> fetch;
    private String token;
    private Instant renewAt = Instant.MIN;

    private TokenSource(Supplier<String> fetch) {
        this.fetch = fetch;
    }

    public static TokenSource user(String username) {
        return new TokenSource(() -> Keycloak.userToken(username));
    }

    public static TokenSource service(String clientId) {
        return new TokenSource(() -> Keycloak.serviceToken(clientId));
    }

    @Override
    public synchronized String get() {
        if (Instant.now().isAfter(renewAt)) {
            token = fetch.get();
            renewAt = Instant.ofEpochSecond(Keycloak.claims(token).getJsonNumber("exp").longValue()).minusSeconds(60);
        }
        return token;
    }
}
