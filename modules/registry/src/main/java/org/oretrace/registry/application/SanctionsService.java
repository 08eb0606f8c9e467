package org.oretrace.registry.application;

import org.oretrace.kernel.BusinessRuleException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.audit.AuditTrail;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.registry.domain.HitStatus;
import org.oretrace.registry.domain.SanctionsEntry;
import org.oretrace.registry.domain.SanctionsList;
import org.oretrace.registry.domain.ScreenedSubject;
import org.oretrace.registry.domain.Screening;
import org.oretrace.registry.domain.ScreeningHit;
import org.oretrace.registry.domain.SdnType;
import org.oretrace.registry.infrastructure.SdnFile;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * OFAC SDN list versions, screening of all smelters after each import (and by hand), and the
 * review of hits. A decision is keyed by subject and SDN entry number, so it survives re-screening.
 */
@ApplicationScoped
public class SanctionsService {

    static final Set<SdnType> SMELTER_TYPES = EnumSet.of(SdnType.ENTITY);

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ApplicationClock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    SmelterCatalog catalog;

    @Inject
    ScreeningRuns runs;

    private volatile CachedMatcher cached;

    private record CachedMatcher(long listId, SanctionsMatcher matcher) {
    }

    /**
     * Stores an sdn.csv (and optional alt.csv) as a new list version; {@link SanctionsImports} then screens every
     * smelter against it. A file that cannot be read is refused and nothing is stored.
     */
    @Allowed(Role.ADMIN)
    @Transactional
    public SanctionsList storeList(InputStream sdnCsv, InputStream altCsv, String fileName, LocalDate listDate)
            throws IOException {
        // refuse before reading 15,000 entries; the claim of the screening is what really guards
        runs.running().ifPresent(r -> {
            throw new ScreeningRuns.AlreadyRunning(ScreeningRuns.describe(r));
        });
        List<SdnFile.Entry> entries = SdnFile.read(sdnCsv, altCsv);
        String actor = currentUser.name();
        Instant now = clock.now();
        SanctionsList list = new SanctionsList(listDate == null ? clock.today() : listDate, now, actor, fileName);
        int[] counts = new int[SdnType.values().length];
        int alt = 0;
        for (SdnFile.Entry e : entries) {
            counts[e.type().ordinal()]++;
            alt += e.altNames().size();
        }
        list.counted(entries.size(), counts[SdnType.ENTITY.ordinal()], counts[SdnType.INDIVIDUAL.ordinal()],
                counts[SdnType.VESSEL.ordinal()], counts[SdnType.AIRCRAFT.ordinal()], alt);
        em.persist(list);
        int n = 0;
        for (SdnFile.Entry e : entries) {
            em.persist(new SanctionsEntry(list, e.entNum(), e.name(), e.type(), e.programs(), e.altNames(), e.remarks()));
            if (++n % 1000 == 0) {
                em.flush();
                em.clear();
                list = em.find(SanctionsList.class, list.getId());
            }
        }
        em.flush();
        cached = new CachedMatcher(list.getId(), new SanctionsMatcher(entries));
        audit.recordAs(actor, "SanctionsList", list.getId(), "imported", "OFAC SDN list of %s (%s): %d entries, %d entities, %d alternative names"
                .formatted(list.getListDate(), fileName, entries.size(), counts[SdnType.ENTITY.ordinal()], alt));
        return list;
    }

    /**
     * Removes a stored list version that will not be screened (its screening was refused because another one
     * started in the meantime), so that a refused import leaves nothing behind.
     */
    @Transactional
    public void discardList(long listId, String why) {
        SanctionsList list = em.find(SanctionsList.class, listId);
        if (list == null) {
            return;
        }
        em.createQuery("delete from SanctionsEntry e where e.list.id = :id").setParameter("id", listId).executeUpdate();
        em.remove(list);
        CachedMatcher current = cached;
        if (current != null && current.listId() == listId) {
            cached = null;
        }
        audit.recordAs(currentUser.name(), "SanctionsList", listId, "discarded", "OFAC SDN list of %s (%s) not kept: %s"
                .formatted(list.getListDate(), list.getFileName(), why));
    }

