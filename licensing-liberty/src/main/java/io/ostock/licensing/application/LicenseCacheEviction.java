package io.ostock.licensing.application;

import io.ostock.licensing.domain.License;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Drops a changed license's cached answers, its validation verdict and its read, once the change
 * commits, before the answer to the change goes out. Dropped before the commit, a read in between
 * would have cached the old state again for a whole TTL. When Redis cannot be reached then, the
 * caches log it and their TTLs bound how long the old state is seen.
 */
@ApplicationScoped
public class LicenseCacheEviction {

    /** Fired, within its transaction, for a license whose stored state changed. */
    public record Changed(UUID licenseId, String keyHash) {
        public static Changed of(License license) {
            return new Changed(license.id(), license.keyHash());
        }
    }

    @Inject
    ValidationCache validationCache;

    @Inject
    LicenseReadCache readCache;

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed changed) {
        validationCache.evict(changed.keyHash());
        readCache.evict(changed.licenseId());
    }
}
