package io.ostock.platform.domain;

import java.util.Objects;

/**
 * What application services and domain objects throw when a request cannot be carried out. They
 * name the reason in the domain's words; the API layer's {@code DomainExceptionMapper} alone decides
 * how each reason is answered over HTTP. Messages reach the caller as they are, so they must hold
 * nothing secret.
 *
 * <p>The reasons are types of their own, though several carry only a message: code and tests tell
 * them apart by type, as they would any exception.</p>
 */
public abstract sealed class DomainException extends RuntimeException {

    private DomainException(String message) {
        super(message, null, false, false);
    }

    /** The thing asked for does not exist (or is outside what the caller's scope holds). */
    public static final class NotFound extends DomainException {
        public NotFound(String what, Object id) {
            super(what + " " + id + " does not exist");
        }
    }

    /** The request contradicts what already exists: a taken name or id, dependents, a cycle. */
    public static final class Conflict extends DomainException {
        public Conflict(String detail) {
            super(detail);
        }
    }

    /** The thing's current state does not allow this change (an inactive license renewed, say). */
    public static final class InvalidStateChange extends DomainException {
        public InvalidStateChange(String detail) {
            super(detail);
        }
    }

    /** The request names a version of the thing that is no longer current. */
    public static final class StaleVersion extends DomainException {
        public StaleVersion(ExpectedVersion expected, long current) {
            super(expected + " does not match the current version \"" + current
                    + "\"; read it again and retry");
        }
    }

    /** One value of the request breaks a rule of its own, whatever else exists. */
    public static final class InvalidValue extends DomainException {
        private final String field;
        private final String problem;

        public InvalidValue(String field, String problem) {
            super(field + ": " + problem);
            this.field = Objects.requireNonNull(field);
            this.problem = Objects.requireNonNull(problem);
        }

        public String field() {
            return field;
        }

        public String problem() {
            return problem;
        }
    }

    /** A well-formed request that a rule refuses given what exists (a parent outside the chart, say). */
    public static final class RuleViolation extends DomainException {
        public RuleViolation(String detail) {
            super(detail);
        }
    }

    /** Another service the request needs cannot answer now; the same request may succeed later. */
    public static final class DependencyUnavailable extends DomainException {
        public DependencyUnavailable(String detail) {
            super(detail);
        }
    }
}