    /**
     * Screens all smelters (standard name and every alias) against the list of a claimed screening
     * ({@link SmelterScreenings#claim}), in a transaction of its own: it has committed, or failed, when
     * this returns, so the caller can record a failure at commit too. Existing hits keep their decision;
     * hits no longer found are marked as not seen in this list.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ScreeningRun screenClaimed(long screeningId) {
        long started = System.currentTimeMillis();
        Screening claimed = em.find(Screening.class, screeningId);
        if (claimed == null || !claimed.isRunning()) {
            throw new BusinessRuleException("Screening " + screeningId + " is not running any more.");
        }
        long listId = claimed.getListId();
        String actor = claimed.getStartedBy();
        // its progress is reported in other transactions: the copy read now would be stale when the screening finishes
        em.detach(claimed);
        SanctionsList list = em.find(SanctionsList.class, listId);
        if (list == null) {
            throw new BusinessRuleException("No SDN list " + listId);
        }
        return new SmelterScreeningPass(this, em, runs, audit, clock).screen(list, catalog.knownSmelters(), screeningId, actor, started);
    }

    /** Stores or refreshes one hit; returns true when it is new. */
    boolean record(ScreenedSubject type, String ref, String subjectName, SanctionsMatcher.Hit hit, long listId, Instant now,
                   Map<String, ScreeningHit> existing) {
        ScreeningHit stored = existing.remove(ref + "|" + hit.entNum());
        boolean created = stored == null;
        if (created) {
            stored = new ScreeningHit(type, ref, subjectName, now);
        }
        String sdnName = hit.matchedSdnName().equals(hit.sdnName()) ? hit.sdnName() : hit.sdnName() + " (a.k.a. " + hit.matchedSdnName() + ")";
        stored.seen(subjectName, hit.screenedName(), hit.entNum(), sdnName, hit.programs(), hit.remarks(), hit.score(), listId);
        if (created) {
            em.persist(stored);
        }
        return created;
    }

    @Allowed(Role.COMPLIANCE)
    @Transactional
    public ScreeningHit confirm(long hitId, String reason) {
        org.oretrace.kernel.InputLimits.text("Reason", reason, org.oretrace.kernel.InputLimits.REASON);
        ScreeningHit hit = hit(hitId);
        hit.confirm(reason, currentUser.name(), clock.now());
        audit.record("ScreeningHit", hitId, "confirmed", describe(hit) + " confirmed as a true match"
                + (hit.getReason() == null ? "" : ": " + hit.getReason()));
        return hit;
    }

    @Allowed(Role.COMPLIANCE)
    @Transactional
    public ScreeningHit dismiss(long hitId, String reason) {
        org.oretrace.kernel.InputLimits.text("Reason", reason, org.oretrace.kernel.InputLimits.REASON);
        ScreeningHit hit = hit(hitId);
        hit.dismiss(reason, currentUser.name(), clock.now());
        audit.record("ScreeningHit", hitId, "dismissed", describe(hit) + " dismissed: " + hit.getReason());
        return hit;
    }

