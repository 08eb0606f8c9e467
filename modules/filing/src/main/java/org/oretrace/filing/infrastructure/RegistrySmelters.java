package org.oretrace.filing.infrastructure;

import jakarta.persistence.EntityManager;
import org.oretrace.filing.application.FilingSources;
import org.oretrace.filing.domain.RmapCategory;
import org.oretrace.kernel.country.Country;
import org.oretrace.registry.application.RmapStanding;
import org.oretrace.registry.application.RmapStatuses;
import org.oretrace.registry.domain.HitStatus;
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
 * sanctions confirmed by a person, and the RMAP status in force on a date as the registry answers it
 * ({@link RmapStatuses}: the latest status imported on or before the date, with its source; Unknown when none covers
 * it), counted in the report's categories.
 */
public class RegistrySmelters {

    /** What the report prints for a smelter no imported RMAP status covers on the date. */
    public static final String UNKNOWN_STATUS = "Unknown";

    /** Keeps IN lists well below every database's parameter limit. */
    private static final int CHUNK = 500;

    private final EntityManager em;

    public RegistrySmelters(EntityManager em) {
        this.em = em;
    }

    public Map<String, FilingSources.SmelterFacts> smelters(Collection<String> smelterIds, LocalDate asOf) {
        Map<String, FilingSources.SmelterFacts> facts = new HashMap<>();
        List<String> ids = new ArrayList<>(new HashSet<>(smelterIds));
        Map<String, RmapStanding> standings = new RmapStatuses(em).on(ids, asOf);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Set<String> sanctioned = new HashSet<>(em.createQuery("select distinct h.subjectRef from ScreeningHit h"
                            + " where h.subjectType = :smelter and h.status = :confirmed and h.subjectRef in :ids", String.class)
                    .setParameter("smelter", ScreenedSubject.SMELTER).setParameter("confirmed", HitStatus.CONFIRMED)
                    .setParameter("ids", chunk).getResultList());
            for (Smelter s : em.createQuery("select s from Smelter s where s.smelterId in :ids", Smelter.class)
                    .setParameter("ids", chunk).getResultList()) {
                RmapStanding rmap = standings.get(s.getSmelterId());
                String country = s.country().map(Country::name).orElse(s.getCountryName());
                facts.put(s.getSmelterId(), new FilingSources.SmelterFacts(s.getSmelterId(), s.getMetal(), s.getStandardName(),
                        country, s.isInCoveredCountry(), sanctioned.contains(s.getSmelterId()),
                        rmap.known() ? rmap.status() : UNKNOWN_STATUS, category(rmap.category()),
                        "/registry/smelter.xhtml?id=" + s.getSmelterId(), source(rmap)));
            }
        }
        return facts;
    }

    /** "RMI Conformant list as of 2024-04-30"; null when the status is unknown. */
    static String source(RmapStanding rmap) {
        if (!rmap.known()) {
            return null;
        }
        return rmap.source() + (rmap.sourceAsOf() == null ? "" : " as of " + rmap.sourceAsOf());
    }

    /** The registry's "in progress" is what RMI publishes as Active; its UNKNOWN stays unknown. */
    static RmapCategory category(org.oretrace.registry.domain.RmapCategory registry) {
        return switch (registry) {
            case CONFORMANT -> RmapCategory.CONFORMANT;
            case IN_PROGRESS -> RmapCategory.ACTIVE;
            case NOT_CONFORMANT -> RmapCategory.NOT_CONFORMANT;
            case UNKNOWN -> RmapCategory.UNKNOWN;
        };
    }
}
