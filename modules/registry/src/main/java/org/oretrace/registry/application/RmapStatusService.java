package org.oretrace.registry.application;

import org.oretrace.registry.published.RmapStanding;
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
import org.oretrace.registry.published.RmapCategory;
import org.oretrace.registry.domain.RmapStatusEntry;
import org.oretrace.registry.domain.RmapStatusTerm;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RMAP status history (imported by {@link RmapImports}) and the configurable status vocabulary.

 */
@ApplicationScoped
public class RmapStatusService {

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ApplicationClock clock;

    @Inject
    CurrentUser currentUser;

    /** The status vocabulary, each word with its category. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RmapStatusTerm> vocabulary() {
        return em.createQuery("select t from RmapStatusTerm t order by t.term", RmapStatusTerm.class).getResultList();
    }

    @Allowed(Role.ADMIN)
    @Transactional
    public void mapStatus(String status, RmapCategory category) {
        String term = RmapStatusTerm.normalize(status);
        if (term.isEmpty()) {
            throw new BusinessRuleException("Give the status word to map");
        }
        RmapStatusTerm existing = em.find(RmapStatusTerm.class, term);
        String before = existing == null ? "none" : existing.getCategory().name();
        if (existing == null) {
            em.persist(new RmapStatusTerm(term, category));
        } else {
            existing.mapTo(category);
        }
        audit.record("RmapStatusTerm", term, "mapped", "'" + term + "': " + before + " → " + category);
    }

    /** The smelter's RMAP status on a date (the latest entry dated on or before it), or empty. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RmapStatusEntry> statusOn(String smelterId, LocalDate date) {
        return em.createQuery("select e from RmapStatusEntry e where e.smelterId = :id and e.statusDate <= :d "
                        + "order by e.statusDate desc", RmapStatusEntry.class)
                .setParameter("id", smelterId).setParameter("d", date).setMaxResults(1).getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RmapStatusEntry> history(String smelterId) {
        return em.createQuery("select e from RmapStatusEntry e left join fetch e.source where e.smelterId = :id order by e.statusDate desc",
                RmapStatusEntry.class).setParameter("id", smelterId).getResultList();
    }

    /** Category of a status word; UNKNOWN when the word is not mapped (or null). */
    public RmapCategory categoryOf(String status, Map<String, RmapStatusTerm> terms) {
        if (status == null) {
            return RmapCategory.UNKNOWN;
        }
        RmapStatusTerm term = terms.get(RmapStatusTerm.normalize(status));
        return term == null ? RmapCategory.UNKNOWN : term.getCategory();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, RmapStatusTerm> terms() {
        Map<String, RmapStatusTerm> terms = new HashMap<>();
        vocabulary().forEach(t -> terms.put(t.getTerm(), t));
        return terms;
    }

    /** Each smelter's standing on the date (see {@link RmapStatuses}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<String, RmapStanding> standings(java.util.Collection<String> smelterIds, LocalDate date) {
        return new RmapStatuses(em).on(smelterIds, date);
    }
}
