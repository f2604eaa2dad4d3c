package io.ostock.platform.paging;

import io.ostock.platform.problem.ProblemException;

/**
 * Validated paging parameters: limit 1..MAX_LIMIT (default 20), offset 0 or more. Parsed from the raw
 * query strings here because JAX-RS answers an unconvertible query parameter with a bare 404.
 */
public record PageRequest(int limit, int offset) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public static PageRequest of(String limit, String offset) {
        int l = parse("limit", limit, DEFAULT_LIMIT);
        int o = parse("offset", offset, 0);
        if (l < 1 || l > MAX_LIMIT) {
            throw ProblemException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (o < 0) {
            throw ProblemException.invalidField("offset", "must be 0 or more");
        }
        return new PageRequest(l, o);
    }

    private static int parse(String name, String raw, int fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(name, "must be a whole number");
        }
    }
}
