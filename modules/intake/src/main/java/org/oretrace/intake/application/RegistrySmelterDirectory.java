package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.registry.application.MatchResult;
import org.oretrace.registry.application.ReportedSmelter;
import org.oretrace.registry.application.SmelterMatcher;
import org.oretrace.registry.domain.HitStatus;
import org.oretrace.registry.domain.MatchReview;
import org.oretrace.registry.domain.ReviewStatus;
import org.oretrace.registry.domain.ScreenedSubject;
import org.oretrace.registry.domain.Smelter;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The registry module behind {@link SmelterDirectory}: its matcher, its smelters, its screening and review queue. */
@ApplicationScoped
public class RegistrySmelterDirectory implements SmelterDirectory {

    static final String SOURCE_TYPE = "DECLARATION";

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    SmelterMatcher matcher;

    @Inject
    ApplicationClock clock;

    @Override
    public Decision resolve(Metal metal, String name, String country, String smelterId) {
        MatchResult r = matcher.match(new ReportedSmelter(metal, name, country, smelterId));
        return new Decision(r.isMatched() ? r.smelterId() : null, r.method().name(), r.score(), r.reason());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Facts> facts(String smelterId) {
        List<Smelter> found = em.createQuery("select s from Smelter s where s.smelterId = :id", Smelter.class)
                .setParameter("id", smelterId).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Smelter s = found.get(0);
        long confirmedHits = em.createQuery("select count(h) from ScreeningHit h where h.subjectType = :type "
                        + "and h.subjectRef = :id and h.status = :confirmed", Long.class)
                .setParameter("type", ScreenedSubject.SMELTER).setParameter("id", smelterId)
                .setParameter("confirmed", HitStatus.CONFIRMED).getSingleResult();
        List<String> names = new java.util.ArrayList<>();
        names.add(s.getStandardName());
        s.getAliases().forEach(alias -> names.add(alias.getName()));
        return Optional.of(new Facts(s.getSmelterId(), s.getMetal(), s.getStandardName(), s.getCountryName(),
                confirmedHits > 0, recyclerByName(names)));
    }

    /**
     * The registry has no recycler flag (RMI's reference list in the CMRT carries none, and its source is "RMI"
     * for every smelter), so the only thing it knows is a name that says so: "Attero Recycling", "Eco-System
     * Recycling". TRUE then, otherwise null (unknown): a name without the word proves nothing.
     */
    static Boolean recyclerByName(List<String> names) {
        for (String name : names) {
            String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
            if (lower.contains("recycl")) {
                return Boolean.TRUE;
            }
        }
        return null;
    }

    /** One open review per reported name and metal; a name reported again counts one more occurrence. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void submitForReview(Metal metal, String name, String country, String smelterId, String sourceRef) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        List<MatchReview> open = em.createQuery("select r from MatchReview r where r.metal = :metal "
                        + "and r.nameKey = :key and r.status = :open", MatchReview.class)
                .setParameter("metal", metal).setParameter("key", key).setParameter("open", ReviewStatus.OPEN)
                .setMaxResults(1).getResultList();
        if (!open.isEmpty()) {
            open.get(0).reportedAgain();
            return;
        }
        MatchResult r = matcher.match(new ReportedSmelter(metal, name, country, smelterId));
        em.persist(new MatchReview(metal, name, country, smelterId, key, SOURCE_TYPE, sourceRef, r.smelterId(),
                r.smelterId() == null ? null : r.score(), r.reason(), clock.now()));
    }
}
