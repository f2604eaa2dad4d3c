package io.ostock.licensing.application;

import java.util.Optional;
import java.util.UUID;

/**
 * What licensing needs to know about organizations, from the Organization service. Answers within
 * a bounded time whatever the Organization service does: when it cannot be asked, the result says so.
 */
public interface OrganizationDirectory {

    /** An organization as licensing shows it; primaryContact fields are null when there is none. */
    record OrganizationSummary(UUID id, String name, String status, String primaryContactName,
                               String primaryContactEmail) {
        public boolean active() {
            return "ACTIVE".equals(status);
        }
    }

    /** The answer: found, absent, or not known right now (the service is down, slow or refusing). */
    record Lookup(Optional<OrganizationSummary> organization, boolean available) {
        public static Lookup found(OrganizationSummary summary) {
            return new Lookup(Optional.of(summary), true);
        }

        public static Lookup absent() {
            return new Lookup(Optional.empty(), true);
        }

        public static Lookup unavailable() {
            return new Lookup(Optional.empty(), false);
        }
    }

    /**
     * The organization as last known: possibly stale (older than the cache's freshness, while it is
     * asked for again or while the Organization service cannot be asked); one that a change event has
     * invalidated is not shown for more than a moment after the event. For reads.
     */
    Lookup find(UUID organizationId);

    /** The organization as the Organization service says now, or as cached within the freshness. For decisions. */
    Lookup confirm(UUID organizationId);
}
