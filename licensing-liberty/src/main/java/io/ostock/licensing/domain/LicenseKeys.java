package io.ostock.licensing.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * License keys: 256 random bits (not derived from any id), shown once at issue; only their SHA-256
 * is stored. A fast hash is right here: the key is random and long, so there is nothing to guess.
 */
public final class LicenseKeys {

    public static final String PREFIX = "OSTK-";
    private static final SecureRandom RANDOM = new SecureRandom();

    private LicenseKeys() {
    }

    public static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
