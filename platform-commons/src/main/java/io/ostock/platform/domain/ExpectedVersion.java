package io.ostock.platform.domain;

import java.util.Set;

/**
 * The version(s) of a thing a writer last read, for optimistic concurrency: a write goes ahead
 * only while one of them is still current. {@link #ANY} accepts every version (last write wins).
 *
 * @param versions the acceptable versions, or null for any
 * @param source   how the caller stated them, repeated in the refusal
 */
public record ExpectedVersion(Set<Long> versions, String source) {

    public static final ExpectedVersion ANY = new ExpectedVersion(null, "any version");

    public ExpectedVersion {
        versions = versions == null ? null : Set.copyOf(versions);
    }

    /** Throws {@link DomainException.StaleVersion} unless current is acceptable. */
    public void check(long current) {
        if (versions != null && !versions.contains(current)) {
            throw new DomainException.StaleVersion(this, current);
        }
    }

    @Override
    public String toString() {
        return source;
    }
}
