package io.ostock.licensing.domain;

import io.ostock.platform.domain.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LicenseTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final Duration YEAR = Duration.ofDays(365);
    private static final Duration GRACE = Duration.ofDays(7);

    private static License site() {
        return new License(UUID.randomUUID(), "Ostock Suite", LicenseType.SITE, null, YEAR, null, "hash", NOW);
    }

    @Test
    void seatsBelongToPerSeatLicensesOnly() {
        assertThrows(DomainException.InvalidValue.class,
                () -> new License(UUID.randomUUID(), "P", LicenseType.PER_SEAT, null, YEAR, null, "h", NOW));
        assertThrows(DomainException.InvalidValue.class,
                () -> new License(UUID.randomUUID(), "P", LicenseType.SITE, 5, YEAR, null, "h", NOW));
        assertEquals(10, new License(UUID.randomUUID(), "P", LicenseType.PER_SEAT, 10, YEAR, null, "h", NOW).seats());
    }

    @Test
    void renewalExtendsFromTheLaterOfNowAndTheExpiry() {
        License license = site();
        license.renew(Duration.ofDays(30), NOW.plus(Duration.ofDays(10)));
        assertEquals(NOW.plus(YEAR).plus(Duration.ofDays(30)), license.expiresAt(), "an early renewal keeps the rest");
        Instant late = NOW.plus(Duration.ofDays(500));
        license.renew(Duration.ofDays(30), late);
        assertEquals(late.plus(Duration.ofDays(30)), license.expiresAt(), "a late renewal starts now");
    }

    @Test
    void onlyAnActiveLicensePastItsExpiryExpires() {
        License license = site();
        assertThrows(IllegalStateException.class, () -> license.expire(NOW.plus(Duration.ofDays(364))));
        license.expire(NOW.plus(YEAR));
        assertEquals(LicenseStatus.EXPIRED, license.status());
        assertThrows(IllegalStateException.class, () -> license.expire(NOW.plus(YEAR)), "expires once");
        License suspended = site();
        suspended.suspend();
        assertThrows(IllegalStateException.class, () -> suspended.expire(NOW.plus(YEAR)));
    }

    @Test
    void stateChangesFollowTheRules() {
        License license = site();
        license.suspend();
        assertThrows(DomainException.InvalidStateChange.class, () -> license.renew(YEAR, NOW));
        assertThrows(DomainException.InvalidStateChange.class, license::suspend);
        license.resume();
        assertEquals(LicenseStatus.ACTIVE, license.status());
        license.revoke();
        assertEquals(LicenseStatus.REVOKED, license.status());
        assertThrows(DomainException.InvalidStateChange.class, license::revoke);
        assertThrows(DomainException.InvalidStateChange.class, license::resume);
        assertThrows(DomainException.InvalidStateChange.class, () -> license.renew(YEAR, NOW));
    }

    @Test
    void validationVerdictsIncludeTheGracePeriod() {
        License license = site();
        assertEquals(License.Verdict.VALID, license.verdictAt(NOW.plus(Duration.ofDays(1)), GRACE));
        assertEquals(License.Verdict.IN_GRACE, license.verdictAt(NOW.plus(YEAR).plus(Duration.ofDays(3)), GRACE));
        assertEquals(License.Verdict.EXPIRED, license.verdictAt(NOW.plus(YEAR).plus(Duration.ofDays(8)), GRACE));
        license.suspend();
        assertEquals(License.Verdict.SUSPENDED, license.verdictAt(NOW, GRACE));
        license.revoke();
        assertEquals(License.Verdict.REVOKED, license.verdictAt(NOW, GRACE));
    }

    @Test
    void keysAreLongRandomAndRecognizedOnlyByTheirHash() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            keys.add(LicenseKeys.newKey());
        }
        assertEquals(1000, keys.size());
        String key = keys.iterator().next();
        assertTrue(key.startsWith(LicenseKeys.PREFIX) && key.length() >= 45, key);
        assertEquals(64, LicenseKeys.hash(key).length());
        assertEquals(LicenseKeys.hash(key), LicenseKeys.hash(" " + key + " "));
        assertNotEquals(LicenseKeys.hash(key), LicenseKeys.hash(key + "x"));
    }
}
