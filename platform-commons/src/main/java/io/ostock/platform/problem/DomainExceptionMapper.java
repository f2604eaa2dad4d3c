package io.ostock.platform.problem;

import io.ostock.platform.domain.DomainException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/** The one place where a domain's refusal becomes an HTTP status and a problem type. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(DomainException exception) {
        List<Problem.FieldError> errors = exception instanceof DomainException.InvalidValue invalid
                ? List.of(new Problem.FieldError(invalid.field(), invalid.problem()))
                : List.of();
        ProblemType type = typeOf(exception);
        return ProblemResponses.of(type, type.status(), exception.getMessage(), errors, uriInfo);
    }

    static ProblemType typeOf(DomainException exception) {
        if (exception instanceof DomainException.NotFound) {
            return ProblemType.NOT_FOUND;
        }
        if (exception instanceof DomainException.Conflict || exception instanceof DomainException.InvalidStateChange) {
            return ProblemType.CONFLICT;
        }
        if (exception instanceof DomainException.StaleVersion) {
            return ProblemType.PRECONDITION_FAILED;
        }
        if (exception instanceof DomainException.InvalidValue) {
            return ProblemType.INVALID_FIELDS;
        }
        if (exception instanceof DomainException.RuleViolation) {
            return ProblemType.UNPROCESSABLE;
        }
        if (exception instanceof DomainException.DependencyUnavailable) {
            return ProblemType.DEPENDENCY_UNAVAILABLE;
        }
        throw new IllegalStateException("No problem type for " + exception.getClass().getName());
    }
}
