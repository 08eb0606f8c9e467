package org.oretrace.registry.application;

import org.oretrace.registry.published.MatchMethod;
import org.oretrace.registry.published.MatchResult;
import org.oretrace.registry.published.ReportedSmelter;
import org.oretrace.kernel.smelter.SmelterId;
import org.oretrace.kernel.BusinessRuleException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.audit.AuditTrail;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.registry.domain.AliasOrigin;
import org.oretrace.kernel.names.CompanyName;
import org.oretrace.registry.domain.MatchReview;
import org.oretrace.registry.domain.ReviewStatus;
import org.oretrace.registry.domain.Smelter;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The match review queue: reported names the matcher could not resolve. A person confirms the
 * smelter (the name becomes a learned alias, so the next report of it matches automatically) or
 * marks it as unknown.
 */
@ApplicationScoped
public class MatchReviews {

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ApplicationClock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    SmelterMatcher matcher;

    @Inject
    Event<RegistryChanged> changed;

    /**
     * Puts an unresolved reported smelter in the queue (once per metal and normalized name; a repeat
     * only counts an occurrence). Rows the matcher resolves, and pseudo-entries, are not queued.
     *
     * @param sourceType what reported it, e.g. "Declaration"
     * @param sourceRef  its id, e.g. the declaration id and row ("42/row 17")
     * @return the open review, or empty when there is nothing to review
     */
    @Transactional
    public Optional<MatchReview> submit(ReportedSmelter reported, String sourceType, String sourceRef) {
        if (reported.name() == null || reported.name().isBlank()) {
            return Optional.empty();
        }
        MatchResult result = matcher.match(reported);
        if (result.method() != MatchMethod.UNRESOLVED) {
            return Optional.empty();
        }
        String key = CompanyName.key(reported.name());
        Optional<MatchReview> open = em.createQuery("select r from MatchReview r where r.status = :s and r.nameKey = :k "
                        + "and (r.metal = :m or (r.metal is null and :m is null))", MatchReview.class)
                .setParameter("s", ReviewStatus.OPEN).setParameter("k", key).setParameter("m", reported.metal())
                .setMaxResults(1).getResultStream().findFirst();
        if (open.isPresent()) {
            open.get().reportedAgain();
            return open;
        }
        String suggestion = suggestedId(result.reason());
        MatchReview review = new MatchReview(reported.metal(), reported.name().strip(), reported.country(), reported.smelterId(),
                key, sourceType, sourceRef, suggestion, suggestion == null ? null : result.score(), result.reason(), clock.now());
        em.persist(review);
        return Optional.of(review);
    }

    /** Confirms the smelter of a reported name; the name becomes a learned alias of it. */
    @Allowed(Role.COMPLIANCE)
    @Transactional
    public MatchReview confirm(long reviewId, String smelterId, String note) {
        org.oretrace.kernel.InputLimits.text("Note", note, org.oretrace.kernel.InputLimits.REASON);
        org.oretrace.kernel.InputLimits.text("Smelter ID", smelterId, 100);
        MatchReview review = review(reviewId);
        String id = SmelterId.canonical(smelterId);
        Smelter smelter = id == null ? null : em.createQuery("select s from Smelter s where s.smelterId = :id", Smelter.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null);
        if (smelter == null) {
            throw new BusinessRuleException("No smelter with ID " + smelterId);
        }
        if (review.getMetal() != null && review.getMetal() != smelter.getMetal()) {
            throw new BusinessRuleException(id + " is a " + smelter.getMetal().displayName() + " smelter; the supplier reported "
                    + review.getMetal().displayName());
        }
        String actor = currentUser.name();
        review.confirm(id, actor, clock.now(), note);
        smelter.addAlias(review.getReportedName(), AliasOrigin.LEARNED, actor, clock.now());
        audit.record("MatchReview", reviewId, "confirmed", "'" + review.getReportedName() + "' is " + id + " ("
                + smelter.getStandardName() + ")" + (note == null || note.isBlank() ? "" : ": " + note.strip()));
        audit.record("Smelter", id, "alias learned", "'" + review.getReportedName() + "' now matches " + id);
        em.flush();
        changed.fire(new RegistryChanged("alias '" + review.getReportedName() + "' learned for " + id));
        return review;
    }

    /** Records that nobody could tell which smelter the name means. */
    @Allowed(Role.COMPLIANCE)
    @Transactional
    public MatchReview markUnknown(long reviewId, String note) {
        org.oretrace.kernel.InputLimits.text("Note", note, org.oretrace.kernel.InputLimits.REASON);
        MatchReview review = review(reviewId);
        review.markUnknown(currentUser.name(), clock.now(), note);
        audit.record("MatchReview", reviewId, "marked unknown", "'" + review.getReportedName() + "' could not be identified"
                + (note == null || note.isBlank() ? "" : ": " + note.strip()));
        return review;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MatchReview> list(ReviewStatus status) {
        return em.createQuery("select r from MatchReview r where (:s is null or r.status = :s) "
                + "order by r.occurrences desc, r.createdAt, r.id", MatchReview.class).setParameter("s", status).getResultList();
    }

    /**
     * How many of these reported names wait in the review queue: an open review of the same metal and name (compared as
     * {@link #submit} compares them). The filing's pre-flight asks this for its year's unresolved names.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long openAmong(java.util.Collection<ReportedSmelter> reported) {
        if (reported.isEmpty()) {
            return 0;
        }
        java.util.Set<String> open = new java.util.HashSet<>();
        for (Object[] row : em.createQuery("select r.metal, r.nameKey from MatchReview r where r.status = :s", Object[].class)
                .setParameter("s", ReviewStatus.OPEN).getResultList()) {
            open.add(row[0] + "|" + row[1]);
        }
        return reported.stream().filter(r -> r.name() != null && !r.name().isBlank())
                .map(r -> r.metal() + "|" + CompanyName.key(r.name())).distinct().filter(open::contains).count();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long openCount() {
        return em.createQuery("select count(r) from MatchReview r where r.status = :s", Long.class)
                .setParameter("s", ReviewStatus.OPEN).getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MatchReview review(long id) {
        MatchReview review = em.find(MatchReview.class, id);
        if (review == null) {
            throw new BusinessRuleException("No match review " + id);
        }
        return review;
    }

    /** The matcher names its closest candidate as "(CID000123)" in the reason. */
    static String suggestedId(String reason) {
        if (reason == null) {
            return null;
        }
        int i = reason.indexOf("(CID");
        if (i < 0 || i + 13 > reason.length()) {
            return null;
        }
        String id = reason.substring(i + 1, i + 10).toUpperCase(Locale.ROOT);
        return SmelterId.isCanonical(id) ? id : null;
    }
}
