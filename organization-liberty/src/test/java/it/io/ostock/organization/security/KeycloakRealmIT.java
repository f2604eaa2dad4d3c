package it.io.ostock.organization.security;

import io.ostock.testsupport.ApiResponse;
import io.ostock.testsupport.Eventually;
import io.ostock.testsupport.Keycloak;
import io.ostock.testsupport.RealmExport;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The realm export as a real Keycloak serves it: token contents, lockout, OTP, token policies. */
class KeycloakRealmIT {

    @Test
    void userTokensCarryWhatMicroProfileJwtNeedsAndTheOrganization() {
        JsonObject alice = Keycloak.claims(Keycloak.userToken("alice"));
        assertEquals(List.of("USER"), alice.getJsonArray("groups").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("alice", alice.getString("upn"));
        assertTrue(alice.get("aud").toString().contains("ostock"), alice::toString);
        assertEquals(RealmExport.organizationId("alice"), alice.getString("organization_id"));
        assertEquals(300, alice.getInt("exp") - alice.getInt("iat"), "access tokens live 5 minutes");

        JsonObject admin = Keycloak.claims(Keycloak.userToken("admin"));
        assertEquals(List.of("ADMIN"), admin.getJsonArray("groups").getValuesAs(jakarta.json.JsonString::getString));

        JsonObject gateway = Keycloak.claims(Keycloak.serviceToken("ostock-gateway"));
        assertEquals(List.of("SERVICE"), gateway.getJsonArray("groups").getValuesAs(jakarta.json.JsonString::getString));
        assertTrue(gateway.get("aud").toString().contains("ostock"));
    }

    /**
     * A trickle of failures does not lock anyone out: nine wrong passwords sent as fast as they go
     * (Keycloak's quick-login check used to lock a user after two failures within a second) leave
     * the account usable at once.
     */
    @Test
    void aFewQuickFailuresDoNotLockTheAccount() {
        String user = "lockout-probe";
        String userId = Keycloak.userId(user);
        Keycloak.admin("DELETE", "/attack-detection/brute-force/users/" + userId, null);
        try {
            for (int attempt = 1; attempt < RealmExport.bruteForce("failureFactor"); attempt++) {
                assertRefused(login(user, "Wrong-password-" + attempt));
            }
            // At most Keycloak's quick-login wait (minimumQuickLoginWaitSeconds), never the lockout's.
            Eventually.await(Duration.ofSeconds(RealmExport.bruteForce("minimumQuickLoginWaitSeconds") + 2L),
                    "the owner still logs in", () -> login(user, RealmExport.password(user)).status() == 200);
        } finally {
            Keycloak.admin("DELETE", "/attack-detection/brute-force/users/" + userId, null);
        }
    }

    /**
     * Guessing is stopped: after failureFactor wrong passwords even the right one is refused, for
     * waitIncrementSeconds; then the owner logs in again.
     */
    @Test
    void guessingLocksTheAccountForTheStatedWait() throws InterruptedException {
        String user = "lockout-probe";
        String userId = Keycloak.userId(user);
        Keycloak.admin("DELETE", "/attack-detection/brute-force/users/" + userId, null);
        try {
            int failureFactor = RealmExport.bruteForce("failureFactor");
            for (int attempt = 1; attempt <= failureFactor; attempt++) {
                assertRefused(login(user, "Wrong-password-" + attempt));
            }
            // Now and then Keycloak answers one guess of a quick series "temporarily disabled" without
            // counting it as a failure; a guesser then needs one more. At most three more are allowed.
            int extra = 0;
            while (!lockedWithin(userId, Duration.ofSeconds(3)) && extra < 3) {
                extra++;
                assertRefused(login(user, "Wrong-password-extra-" + extra));
            }
            long lockedAt = System.nanoTime();
            assertTrue(lockedWithin(userId, Duration.ofSeconds(5)), user + " locked after " + (failureFactor + extra) + " guesses");
            ApiResponse locked = login(user, RealmExport.password(user));
            assertNotEquals(200, locked.status(), "the right password is refused while locked (got "
                    + locked.status() + ")");

            long wait = java.util.concurrent.TimeUnit.SECONDS.toNanos(RealmExport.bruteForce("waitIncrementSeconds") + 2);
            Thread.sleep(java.time.Duration.ofNanos(Math.max(0, lockedAt + wait - System.nanoTime())).toMillis());
            ApiResponse owner = login(user, RealmExport.password(user));
            assertEquals(200, owner.status(), () -> "the owner logs in after the wait: " + owner);
        } finally {
            Keycloak.admin("DELETE", "/attack-detection/brute-force/users/" + userId, null);
        }
    }

    @Test
    void theOperatorNeedsATotpCode() {
        String password = RealmExport.password("operator");
        assertRefused(login("operator", password));

        String code = Keycloak.totp(RealmExport.otpSecret("operator"), System.currentTimeMillis() / 1000);
        ApiResponse withCode = Keycloak.passwordGrant(Keycloak.baseUrl(), "ostock-cli", "operator", password, code);
        assertEquals(200, withCode.status(), withCode::toString);
        JsonObject claims = Keycloak.claims(withCode.json().getString("access_token"));
        assertEquals(List.of("ADMIN"), claims.getJsonArray("groups").getValuesAs(jakarta.json.JsonString::getString));

        ApiResponse wrongCode = Keycloak.passwordGrant(Keycloak.baseUrl(), "ostock-cli", "operator", password,
                code.equals("000000") ? "111111" : "000000");
        assertRefused(wrongCode);
    }

    @Test
    void aRefreshTokenCanBeUsedOnlyOnce() {
        ApiResponse login = login("alice", RealmExport.password("alice"));
        String refresh = login.json().getString("refresh_token");
        ApiResponse first = refresh(refresh);
        assertEquals(200, first.status(), first::toString);
        assertNotEquals(refresh, first.json().getString("refresh_token"), "a new refresh token each time");
        assertEquals(400, refresh(refresh).status(), "the old refresh token is spent");
    }

    @Test
    void thePasswordPolicyRefusesWeakPasswords() {
        String userId = Keycloak.userId("lockout-probe");
        // Each breaks one rule: length 12, an upper-case letter, a lower-case letter, a digit.
        for (String weak : List.of("Short1a", "alllowercase12345", "ALLUPPERCASE12345", "NoDigitsAtAllHere")) {
            ApiResponse refused = Keycloak.admin("PUT", "/users/" + userId + "/reset-password",
                    "{\"type\":\"password\",\"temporary\":false,\"value\":\"" + weak + "\"}");
            assertEquals(400, refused.status(), () -> weak + ": " + refused);
        }
    }

    @Test
    void theOrganizationAttributeIsPartOfTheUserProfile() {
        ApiResponse profile = Keycloak.admin("GET", "/users/profile", null);
        assertTrue(profile.body().contains("\"organization_id\""), profile::toString);
        JsonObject alice = Keycloak.admin("GET", "/users/" + Keycloak.userId("alice"), null).json();
        assertEquals(RealmExport.organizationId("alice"),
                alice.getJsonObject("attributes").getJsonArray("organization_id").getString(0));
    }

    /** Keycloak's answer to bad credentials: 400 invalid_grant, no token. */
    /** A login that succeeded prints its status only: its body holds tokens. */
    private static void assertRefused(ApiResponse login) {
        assertEquals(400, login.status(), () -> "login not refused: HTTP " + login.status());
        assertEquals("invalid_grant", login.json().getString("error"));
    }

    private static ApiResponse login(String username, String password) {
        return Keycloak.passwordGrant(Keycloak.baseUrl(), "ostock-cli", username, password, null);
    }

    private static ApiResponse refresh(String refreshToken) {
        return Keycloak.form(Keycloak.tokenUrl(Keycloak.baseUrl()), "grant_type=refresh_token&client_id=ostock-cli"
                + "&refresh_token=" + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8));
    }

    /** Whether Keycloak's attack detection holds the user locked (polled for up to the given time). */
    private static boolean lockedWithin(String userId, Duration time) {
        try {
            return Eventually.await(time, "locked", () -> Keycloak.admin("GET",
                    "/attack-detection/brute-force/users/" + userId, null).json().getBoolean("disabled"));
        } catch (AssertionError notLocked) {
            return false;
        }
    }
}