    @Allowed(Role.COMPLIANCE)
    @Transactional
    public ScreeningHit reopen(long hitId) {
        ScreeningHit hit = hit(hitId);
        HitStatus before = hit.getStatus();
        hit.reopen(currentUser.name(), clock.now());
        audit.record("ScreeningHit", hitId, "reopened", describe(hit) + " reopened (was " + before + ")");
        return hit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ScreeningHit> hits(HitStatus status) {
        return em.createQuery("select h from ScreeningHit h where (:s is null or h.status = :s) order by h.score desc, h.id",
                ScreeningHit.class).setParameter("s", status).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ScreeningHit> hitsFor(ScreenedSubject type, String ref) {
        return em.createQuery("select h from ScreeningHit h where h.subjectType = :t and h.subjectRef = :r order by h.score desc",
                ScreeningHit.class).setParameter("t", type).setParameter("r", ref).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long openCount() {
        return em.createQuery("select count(h) from ScreeningHit h where h.status = :s", Long.class)
                .setParameter("s", HitStatus.OPEN).getSingleResult();
    }

    /** Open (undecided) screening hits on these smelters: the filing's pre-flight asks for its year's smelters. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long openSmelterHits(java.util.Collection<String> smelterIds) {
        if (smelterIds.isEmpty()) {
            return 0;
        }
        java.util.Set<String> ids = new java.util.HashSet<>(smelterIds);
        return em.createQuery("select h.subjectRef from ScreeningHit h where h.subjectType = :t and h.status = :s", String.class)
                .setParameter("t", ScreenedSubject.SMELTER).setParameter("s", HitStatus.OPEN).getResultList().stream()
                .filter(ids::contains).count();
    }

    /**
     * The reason recorded with the latest confirmed hit on each of these smelters (what the compliance officer decided and
     * did), by smelter ID; smelters without a confirmed hit or without a reason are absent. The filing names them.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<String, String> confirmedSmelterReasons(java.util.Collection<String> smelterIds) {
        java.util.Map<String, String> reasons = new java.util.HashMap<>();
        if (smelterIds.isEmpty()) {
            return reasons;
        }
        java.util.Set<String> ids = new java.util.HashSet<>(smelterIds);
        for (ScreeningHit h : em.createQuery("select h from ScreeningHit h where h.subjectType = :t and h.status = :s"
                        + " order by h.decidedAt, h.id", ScreeningHit.class)
                .setParameter("t", ScreenedSubject.SMELTER).setParameter("s", HitStatus.CONFIRMED).getResultList()) {
            if (ids.contains(h.getSubjectRef()) && h.getReason() != null && !h.getReason().isBlank()) {
                reasons.put(h.getSubjectRef(), h.getReason().strip());
            }
        }
        return reasons;
    }

    /** The SDN entry of each of these smelters' confirmed hits, in words (the latest decision wins). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<String, String> confirmedSmelterEntries(java.util.Collection<String> smelterIds) {
        java.util.Map<String, String> entries = new java.util.HashMap<>();
        if (smelterIds.isEmpty()) {
            return entries;
        }
        for (ScreeningHit h : em.createQuery("select h from ScreeningHit h where h.subjectType = :t and h.status = :s"
                        + " and h.subjectRef in :ids order by h.decidedAt, h.id", ScreeningHit.class)
                .setParameter("t", ScreenedSubject.SMELTER).setParameter("s", HitStatus.CONFIRMED)
                .setParameter("ids", new java.util.ArrayList<>(new java.util.HashSet<>(smelterIds))).getResultList()) {
            String programs = h.getSdnPrograms() == null || h.getSdnPrograms().isBlank() ? "" : " [" + h.getSdnPrograms().strip() + "]";
            entries.put(h.getSubjectRef(), "OFAC SDN entry " + h.getEntNum() + ": " + h.getSdnName() + programs
                    + (h.isStillListed() ? "" : " (no longer on the newest list)"));
        }
        return entries;
    }

    /**
     * The registry's country of each smelter these hits are about, by smelter ID (the evidence a reviewer weighs against
     * the SDN entry's remarks); the country's name where it resolves, else as RMI spells it. Suppliers' hits are absent:
     * their country is outreach's.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<String, String> smelterCountries(java.util.Collection<ScreeningHit> hits) {
        java.util.Map<String, String> countries = new java.util.HashMap<>();
        java.util.List<String> ids = hits.stream().filter(h -> h.getSubjectType() == ScreenedSubject.SMELTER)
                .map(ScreeningHit::getSubjectRef).distinct().toList();
        if (ids.isEmpty()) {
            return countries;
        }
        for (org.oretrace.registry.domain.Smelter s : em.createQuery("select s from Smelter s where s.smelterId in :ids",
                org.oretrace.registry.domain.Smelter.class).setParameter("ids", ids).getResultList()) {
            String name = s.getCountryCode() == null ? s.getCountryName()
                    : org.oretrace.kernel.country.Countries.byCode(s.getCountryCode()).map(c -> c.name()).orElse(s.getCountryName());
            if (name != null) {
                countries.put(s.getSmelterId(), name);
            }
        }
        return countries;
    }

    /** Smelter IDs with a confirmed hit on an entry still on the list: sanctioned, everywhere they appear. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> sanctionedSmelterIds() {
        return new LinkedHashSet<>(em.createQuery("select h.subjectRef from ScreeningHit h where h.subjectType = :t "
                        + "and h.status = :s and h.stillListed = true", String.class)
                .setParameter("t", ScreenedSubject.SMELTER).setParameter("s", HitStatus.CONFIRMED).getResultList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SanctionsList> latestList() {
        return em.createQuery("select l from SanctionsList l order by l.listDate desc, l.id desc", SanctionsList.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SanctionsList> lists() {
        return em.createQuery("select l from SanctionsList l order by l.listDate desc, l.id desc", SanctionsList.class).getResultList();
    }

    /** The matcher of a list version, built once per node. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SanctionsMatcher matcher(long listId) {
        CachedMatcher current = cached;
        if (current != null && current.listId() == listId) {
            return current.matcher();
        }
        List<SdnFile.Entry> entries = new ArrayList<>();
        for (SanctionsEntry e : em.createQuery("select e from SanctionsEntry e where e.list.id = :id", SanctionsEntry.class)
                .setParameter("id", listId).getResultList()) {
            entries.add(new SdnFile.Entry(e.getEntNum(), e.getName(), e.getType(), e.getPrograms(), e.altNameList(), e.getRemarks()));
        }
        SanctionsMatcher matcher = new SanctionsMatcher(entries);
        cached = new CachedMatcher(listId, matcher);
        return matcher;
    }

    private ScreeningHit hit(long id) {
        ScreeningHit hit = em.find(ScreeningHit.class, id);
        if (hit == null) {
            throw new BusinessRuleException("No screening hit " + id);
        }
        return hit;
    }

    private static String describe(ScreeningHit hit) {
        return hit.getSubjectType() + " " + hit.getSubjectRef() + " (" + hit.getSubjectName() + ") ~ SDN " + hit.getEntNum()
                + " " + hit.getSdnName();
    }
}
