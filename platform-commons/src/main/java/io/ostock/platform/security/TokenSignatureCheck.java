package io.ostock.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides whether a bearer token can be refused before MP-JWT sees it: when it is not a JWS, is
 * not signed with RS256 (the only algorithm the services accept), or its signature does not verify
 * with the provider's key. Anything else (claims, expiry, a provider never reached) is MP-JWT's call.
 * Tokens whose signature verified are remembered, so that a token used again costs a lookup, not a
 * second RSA verification on top of MP-JWT's own.
 */
final class TokenSignatureCheck {

    enum Verdict { INVALID, FOR_MP_JWT }

    private static final int REMEMBERED_TOKENS = 1_000;

    private final SigningKeys keys;
    private final Set<String> verified = ConcurrentHashMap.newKeySet();

    TokenSignatureCheck(SigningKeys keys) {
        this.keys = keys;
    }

    Verdict check(String token) {
        if (verified.contains(token)) {
            return Verdict.FOR_MP_JWT;
        }
        Optional<CompactJwt> parsed = CompactJwt.parse(token);
        if (parsed.isEmpty() || !"RS256".equals(parsed.get().algorithm())) {
            return Verdict.INVALID;
        }
        if (!keys.known()) {
            return Verdict.FOR_MP_JWT;
        }
        CompactJwt jwt = parsed.get();
        boolean signed = jwt.keyId() == null ? anyKeyVerifies(jwt)
                : keys.find(jwt.keyId()).map(key -> verifies(jwt, key)).orElse(false);
        if (!signed) {
            return Verdict.INVALID;
        }
        if (verified.size() >= REMEMBERED_TOKENS) {
            verified.clear();
        }
        verified.add(token);
        return Verdict.FOR_MP_JWT;
    }

    private boolean anyKeyVerifies(CompactJwt jwt) {
        for (PublicKey key : keys.all()) {
            if (verifies(jwt, key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean verifies(CompactJwt jwt, PublicKey key) {
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(key);
            rs256.update(jwt.signingInput().getBytes(StandardCharsets.US_ASCII));
            return rs256.verify(jwt.signature());
        } catch (GeneralSecurityException unverifiable) {
            return false;
        }
    }
}
