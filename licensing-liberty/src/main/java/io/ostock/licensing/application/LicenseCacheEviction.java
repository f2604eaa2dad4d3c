package io.ostock.licensing.application;

import io.ostock.licensing.domain.License;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.UUID;

/**
 * Drops a changed license's cached answers, its validation verdict and its read, once the change
 * commits, before the answer to the change goes out. Dropped before the commit, a read in between
 * would have cached the old state again for a whole TTL. When Redis cannot be reached then, the
 * caches log it and their TTLs bound how long the old state is seen.
 */
@ApplicationScoped
public class LicenseCacheEviction {

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    ValidationResults validationResults;

    @Inject
    CachedLicenses cachedLicenses;

    /** Call within the transaction that changes the license. */
    public void afterCommit(License license) {
        UUID licenseId = license.id();
        String keyHash = license.keyHash();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    validationResults.evict(keyHash);
                    cachedLicenses.evict(licenseId);
                }
            }
        });
    }
}
