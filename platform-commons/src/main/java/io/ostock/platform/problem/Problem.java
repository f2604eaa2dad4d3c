package io.ostock.platform.problem;

import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error answer. Null members are left out of the JSON.
 *
 * @param type          a URI naming the kind of problem (stable, safe to branch on)
 * @param title         a short human summary of that kind
 * @param status        the HTTP status
 * @param detail        what went wrong with this request
 * @param instance      the request path that failed
 * @param correlationId the request's X-Correlation-ID, to find its log lines
 * @param errors        per-field findings, for validation failures
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      String correlationId, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field of a request body or query. */
    public record FieldError(String field, String message) {
    }
}
