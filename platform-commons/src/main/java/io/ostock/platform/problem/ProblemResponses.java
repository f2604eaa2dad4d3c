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

    public static Response of(ProblemType type, int status, String detail, List<Problem.FieldError> errors,
                              UriInfo uriInfo) {
        String instance = uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        Problem problem = new Problem(type.uri(), type.title(), status, detail, instance,
                CorrelationId.current().orElse(null), errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
