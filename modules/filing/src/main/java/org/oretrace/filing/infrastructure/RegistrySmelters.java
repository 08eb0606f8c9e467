package org.oretrace.filing.infrastructure;

import jakarta.persistence.EntityManager;
import org.oretrace.filing.application.FilingSources;
import org.oretrace.filing.domain.RmapCategory;
import org.oretrace.kernel.country.Country;
import org.oretrace.registry.domain.HitStatus;
import org.oretrace.registry.domain.RmapStatusTerm;
import org.oretrace.registry.domain.ScreenedSubject;
import org.oretrace.registry.domain.Smelter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registry's side of {@link FilingSources#smelters}: standard name, canonical country, covered-country flag,
 * sanctions confirmed by a person, and the RMAP status in force on a date (the latest status dated on or before
 * it), counted in the report's categories.
 */
public class RegistrySmelters {

    /** Keeps IN lists well below every database's parameter limit. */
    private static final int CHUNK = 500;

    private final EntityManager em;

    public RegistrySmelters(EntityManager em) {
        this.em = em;
    }

    public Map<String, FilingSources.SmelterFacts> smelters(Collection<String> smelterIds, LocalDate asOf) {
        Map<String, org.oretrace.registry.domain.RmapCategory> terms = new HashMap<>();
        for (RmapStatusTerm t : em.createQuery("select t from RmapStatusTerm t", RmapStatusTerm.class).getResultList()) {
            terms.put(t.getTerm(), t.getCategory());
        }
        Map<String, FilingSources.SmelterFacts> facts = new HashMap<>();
        List<String> ids = new ArrayList<>(new HashSet<>(smelterIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Map<String, String> status = new HashMap<>();
            // ordered by date, so the last one put is the status in force on asOf
            for (Object[] row : em.createQuery("select e.smelterId, e.status from RmapStatusEntry e where e.smelterId in :ids"
                            + " and e.statusDate <= :asOf order by e.statusDate, e.id", Object[].class)
                    .setParameter("ids", chunk).setParameter("asOf", asOf).getResultList()) {
                status.put((String) row[0], (String) row[1]);
            }
            Set<String> sanctioned = new HashSet<>(em.createQuery("select distinct h.subjectRef from ScreeningHit h"
                            + " where h.subjectType = :smelter and h.status = :confirmed and h.subjectRef in :ids", String.class)
                    .setParameter("smelter", ScreenedSubject.SMELTER).setParameter("confirmed", HitStatus.CONFIRMED)
                    .setParameter("ids", chunk).getResultList());
            for (Smelter s : em.createQuery("select s from Smelter s where s.smelterId in :ids", Smelter.class)
                    .setParameter("ids", chunk).getResultList()) {
                String rmap = status.get(s.getSmelterId());
                RmapCategory category = category(rmap == null ? null : terms.get(RmapStatusTerm.normalize(rmap)));
                String country = s.country().map(Country::name).orElse(s.getCountryName());
                facts.put(s.getSmelterId(), new FilingSources.SmelterFacts(s.getSmelterId(), s.getMetal(), s.getStandardName(),
                        country, s.isInCoveredCountry(), sanctioned.contains(s.getSmelterId()),
                        rmap == null ? "Not enrolled" : rmap, category, "/registry/smelter.xhtml?id=" + s.getSmelterId()));
            }
        }
        return facts;
    }

    /** The registry's "in progress" is what RMI publishes as Active; anything not conformant or active is other. */
    static RmapCategory category(org.oretrace.registry.domain.RmapCategory registry) {
        if (registry == null) {
            return RmapCategory.OTHER;
        }
        return switch (registry) {
            case CONFORMANT -> RmapCategory.CONFORMANT;
            case IN_PROGRESS -> RmapCategory.ACTIVE;
            default -> RmapCategory.OTHER;
        };
    }
}
