package org.oretrace.registry.application;

import jakarta.persistence.EntityManager;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.audit.AuditTrail;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.registry.domain.SanctionsList;
import org.oretrace.registry.domain.ScreenedSubject;
import org.oretrace.registry.domain.Screening;
import org.oretrace.registry.domain.ScreeningHit;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.oretrace.registry.application.SanctionsService.SMELTER_TYPES;

/**
 * One pass of a claimed screening over all smelters (standard name and every alias) against an SDN list version:
 * records or refreshes the hits, reports progress, and finishes the screening in the caller's transaction
 * ({@link SanctionsService#screenClaimed}, which owns the transaction and the list's matcher).
 */
final class SmelterScreeningPass {

    /** How often a screening reports its progress to the database (for the progress bar on any node). */
    private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;

    private final SanctionsService sanctions;
    private final EntityManager em;
    private final ScreeningRuns runs;
    private final AuditTrail audit;
    private final ApplicationClock clock;

    SmelterScreeningPass(SanctionsService sanctions, EntityManager em, ScreeningRuns runs, AuditTrail audit, ApplicationClock clock) {
        this.sanctions = sanctions;
        this.em = em;
        this.runs = runs;
        this.audit = audit;
        this.clock = clock;
    }

    ScreeningRun screen(SanctionsList list, List<KnownSmelter> smelters, long screeningId, String actor, long started) {
        long listId = list.getId();
        SanctionsMatcher matcher = sanctions.matcher(listId);
        Instant now = clock.now();
        Map<String, ScreeningHit> existing = new HashMap<>();
        for (ScreeningHit h : em.createQuery("select h from ScreeningHit h where h.subjectType = :t", ScreeningHit.class)
                .setParameter("t", ScreenedSubject.SMELTER).getResultList()) {
            existing.put(h.getSubjectRef() + "|" + h.getEntNum(), h);
        }
        int names = 0;
        int hits = 0;
        int newHits = 0;
        int done = 0;
        long reportedAt = System.nanoTime();
        for (KnownSmelter s : smelters) {
            Set<String> all = new LinkedHashSet<>();
            all.add(s.standardName());
            all.addAll(s.aliases());
            all.addAll(s.learnedAliases());
            Map<Integer, SanctionsMatcher.Hit> best = new HashMap<>();
            for (String name : all) {
                names++;
                for (SanctionsMatcher.Hit hit : matcher.screen(name, s.countryCode(), SMELTER_TYPES)) {
                    best.merge(hit.entNum(), hit, (a, b) -> a.score() >= b.score() ? a : b);
                }
            }
            for (SanctionsMatcher.Hit hit : best.values()) {
                hits++;
                if (sanctions.record(ScreenedSubject.SMELTER, s.smelterId(), s.standardName(), hit, listId, now, existing)) {
                    newHits++;
                }
            }
            done++;
            if (System.nanoTime() - reportedAt >= PROGRESS_EVERY_NANOS) {
                reportedAt = System.nanoTime();
                if (!runs.advance(screeningId, done)) {
                    throw new BusinessRuleException("The screening was declared abandoned by another server; start it again.");
                }
            }
        }
        for (ScreeningHit h : existing.values()) {
            h.notSeenIn(listId);
        }
        int open = (int) sanctions.openCount();
        list.screened(now, names, hits, open);
        ScreeningRun run = new ScreeningRun(listId, smelters.size(), names, hits, newHits, open,
                System.currentTimeMillis() - started);
        audit.recordAs(actor, "SanctionsList", listId, "screened", "%d smelters (%d names) screened: %d hits, %d new, %d open"
                .formatted(run.subjects(), run.names(), run.hits(), run.newHits(), run.openHits()));
        // finished in this transaction: the record shows FINISHED exactly when the hits it found are committed
        Screening screening = em.find(Screening.class, screeningId);
        screening.finish(names, hits, newHits, open, clock.now(), runs.heartbeat());
        return run;
    }
}
