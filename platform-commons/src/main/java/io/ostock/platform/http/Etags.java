package io.ostock.platform.http;

import io.ostock.platform.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;

/**
 * Resource versions as strong ETags ("3"), and the If-Match check of optimistic concurrency. An
 * update without If-Match is accepted (last write wins); with one, it must name the current version.
 */
public final class Etags {

    private Etags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Throws 412 unless ifMatch is absent, "*", or lists the current version as a strong entity tag.
     * If-Match compares strongly (RFC 9110, 13.1.1): a weak tag (W/"3") or one without quotes (3)
     * never matches.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = "\"" + currentVersion + "\"";
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw ProblemException.preconditionFailed("If-Match " + ifMatch.strip() + " does not match the current version "
                + current + "; read the resource again and retry (If-Match compares strong tags only)");
    }
}
