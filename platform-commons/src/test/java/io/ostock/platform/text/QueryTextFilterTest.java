package io.ostock.platform.text;

import io.ostock.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QueryTextFilterTest {

    @Test
    void wellFormedEscapesDecode() {
        assertEquals("Caf\u00E9 & co", QueryTextFilter.decode("Caf%C3%A9+%26%20co"));
        assertEquals("\uD55C", QueryTextFilter.decode("%ED%95%9C"));
        assertEquals("plain", QueryTextFilter.decode("plain"));
    }

    @Test
    void brokenEscapesAndBytesThatAreNotUtf8AreRefused() {
        for (String raw : List.of("%zz", "a%2", "%", "%ff%fe", "%C3", "%ED%A0%80", "%C0%AF")) {
            ProblemException refused = assertThrows(ProblemException.class, () -> QueryTextFilter.decode(raw), raw);
            assertEquals(400, refused.type().status());
        }
    }
}
