package io.ostock.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * The realm as realm-export/ostock-realm.json defines it: the one place for its users' passwords,
 * client secrets, OTP secret and organization ids, which the tests read instead of repeating.
 */
public final class RealmExport {

    private static final JsonObject REALM = load();

    private RealmExport() {
    }

    public static String name() {
        return REALM.getString("realm");
    }

    /** A brute-force detection setting of the realm, e.g. failureFactor or waitIncrementSeconds. */
    public static int bruteForce(String setting) {
        return REALM.getInt(setting);
    }

    public static String password(String username) {
        return credential(username, "password").getString("value");
    }

    /** The raw TOTP secret of a user with an OTP credential. */
    public static String otpSecret(String username) {
        String secretData = credential(username, "otp").getString("secretData");
        return Json.createReader(new java.io.StringReader(secretData)).readObject().getString("value");
    }

    public static String organizationId(String username) {
        return user(username).getJsonObject("attributes").getJsonArray("organization_id").getString(0);
    }

    public static String clientSecret(String clientId) {
        return REALM.getJsonArray("clients").stream().map(JsonValue::asJsonObject)
                .filter(c -> clientId.equals(c.getString("clientId"))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no client " + clientId)).getString("secret");
    }

    private static JsonObject user(String username) {
        return REALM.getJsonArray("users").stream().map(JsonValue::asJsonObject)
                .filter(u -> username.equals(u.getString("username"))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no user " + username));
    }

    private static JsonObject credential(String username, String type) {
        return user(username).getJsonArray("credentials").stream().map(JsonValue::asJsonObject)
                .filter(c -> type.equals(c.getString("type"))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(username + " has no " + type + " credential"));
    }

    private static JsonObject load() {
        try (Reader reader = Files.newBufferedReader(StackEnv.root().resolve("realm-export/ostock-realm.json"))) {
            return Json.createReader(reader).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
