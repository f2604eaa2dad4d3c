package io.ostock.licensing.application;

import io.ostock.licensing.domain.License;
import io.ostock.platform.persistence.InTransaction;
import io.ostock.platform.tracing.DatabaseWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The expiry job's work, one batch per transaction: ACTIVE licenses past their expiry become
 * EXPIRED, and licenses about to expire get one EXPIRING notice per notice window.
 *
 * <p>Several licensing instances run this side by side. Each batch claims its rows with
 * {@code FOR UPDATE SKIP LOCKED}: rows another instance is working on are skipped, and once it
 * commits they no longer match (no longer ACTIVE, or their notice recorded). So each license
 * expires once and each notice goes out once, across instances and restarts alike.</p>
 */
@ApplicationScoped
@DatabaseWork
public class LicenseExpiry {

    @PersistenceContext(unitName = "licensing")
    EntityManager em;

    @Inject
    LicenseEvents events;

    @Inject
    Event<LicenseCacheEviction.Changed> licenseChanged;

    @Inject
    OrganizationDirectory organizations;

    /** Expires up to {@code batch} due licenses, oldest expiry first; how many it expired. */
    @InTransaction
    public int expireDue(int batch) {
        Instant now = Instant.now();
        List<License> due = claim("""
                select id from license
                 where status = 'ACTIVE' and expires_at <= ?1
                 order by expires_at limit ?2
                   for update skip locked""", now, null, batch);
        for (License license : due) {
            license.expire(now);
            em.flush();
            events.expiry(LicenseEvents.EXPIRED, license, organizationOf(license));
            licenseChanged.fire(LicenseCacheEviction.Changed.of(license));
        }
        return due.size();
    }

    /** Sends the EXPIRING notice of up to {@code batch} licenses that expire within {@code window}. */
    @InTransaction
    public int noticeExpiring(int batch, Duration window) {
        Instant now = Instant.now();
        List<License> expiring = claim("""
                select l.id from license l
                 where l.status = 'ACTIVE' and l.expires_at > ?1 and l.expires_at <= ?3
                   and not exists (select 1 from license_expiry_notice n
                                    where n.license_id = l.id and n.expires_at = l.expires_at)
                 order by l.expires_at limit ?2
                   for update of l skip locked""", now, now.plus(window), batch);
        for (License license : expiring) {
            em.createNativeQuery("insert into license_expiry_notice (license_id, expires_at, sent_at) values (?1, ?2, ?3)")
                    .setParameter(1, license.id())
                    .setParameter(2, Timestamp.from(license.expiresAt()))
                    .setParameter(3, Timestamp.from(now.truncatedTo(ChronoUnit.MICROS)))
                    .executeUpdate();
            events.expiry(LicenseEvents.EXPIRING, license, organizationOf(license));
        }
        return expiring.size();
    }

    /** Locks the matching rows (skipping those locked elsewhere) and loads them. */
    private List<License> claim(String sql, Instant now, Instant until, int batch) {
        var query = em.createNativeQuery(sql, UUID.class)
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, batch);
        if (until != null) {
            query.setParameter(3, Timestamp.from(until));
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        return ids.stream().map(id -> em.find(License.class, id)).toList();
    }

    /** No user makes this call: the directory asks with the service's own account, or answers from its cache. */
    private OrganizationDirectory.OrganizationSummary organizationOf(License license) {
        return organizations.find(license.organizationId()).organization().orElse(null);
    }
}
