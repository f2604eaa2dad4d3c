package io.ostock.licensing.application;

import io.ostock.licensing.domain.License;
import io.ostock.licensing.domain.LicenseKeys;
import io.ostock.licensing.domain.LicenseStatus;
import io.ostock.licensing.domain.LicenseType;
import io.ostock.platform.domain.DomainException;
import io.ostock.platform.domain.ExpectedVersion;
import io.ostock.platform.paging.Page;
import io.ostock.platform.paging.PageRequest;
import io.ostock.platform.persistence.InTransaction;
import io.ostock.platform.tracing.DatabaseWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Issue, renew, revoke, suspend and resume licenses; list and read them; validate keys. */
@ApplicationScoped
public class LicenseService {

    /** A license just issued, with its key: the only time the key is shown. */
    public record Issued(LicenseView license, String key) {
    }

    @PersistenceContext(unitName = "licensing")
    EntityManager em;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    LicenseEvents events;

    @Inject
    Event<LicenseCacheEviction.Changed> licenseChanged;

    @Inject
    @ConfigProperty(name = "license.expiry-grace.days", defaultValue = "7")
    int graceDays;

    /**
     * The organization must exist and be ACTIVE. When the Organization service cannot say so now,
     * the issue is refused with 424 (never a 5xx: the failure is the dependency's) and may be retried.
     */
    @InTransaction
    public Issued issue(UUID organizationId, String productName, LicenseType type, Integer seats, Duration term,
                        String comment) {
        OrganizationDirectory.Lookup lookup = organizations.confirm(organizationId);
        if (!lookup.available()) {
            throw new DomainException.DependencyUnavailable(
                    "The Organization service cannot confirm organization " + organizationId + " right now; retry later");
        }
        OrganizationDirectory.OrganizationSummary organization = lookup.organization().orElseThrow(() ->
                new DomainException.RuleViolation("Organization " + organizationId + " does not exist"));
        if (!organization.active()) {
            throw new DomainException.RuleViolation("Organization " + organizationId + " is " + organization.status()
                    + "; licenses are issued to ACTIVE organizations only");
        }
        String key = LicenseKeys.newKey();
        License license = new License(organizationId, productName, type, seats, term, comment, LicenseKeys.hash(key),
                now());
        em.persist(license);
        em.flush();
        events.changed(LicenseEvents.ISSUED, license);
        return new Issued(LicenseView.of(license), key);
    }

    /** Ordered by expiry; status and expiresBefore filter when given. */
    @DatabaseWork
    public Page<LicenseView> list(UUID organizationId, LicenseStatus status, Instant expiresBefore, PageRequest page) {
        // Only the filters in use go into the query: PostgreSQL cannot type an unused null parameter.
        StringBuilder where = new StringBuilder(" where l.organizationId = :organizationId");
        if (status != null) {
            where.append(" and l.status = :status");
        }
        if (expiresBefore != null) {
            where.append(" and l.expiresAt < :expiresBefore");
        }
        TypedQuery<License> items = em.createQuery("select l from License l" + where + " order by l.expiresAt, l.id",
                License.class);
        TypedQuery<Long> count = em.createQuery("select count(l) from License l" + where, Long.class);
        for (TypedQuery<?> query : List.of(items, count)) {
            query.setParameter("organizationId", organizationId);
            if (status != null) {
                query.setParameter("status", status);
            }
            if (expiresBefore != null) {
                query.setParameter("expiresBefore", expiresBefore);
            }
        }
        return new Page<>(items.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(),
                count.getSingleResult(), page.limit(), page.offset()).map(LicenseView::of);
    }

    /** A license as a read shows it, from the database (LicenseReads asks the read cache first). */
    @DatabaseWork
    public LicenseView read(UUID organizationId, UUID licenseId) {
        return LicenseView.of(find(organizationId, licenseId, LockModeType.NONE));
    }

    @InTransaction
    @DatabaseWork
    public LicenseView renew(UUID organizationId, UUID licenseId, Duration term, ExpectedVersion expected) {
        return change(organizationId, licenseId, expected, LicenseEvents.RENEWED, license -> license.renew(term, now()));
    }

    @InTransaction
    @DatabaseWork
    public LicenseView revoke(UUID organizationId, UUID licenseId, ExpectedVersion expected) {
        return change(organizationId, licenseId, expected, LicenseEvents.REVOKED, License::revoke);
    }

    @InTransaction
    @DatabaseWork
    public LicenseView suspend(UUID organizationId, UUID licenseId, ExpectedVersion expected) {
        return change(organizationId, licenseId, expected, LicenseEvents.SUSPENDED, License::suspend);
    }

    @InTransaction
    @DatabaseWork
    public LicenseView resume(UUID organizationId, UUID licenseId, ExpectedVersion expected) {
        return change(organizationId, licenseId, expected, LicenseEvents.RESUMED, License::resume);
    }

    /**
     * The verdict on a key from the database: one indexed lookup by the key's hash (LicenseValidation
     * asks the validation cache first). An unknown key and a revoked one get the same answer.
     */
    @DatabaseWork
    public ValidationResult lookUp(String keyHash) {
        List<License> found = em.createQuery("select l from License l where l.keyHash = :hash", License.class)
                .setParameter("hash", keyHash)
                .getResultList();
        License.Verdict verdict = found.isEmpty() ? License.Verdict.UNKNOWN
                : found.get(0).verdictAt(Instant.now(), Duration.ofDays(graceDays));
        if (verdict == License.Verdict.UNKNOWN || verdict == License.Verdict.REVOKED) {
            return UNKNOWN_OR_REVOKED;
        }
        License license = found.get(0);
        return new ValidationResult(verdict.name(), license.id(), license.status().name(), license.expiresAt(),
                license.organizationId(), license.productName());
    }

    public static final ValidationResult UNKNOWN_OR_REVOKED =
            new ValidationResult("UNKNOWN_OR_REVOKED", null, null, null, null, null);

    /** Microseconds, as PostgreSQL keeps them, so that what is answered is what a re-read shows. */
    private static Instant now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /**
     * Applies a change to the license, locked while the caller's expected version is current; the
     * event goes out with the change, and the license's cached answers are dropped when it commits.
     */
    private LicenseView change(UUID organizationId, UUID licenseId, ExpectedVersion expected, String eventType,
                               Consumer<License> transition) {
        License license = find(organizationId, licenseId, LockModeType.PESSIMISTIC_WRITE);
        expected.check(license.version());
        transition.accept(license);
        em.flush();
        events.changed(eventType, license);
        licenseChanged.fire(LicenseCacheEviction.Changed.of(license));
        return LicenseView.of(license);
    }

    /** By primary key; a license of another organization is as absent as a missing one. */
    private License find(UUID organizationId, UUID licenseId, LockModeType lock) {
        License license = em.find(License.class, licenseId, lock);
        if (license == null || !license.organizationId().equals(organizationId)) {
            throw notFound(licenseId);
        }
        return license;
    }

    /** One answer for a missing license and for another organization's: 404. */
    static DomainException.NotFound notFound(UUID licenseId) {
        return new DomainException.NotFound("License", licenseId);
    }
}
