package io.ostock.tokenguard;

import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.parsson.JsonProviderImpl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The 401 answer to an invalid token, written here because Liberty sends it before the application
 * (and its request filter) runs. It has the shape of the application's own 401
 * (platform-commons BareErrorAnswers and CorrelationId): problem+json, X-Correlation-ID.
 */
final class UnauthorizedAnswer {

    static final String CORRELATION_HEADER = "X-Correlation-ID";
    private static final Pattern ACCEPTABLE_CORRELATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final JsonProvider JSON = new JsonProviderImpl();

    private UnauthorizedAnswer() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String fromCaller = request.getHeader(CORRELATION_HEADER);
        String correlationId = fromCaller != null && ACCEPTABLE_CORRELATION_ID.matcher(fromCaller).matches()
                ? fromCaller : UUID.randomUUID().toString();
        byte[] body = JSON.createObjectBuilder()
                .add("correlationId", correlationId)
                .add("detail", "The bearer token is not a valid token of this platform's identity provider: "
                        + "send Authorization: Bearer <access token from Keycloak>")
                .add("instance", request.getRequestURI())
                .add("status", HttpServletResponse.SC_UNAUTHORIZED)
                .add("title", "Authentication required")
                .add("type", "urn:ostock:problem:unauthorized")
                .build().toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(CORRELATION_HEADER, correlationId);
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        response.setContentType("application/problem+json;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
