package io.ostock.platform.text;

import io.ostock.platform.domain.DomainException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextTest {

    @Test
    void namesAreTrimmedOfEveryKindOfBlankAndKeptInNfc() {
        assertEquals("Acme", Text.name("name", "  Acme\u00A0\u2003"));
        assertEquals("Acme Corp", Text.name("name", "\u200B\uFEFFAcme Corp\u2060\u3000"));
        assertEquals("Caf\u00E9", Text.name("name", "Cafe\u0301"), "decomposed accent composed");
        assertEquals("\uD55C\uAD6D", Text.name("name", "\u1112\u1161\u11AB\u1100\u116E\u11A8"), "Hangul jamo composed");
        assertNull(Text.name("name", null));
    }

    @Test
    void aNameMustShowSomething() {
        for (String invisible : List.of("", " ", "\u00A0\u2003", "\u200B\u200C\u200D", "\uFEFF", "\u3164", "\u2060 \u180E")) {
            var refused = assertThrows(DomainException.InvalidValue.class, () -> Text.name("name", invisible));
            assertEquals("name", refused.field());
        }
    }

    @Test
    void controlCharactersAndBrokenUnicodeAreRefusedNamingTheField() {
        for (String bad : List.of("Ac\u0000me", "Acme\n", "Ac\tme", "\u0007Acme", "Acme\u007F", "Acme\u0085",
                "Ac\uD800me", "Acme\uDC00")) {
            var refused = assertThrows(DomainException.InvalidValue.class, () -> Text.name("productName", bad));
            assertEquals("productName", refused.field());
        }
        assertTrue(Text.hasForbiddenCharacter("a\u0000b", true));
        assertFalse(Text.hasForbiddenCharacter("line one\nline two\ttab", true));
        assertFalse(Text.hasForbiddenCharacter("emoji \uD83D\uDE00 ok", false));
    }

    @Test
    void namesThatLookTheSameHaveOneKey() {
        assertEquals(Text.nameKey("Acme"), Text.nameKey("ACME"));
        assertEquals(Text.nameKey("Stra\u00DFe"), Text.nameKey("STRASSE"));
        assertEquals(Text.nameKey(Text.name("n", "Cafe\u0301")), Text.nameKey("CAF\u00C9"));
        assertEquals(Text.nameKey("\uFF21\uFF43\uFF4D\uFF45"), Text.nameKey("acme"), "full-width letters");
        assertEquals(Text.nameKey("\uFB01ne"), Text.nameKey("FINE"), "ligature");
        assertEquals(Text.nameKey("\u0130stanbul"), Text.nameKey(Text.name("n", "I\u0307stanbul")));
        assertNotEquals(Text.nameKey("Acme"), Text.nameKey("Acme 2"));
    }
}
