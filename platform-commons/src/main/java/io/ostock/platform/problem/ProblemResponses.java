package io.ostock.platform.problem;

import io.ostock.platform.correlation.CorrelationId;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/** Builds problem+json responses; every exception mapper goes through here. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ProblemType type, String detail, UriInfo uriInfo) {
        return of(type, type.status(), detail, List.of(), uriInfo);
    }

    public static Response of(ProblemException exception, UriInfo uriInfo) {
        return of(exception.type(), exception.type().status(), exception.getMessage(), exception.errors(), uriInfo);
    }

    public static Response of(ProblemType type, int status, String detail, List<Problem.FieldError> errors,
                              UriInfo uriInfo) {
        String instance = instance(uriInfo);
        Problem problem = new Problem(type.uri(), type.title(), status, detail, instance,
                CorrelationId.current().orElse(null), errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The request's path; taken without the query when the query is not a valid URI part (a broken escape). */
    private static String instance(UriInfo uriInfo) {
        if (uriInfo == null) {
            return null;
        }
        try {
            return uriInfo.getRequestUri().getRawPath();
        } catch (IllegalArgumentException unparsableQuery) {
            return uriInfo.getAbsolutePath().getRawPath();
        }
    }
}
