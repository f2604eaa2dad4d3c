package io.ostock.platform.problem;

/** The kinds of problem this platform answers with; each has a stable type URI and an HTTP status. */
public enum ProblemType {
    MALFORMED_REQUEST(400, "Malformed request"),
    INVALID_FIELDS(400, "Invalid fields"),
    INVALID_ID(400, "Invalid identifier"),
    UNAUTHORIZED(401, "Authentication required"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    CONTENT_TOO_LARGE(413, "Content too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    UNPROCESSABLE(422, "Unprocessable request"),
    /** The request needs another service that cannot answer now; retrying later may succeed. */
    DEPENDENCY_UNAVAILABLE(424, "Dependency unavailable"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    INTERNAL_ERROR(500, "Internal error"),
    SERVICE_UNAVAILABLE(503, "Service unavailable");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** A URN rather than a URL: it names the kind of problem without promising a page behind it. */
    public String uri() {
        return "urn:ostock:problem:" + name().toLowerCase().replace('_', '-');
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != INVALID_FIELDS && type != INVALID_ID) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }
}
