package io.ostock.platform;

import io.ostock.platform.correlation.CorrelationId;
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
import static org.junit.jupiter.api.Assertions.assertThrows;

class PlatformRulesTest {

    @Test
    void ifMatchAcceptsTheCurrentVersionAsAStrongTag() {
        assertDoesNotThrow(() -> Etags.requireMatch(null, 3));
        assertDoesNotThrow(() -> Etags.requireMatch("\"3\"", 3));
        assertDoesNotThrow(() -> Etags.requireMatch("\"1\", \"3\"", 3));
        assertDoesNotThrow(() -> Etags.requireMatch("\"1\",\"3\"", 3));
        assertDoesNotThrow(() -> Etags.requireMatch("*", 3));
    }

    @Test
    void ifMatchComparesStronglyAWeakOrUnquotedTagNeverMatches() {
        for (String notStrong : List.of("W/\"3\"", "w/\"3\"", "3", "\"3", "3\"", "'3'", "\"03\"", "\" 3\"", "W/\"1\", 3")) {
            ProblemException refused = assertThrows(ProblemException.class, () -> Etags.requireMatch(notStrong, 3),
                    notStrong);
            assertEquals(412, refused.type().status(), notStrong);
        }
    }

    @Test
    void staleIfMatchIsRefusedWith412() {
        ProblemException refused = assertThrows(ProblemException.class, () -> Etags.requireMatch("\"2\"", 3));
        assertEquals(412, refused.type().status());
        assertThrows(ProblemException.class, () -> Etags.requireMatch("garbage", 3));
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
