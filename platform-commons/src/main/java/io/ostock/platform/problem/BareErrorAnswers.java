package io.ostock.platform.problem;

import io.ostock.platform.correlation.CorrelationId;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Gives a body to the error answers the server makes without one. Liberty's MP-JWT layer refuses a
 * missing or invalid token with a bare 401 (no body, response not yet committed) before any
 * resource or error page runs; the request filter calls this afterwards so that the caller still
 * gets problem+json.
 */
public final class BareErrorAnswers {

    private static final Jsonb JSON = JsonbBuilder.create();

    private BareErrorAnswers() {
    }

    public static void completeIfBare(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = response.getStatus();
        if (status != 401 || response.isCommitted() || response.getContentType() != null) {
            return;
        }
        ProblemType type = ProblemType.UNAUTHORIZED;
        Problem problem = new Problem(type.uri(), type.title(), status,
                "A valid bearer token is required: send Authorization: Bearer <access token from Keycloak>",
                request.getRequestURI(), CorrelationId.current().orElse(null), null);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.toJson(problem));
    }
}
