package io.ostock.platform.json;

import io.ostock.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonBodyCheckTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void wellFormedBodiesPassUnchanged() {
        for (String body : List.of("{\"name\":\"Acme\",\"tags\":[\"a\",\"b\"],\"n\":{\"x\":1}}", "[]", "\"x\"", "3",
                " {\"name\":\"\uD55C\uAD6D \uD83D\uDE00\",\"note\":\"two\\nlines\\tand a tab\"} \n")) {
            assertEquals(body, JsonBodyCheck.check(utf8(body)));
        }
    }

    @Test
    void aDuplicatedKeyIsRefusedNamingIt() {
        Map<String, String> bodies = Map.of(
                "{\"name\":\"A\",\"name\":\"B\"}", "name",
                "{\"a\":{\"x\":1,\"x\":2}}", "a.x",
                "{\"items\":[{\"k\":1},{\"k\":1,\"k\":2}]}", "items[1].k");
        assertEachRefusedNaming(bodies);
    }

    @Test
    void controlCharactersInAnyTextAreRefusedNamingTheField() {
        Map<String, String> bodies = Map.of(
                "{\"name\":\"Ac\\u0000me\"}", "name",
                "{\"contact\":{\"email\":\"a\\u0007@b\"}}", "contact.email",
                "{\"tags\":[\"ok\",\"b\\u001Fad\"]}", "tags[1]",
                "{\"name\":\"\\ud800\"}", "name",
                "{\"n\\u0000ame\":\"x\"}", "n\u0000ame");
        assertEachRefusedNaming(bodies);
    }

    /** Each body (key) is a 400 whose one field error names the field (value). */
    private static void assertEachRefusedNaming(Map<String, String> bodies) {
        bodies.forEach((body, field) -> {
            ProblemException refused = assertThrows(ProblemException.class, () -> JsonBodyCheck.check(utf8(body)), body);
            assertEquals(400, refused.type().status());
            assertEquals(field, refused.errors().get(0).field(), body);
        });
    }

    @Test
    void trailingContentAndBrokenJsonAreRefused() {
        for (String body : List.of("{\"a\":1}{\"b\":2}", "{\"a\":1} x", "{\"a\":1}]", "{\"a\":1", "{'a':1}", "[1,]",
                "{\"a\":1}\u0000")) {
            ProblemException refused = assertThrows(ProblemException.class, () -> JsonBodyCheck.check(utf8(body)), body);
            assertEquals(400, refused.type().status(), body);
        }
    }

    @Test
    void invalidUtf8IsRefused() {
        for (byte[] body : List.of(new byte[] {'"', (byte) 0xC3, '"'}, new byte[] {'"', (byte) 0xFF, '"'},
                new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}, new byte[] {'"', (byte) 0xC0, (byte) 0xAF, '"'})) {
            ProblemException refused = assertThrows(ProblemException.class, () -> JsonBodyCheck.check(body));
            assertEquals(400, refused.type().status());
        }
    }
}
