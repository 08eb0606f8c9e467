package org.oretrace.registry.application;

import org.oretrace.registry.published.RmapStanding;
import org.oretrace.registry.published.SmelterFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.kernel.country.Country;
import org.oretrace.kernel.persistence.DataStamp;
import org.oretrace.registry.domain.Smelter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Facts about smelters by ID, for intake's validation and filing's Annex A (through {@link org.oretrace.registry.published.SmelterRegistry}). */
@ApplicationScoped
public class SmelterDirectory {

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    SanctionsService sanctions;

    @Inject
    RmapStatusService rmap;

    @Inject
    CountryFlags countryFlags;

    /** The smelter's facts with its RMAP status on the given date. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SmelterFacts> facts(String smelterId, LocalDate onDate) {
        return Optional.ofNullable(facts(List.of(smelterId), onDate).get(smelterId));
    }

    /** Facts of many smelters at once (unknown IDs are left out), in the order asked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, SmelterFacts> facts(Collection<String> smelterIds, LocalDate onDate) {
        Map<String, SmelterFacts> result = new LinkedHashMap<>();
        if (smelterIds.isEmpty()) {
            return result;
        }
        List<String> ids = new ArrayList<>(smelterIds);
        Map<String, Smelter> smelters = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            em.createQuery("select s from Smelter s where s.smelterId in :ids", Smelter.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500))).getResultList()
                    .forEach(s -> smelters.put(s.getSmelterId(), s));
        }
        return factsOf(ids, smelters, onDate);
    }

    /**
     * Facts of every smelter on RMI's current list, read in one query (the RMAP chart of the home page and the smelter
     * browser: reading the list and then each smelter again by ID read it twice on every render).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, SmelterFacts> listedFacts(LocalDate onDate) {
        Map<String, Smelter> smelters = new LinkedHashMap<>();
        em.createQuery("select s from Smelter s where s.listed = :listed order by s.smelterId", Smelter.class)
                .setParameter("listed", true)
                .getResultList().forEach(s -> smelters.put(s.getSmelterId(), s));
        return factsOf(new ArrayList<>(smelters.keySet()), smelters, onDate);
    }

    /**
     * The stamp of the tables the facts are computed from (smelters, RMAP statuses and their imports, country flags,
     * screening decisions; kernel DataStamp, null on H2): results built from facts may be kept while it is unchanged.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String factsStamp() {
        return DataStamp.of(em, "smelter", "rmap_status_term", "rmap_status_entry", "rmap_import", "country_flag",
                "screening_hit");
    }

    private Map<String, SmelterFacts> factsOf(List<String> ids, Map<String, Smelter> smelters, LocalDate onDate) {
        Map<String, SmelterFacts> result = new LinkedHashMap<>();
        Map<String, RmapStanding> statuses = new RmapStatuses(em).on(smelters.keySet(), onDate);
        Set<String> sanctioned = sanctions.sanctionedSmelterIds();
        Set<String> cahra = countryFlags.cahraCodes();
        for (String id : ids) {
            Smelter s = smelters.get(id);
            if (s == null) {
                continue;
            }
            RmapStanding status = statuses.get(id);
            Optional<Country> country = s.country();
            result.put(id, new SmelterFacts(id, s.getMetal(), s.getStandardName(), s.getCountryCode(),
                    country.map(Country::name).orElse(null), s.isInCoveredCountry(),
                    s.getCountryCode() != null && cahra.contains(s.getCountryCode()), sanctioned.contains(id), s.isListed(),
                    status.category(), status.status(), status.statusDate(), status, s.getCountryName()));
        }
        return result;
    }
}
