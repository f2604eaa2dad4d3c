package io.ostock.platform;

import io.ostock.platform.correlation.CorrelationId;
import io.ostock.platform.domain.DomainException;
import io.ostock.platform.domain.ExpectedVersion;
import io.ostock.platform.http.Etags;
import io.ostock.platform.ids.Ids;
import io.ostock.platform.paging.PageRequest;
import io.ostock.platform.problem.ProblemException;
import io.ostock.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PlatformRulesTest {

    @Test
    void ifMatchAcceptsTheCurrentVersionAsAStrongTag() {
        for (String accepted : List.of("\"3\"", "\"1\", \"3\"", "\"1\",\"3\"", "*", "\"1\", *", " \"3\" ")) {
            assertDoesNotThrow(() -> Etags.ifMatch(accepted).check(3), accepted);
        }
        assertSame(ExpectedVersion.ANY, Etags.ifMatch(null));
        assertSame(ExpectedVersion.ANY, Etags.ifMatch(" "));
    }

    @Test
    void ifMatchComparesStronglyAWeakOrUnquotedTagNeverMatches() {
        for (String notStrong : List.of("W/\"3\"", "w/\"3\"", "3", "\"3", "3\"", "'3'", "\"03\"", "\" 3\"", "W/\"1\", 3",
                "\"99999999999999999999\"")) {
            assertThrows(DomainException.StaleVersion.class, () -> Etags.ifMatch(notStrong).check(3), notStrong);
        }
    }

    @Test
    void staleIfMatchIsRefusedNamingBothVersions() {
        var refused = assertThrows(DomainException.StaleVersion.class, () -> Etags.ifMatch("\"2\"").check(3));
        assertEquals("If-Match \"2\" (strong tags only) does not match the current version \"3\"; read it again and retry",
                refused.getMessage());
        assertThrows(DomainException.StaleVersion.class, () -> Etags.ifMatch("garbage").check(3));
    }

    @Test
    void pagingDefaultsAndBounds() {
        assertEquals(new PageRequest(20, 0), PageRequest.of(null, null));
        assertEquals(new PageRequest(100, 5), PageRequest.of("100", "5"));
        for (String[] bad : new String[][]{{"0", "0"}, {"101", "0"}, {"10", "-1"}, {"ten", "0"}, {"10", "1.5"}}) {
            ProblemException refused = assertThrows(ProblemException.class, () -> PageRequest.of(bad[0], bad[1]));
            assertEquals(ProblemType.INVALID_FIELDS, refused.type());
        }
    }

    @Test
    void pathIdsMustBeCanonicalUuids() {
        UUID id = UUID.randomUUID();
        assertEquals(id, Ids.parse("orgId", id.toString()));
        for (String bad : new String[]{"", "42", "not-a-uuid", "1-1-1-1-1", id + "x",
                "00000000-0000-0000-0000-000000000000"}) {
            assertEquals(400, assertThrows(ProblemException.class, () -> Ids.parse("orgId", bad)).type().status());
        }
    }

    @Test
    void correlationIdsFromCallersAreKeptOnlyWhenPlain() {
        assertEquals("req-42.a:b_c", CorrelationId.acceptOrGenerate("req-42.a:b_c"));
        String injected = "abc\n{\"level\":\"ERROR\"}";
        assertNotEquals(injected, CorrelationId.acceptOrGenerate(injected));
        assertNotEquals("x".repeat(129), CorrelationId.acceptOrGenerate("x".repeat(129)));
        assertEquals(36, CorrelationId.acceptOrGenerate(null).length());
    }
}
