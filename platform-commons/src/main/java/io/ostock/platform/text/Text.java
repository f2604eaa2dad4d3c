package io.ostock.platform.text;

import io.ostock.platform.domain.DomainException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The platform's rules for text from clients. No text holds a control character or half a
 * surrogate pair. A name (of an organization, a group, a partner, a unit, a product...) is also
 * trimmed of Unicode whitespace and invisible characters at both ends, must show at least one
 * visible character, and is kept in Unicode NFC, so that two spellings that look the same are stored
 * the same; {@link #nameKey} is the form in which names are compared for uniqueness.
 */
public final class Text {

    private Text() {
    }

    /** Whether text holds a character no text field takes: a control character or half a surrogate pair. */
    public static boolean hasForbiddenCharacter(String text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (!lineBreaksAllowed || (c != '\t' && c != '\n' && c != '\r')) {
                    return true;
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The bytes as UTF-8 text; empty when they are not valid UTF-8 (no replacement characters). */
    public static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }

    /**
     * The name as stored: NFC, trimmed of whitespace and invisible characters at both ends. 400 naming
     * the field when it holds a control character or nothing visible. Null stays null (the request's
     * own @NotNull/@NotBlank say whether it may be absent).
     */
    public static String name(String field, String raw) {
        if (raw == null) {
            return null;
        }
        if (hasForbiddenCharacter(raw, false)) {
            throw new DomainException.InvalidValue(field,
                    "must not contain control characters (tabs, line breaks, NUL...) or broken Unicode");
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
        int start = 0;
        int end = name.length();
        while (start < end && isBlankCharacter(name.codePointAt(start))) {
            start += Character.charCount(name.codePointAt(start));
        }
        while (end > start && isBlankCharacter(name.codePointBefore(end))) {
            end -= Character.charCount(name.codePointBefore(end));
        }
        if (start == end) {
            throw new DomainException.InvalidValue(field, "must contain a visible character");
        }
        return name.substring(start, end);
    }

    /**
     * The form in which two names are the same name: NFKC (compatibility forms such as a ligature or
     * a full-width letter fold to their plain letters), then Unicode case folding (upper, then lower
     * case: "Straße" and "STRASSE" are one name), then NFC again.
     */
    public static String nameKey(String name) {
        String compatible = Normalizer.normalize(name, Normalizer.Form.NFKC);
        return Normalizer.normalize(compatible.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    /** Whitespace of any kind (also no-break spaces) and characters that show nothing (zero-width, BOM). */
    private static boolean isBlankCharacter(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT
                || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0;
    }
}
