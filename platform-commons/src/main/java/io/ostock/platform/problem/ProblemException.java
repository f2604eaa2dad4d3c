package io.ostock.platform.problem;

import java.util.List;

/**
 * Thrown by the API layer (and the shared filters and readers) for a request it refuses, answered as
 * problem+json; application services and domain objects throw DomainException instead.
 * Nothing it carries may be secret: detail and errors go to the client as they are.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(ProblemType.INVALID_FIELDS, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }
}
