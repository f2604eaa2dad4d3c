package io.ostock.platform.http;

import io.ostock.platform.domain.ExpectedVersion;
import jakarta.ws.rs.core.EntityTag;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resource versions as strong ETags ("3"), and If-Match as the version a write expects. An update
 * without If-Match is accepted (last write wins); with one, it must name the current version.
 */
public final class Etags {

    private static final Pattern STRONG_VERSION_TAG = Pattern.compile("\"(0|[1-9][0-9]{0,17})\"");

    private Etags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The versions an If-Match header accepts: any when it is absent or "*", else those it lists as
     * strong entity tags. If-Match compares strongly (RFC 9110, 13.1.1): a weak tag (W/"3") or one
     * without quotes (3) names no version, so it never matches.
     */
    public static ExpectedVersion ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return ExpectedVersion.ANY;
        }
        Set<Long> versions = new HashSet<>();
        for (String candidate : header.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return ExpectedVersion.ANY;
            }
            var version = STRONG_VERSION_TAG.matcher(tag);
            if (version.matches()) {
                versions.add(Long.parseLong(version.group(1)));
            }
        }
        return new ExpectedVersion(versions, "If-Match " + header.strip() + " (strong tags only)");
    }
}
