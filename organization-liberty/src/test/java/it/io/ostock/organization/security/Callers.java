package it.io.ostock.organization.security;

import io.ostock.testsupport.Keycloak;
import io.ostock.testsupport.RealmExport;
import io.ostock.testsupport.TokenSource;

import java.util.function.Supplier;

/**
 * The kinds of caller the authorization matrix tries, each with the token it sends. The bad
 * tokens are real Keycloak tokens spoiled in exactly one way.
 */
public enum Callers {
    NONE, MALFORMED, EXPIRED, WRONG_ISSUER, WRONG_AUDIENCE, BAD_SIGNATURE, USER_OWN, USER_OTHER, SERVICE, ADMIN;

    /** Owns the organization the matrix acts on (its organization_id). */
    static final String OWN_USER = "alice";
    static final String OTHER_USER = "bob";

    private static final TokenSource ADMIN_TOKEN = TokenSource.user("admin");
    private static final TokenSource OWN_TOKEN = TokenSource.user(OWN_USER);
    private static final TokenSource OTHER_TOKEN = TokenSource.user(OTHER_USER);
    private static final TokenSource SERVICE_TOKEN = TokenSource.service("ostock-gateway");
    private static String expired;

    public Supplier<String> token() {
        return switch (this) {
            case NONE -> () -> null;
            case MALFORMED -> () -> "not-a-jwt";
            case EXPIRED -> () -> expired;
            case WRONG_ISSUER -> () -> Keycloak.accessToken(Keycloak.passwordGrant(
                    "http://127.0.0.1:" + io.ostock.testsupport.StackEnv.get("KEYCLOAK_IT_HTTP_PORT"),
                    "ostock-cli", "admin", RealmExport.password("admin"), null));
            case WRONG_AUDIENCE -> () -> Keycloak.accessToken(Keycloak.passwordGrant(Keycloak.baseUrl(),
                    "admin-cli", "admin", RealmExport.password("admin"), null));
            case BAD_SIGNATURE -> () -> spoilSignature(ADMIN_TOKEN.get());
            case USER_OWN -> OWN_TOKEN;
            case USER_OTHER -> OTHER_TOKEN;
            case SERVICE -> SERVICE_TOKEN;
            case ADMIN -> ADMIN_TOKEN;
        };
    }

    /**
     * An administrator's token that has expired: issued while the realm's access-token lifespan was
     * briefly set to 2 seconds, then used after its expiry plus the services' 10 s clock skew.
     */
    public static void prepareExpiredToken() throws InterruptedException {
        String realm = "{\"accessTokenLifespan\":%d}";
        Keycloak.admin("PUT", "", realm.formatted(2));
        try {
            expired = Keycloak.userToken("admin");
        } finally {
            Keycloak.admin("PUT", "", realm.formatted(300));
        }
        long expiresAt = Keycloak.claims(expired).getJsonNumber("exp").longValue();
        long waitMillis = (expiresAt + 12) * 1000 - System.currentTimeMillis();
        if (waitMillis > 0) {
            Thread.sleep(waitMillis);
        }
    }

    private static String spoilSignature(String jwt) {
        int dot = jwt.lastIndexOf('.');
        String signature = jwt.substring(dot + 1);
        char first = signature.charAt(0);
        return jwt.substring(0, dot + 1) + (first == 'A' ? 'B' : 'A') + signature.substring(1);
    }
}
