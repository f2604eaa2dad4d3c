package io.ostock.platform.problem;

import io.ostock.platform.correlation.CorrelationId;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Gives a problem+json body to the error answers the server makes outside the application's REST
 * resources, which otherwise come back as Liberty's HTML naming its own classes:
 * <ul>
 *   <li>Liberty's MP-JWT layer refuses a missing or invalid token with a bare 401 (no body, response
 *       not yet committed) before any resource or error page runs;</li>
 *   <li>a path outside the REST application (/V1/..., /Health...), answered by
 *       {@link NotFoundServlet} in place of the web container's file servlet (which answered in HTML
 *       and wrote an FFDC incident for each);</li>
 *   <li>anything else that escapes the application: a 500 that names nothing of the server.</li>
 * </ul>
 * The request filter calls this around every request.
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
        write(request, response, ProblemType.UNAUTHORIZED,
                "A valid bearer token is required: send Authorization: Bearer <access token from Keycloak>");
    }

    public static void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, ProblemType.NOT_FOUND, "No resource at this path");
    }

    /**
     * Answers for a failure that escaped everything in the request; false when the answer has already
     * begun (then the container must deal with the failure).
     */
    public static boolean answerEscaped(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return false;
        }
        response.resetBuffer();
        write(request, response, ProblemType.INTERNAL_ERROR,
                "The request failed on the server; quote the correlation id when you report it");
        return true;
    }

    /** An error the web container made itself (ContainerErrorServlet); path: the request's, as sent. */
    static void containerError(HttpServletResponse response, int status, String path) throws IOException {
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (type) {
            case NOT_FOUND -> "No resource at this path";
            case MALFORMED_REQUEST -> "The request target is malformed (e.g. an encoded dot segment or a broken escape)";
            default -> "The request failed on the server; quote the correlation id when you report it";
        };
        write(response, type, detail, path);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail)
            throws IOException {
        write(response, type, detail, request.getRequestURI());
    }

    private static void write(HttpServletResponse response, ProblemType type, String detail, String path)
            throws IOException {
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail, path,
                CorrelationId.current().orElse(null), null);
        response.setStatus(type.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.toJson(problem));
    }
}
