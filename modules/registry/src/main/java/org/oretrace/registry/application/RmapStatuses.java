package org.oretrace.registry.application;

import org.oretrace.registry.published.RmapStanding;
import jakarta.persistence.EntityManager;
import org.oretrace.registry.published.RmapCategory;
import org.oretrace.registry.domain.RmapImport;
import org.oretrace.registry.domain.RmapStatusEntry;
import org.oretrace.registry.domain.RmapStatusTerm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The one place that answers "what was this smelter's RMAP status on that date": the latest status imported on or
 * before it (an entry a list stated, or one the registry concluded when the smelter dropped off a list), counted by the
 * status vocabulary; Unknown when nothing covers the date. Plain Java over an entity manager, so the registry's
 * screens, its API, and filing's consolidation (also outside the container) ask the same question the same way.
 */
public class RmapStatuses {

    /** Keeps IN lists well below every database's parameter limit. */
    private static final int CHUNK = 500;

    private final EntityManager em;

    public RmapStatuses(EntityManager em) {
        this.em = em;
    }

    /** The standing of each asked smelter on the date (an unknown standing for each one nothing covers). */
    public Map<String, RmapStanding> on(Collection<String> smelterIds, LocalDate date) {
        Map<String, RmapCategory> terms = terms();
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(smelterIds));
        Map<String, RmapStatusEntry> latest = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            // ordered by date, so the last one put is the status in force on the date
            for (RmapStatusEntry e : em.createQuery("select e from RmapStatusEntry e left join fetch e.source"
                            + " where e.smelterId in :ids and e.statusDate <= :d order by e.statusDate, e.id", RmapStatusEntry.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))).setParameter("d", date)
                    .getResultList()) {
                latest.put(e.getSmelterId(), e);
            }
        }
        Map<String, RmapStanding> result = new HashMap<>();
        for (String id : ids) {
            RmapStatusEntry e = latest.get(id);
            result.put(id, e == null ? RmapStanding.unknown(id) : standing(e, terms));
        }
        return result;
    }

    static RmapStanding standing(RmapStatusEntry e, Map<String, RmapCategory> terms) {
        RmapImport source = e.getSource();
        return new RmapStanding(e.getSmelterId(), terms.getOrDefault(RmapStatusTerm.normalize(e.getStatus()), RmapCategory.UNKNOWN),
                e.getStatus(), e.getStatusDate(), source == null ? e.getSourceText() : source.getSourceLabel(),
                source == null ? null : source.getAsOf(), e.isDerived(), e.getLastAuditDate(), e.getAuditCycle(),
                e.getReauditInProgress());
    }

    Map<String, RmapCategory> terms() {
        Map<String, RmapCategory> terms = new HashMap<>();
        for (RmapStatusTerm t : em.createQuery("select t from RmapStatusTerm t", RmapStatusTerm.class).getResultList()) {
            terms.put(t.getTerm(), t.getCategory());
        }
        return terms;
    }
}
