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

    Lookup find(UUID organizationId);
}
