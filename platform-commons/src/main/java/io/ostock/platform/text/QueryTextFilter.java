package io.ostock.platform.text;

import io.ostock.platform.problem.ProblemException;
import io.ostock.platform.problem.ProblemType;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Query parameters are text as much as body fields are. The query string must be well-formed
 * percent-encoded UTF-8 (a broken escape such as %zz, or bytes that are not UTF-8, which would
 * otherwise be read as replacement characters, are a 400), and a control character (a NUL, which
 * PostgreSQL refuses, a line break...) in a parameter's name or value is a 400 problem naming the
 * parameter, before any resource sees it.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 1)
public class QueryTextFilter implements ContainerRequestFilter {

    private static final String FORBIDDEN = "must not contain control characters";

    @Override
    public void filter(ContainerRequestContext request) {
        String query;
        try {
            query = request.getUriInfo().getRequestUri().getRawQuery();
        } catch (IllegalArgumentException brokenEscape) {
            throw malformed("a % must start a two-digit hexadecimal escape");
        }
        if (query == null || query.isEmpty()) {
            return;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (Text.hasForbiddenCharacter(name, false)) {
                throw ProblemException.invalidField("(a parameter name)", FORBIDDEN);
            }
            if (equals >= 0 && Text.hasForbiddenCharacter(decode(pair.substring(equals + 1)), false)) {
                throw ProblemException.invalidField(name, FORBIDDEN);
            }
        }
    }

    /** Percent-decodes strictly ('+' is a space, as in forms); 400 when the escapes or the UTF-8 are broken. */
    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = high >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (low < 0) {
                    throw malformed("a % must start a two-digit hexadecimal escape");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return Text.utf8(bytes.toByteArray()).orElseThrow(() -> malformed("its escapes do not spell UTF-8 text"));
    }

    private static ProblemException malformed(String why) {
        return new ProblemException(ProblemType.MALFORMED_REQUEST, "The query string is not well-formed: " + why);
    }
}
