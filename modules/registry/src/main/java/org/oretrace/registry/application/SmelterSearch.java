package org.oretrace.registry.application;

import org.oretrace.registry.published.SmelterFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.oretrace.kernel.smelter.SmelterId;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.country.Countries;
import org.oretrace.kernel.country.Country;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.registry.published.RmapCategory;
import org.oretrace.registry.domain.Smelter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Searching and paging the registry (browser screen, REST). */
@ApplicationScoped
public class SmelterSearch {

    /** What may be sorted by, mapped to JPQL paths. */
    static final Map<String, String> SORTABLE = Map.of("smelterId", "s.smelterId", "standardName", "s.standardName",
            "metal", "s.metal", "countryName", "s.countryName", "city", "s.city", "listed", "s.listed");

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    SmelterDirectory directory;

    @Inject
    SanctionsService sanctions;

    @Inject
    ApplicationClock clock;

    /**
     * @param text       words in the smelter ID, standard name or any alias (case-insensitive)
     * @param metal      or null
     * @param country    any spelling the country table understands, or null; unknown spellings find nothing
     * @param covered    only smelters in (true) / outside (false) covered countries, or null
     * @param rmap       RMAP category today, or null
     * @param sanctioned only sanctioned (true) / not sanctioned (false), or null
     * @param listed     only listed (true) / no longer listed (false), or null
     */
    public record Filter(String text, Metal metal, String country, Boolean covered, RmapCategory rmap, Boolean sanctioned,
                         Boolean listed) {
        /** Refuses a search text longer than a search can be (InputLimits). */
        public Filter {
            org.oretrace.kernel.InputLimits.text("Country", country, org.oretrace.kernel.InputLimits.NAME);
            org.oretrace.kernel.InputLimits.search(text);
        }

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Smelter> search(Filter filter, int first, int max, String sortField, boolean ascending) {
        StringBuilder jpql = new StringBuilder("select s from Smelter s");
        Map<String, Object> params = new HashMap<>();
        if (!where(filter, jpql, params)) {
            return List.of();
        }
        String sort = SORTABLE.getOrDefault(sortField == null ? "" : sortField, "s.smelterId");
        jpql.append(" order by ").append(sort).append(ascending ? " asc" : " desc");
        if (!sort.equals("s.smelterId")) {
            jpql.append(", s.smelterId");
        }
        TypedQuery<Smelter> query = bound(em.createQuery(jpql.toString(), Smelter.class));
        params.forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public int count(Filter filter) {
        StringBuilder jpql = new StringBuilder("select count(s) from Smelter s");
        Map<String, Object> params = new HashMap<>();
        if (!where(filter, jpql, params)) {
            return 0;
        }
        TypedQuery<Long> query = bound(em.createQuery(jpql.toString(), Long.class));
        params.forEach(query::setParameter);
        return query.getSingleResult().intValue();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<Smelter> bySmelterId(String smelterId) {
        String id = SmelterId.canonical(smelterId);
        if (id == null) {
            return java.util.Optional.empty();
        }
        return em.createQuery("select s from Smelter s left join fetch s.aliases where s.smelterId = :id", Smelter.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /**
     * EclipseLink stops binding parameters in queries with LOWER(..) LIKE and then prints a boolean as 1,
     * which H2 2.x refuses to compare with a BOOLEAN column: bind always.
     */
    private static <T> TypedQuery<T> bound(TypedQuery<T> query) {
        return query.setHint("eclipselink.jdbc.bind-parameters", "true");
    }

    /** Returns false when the filter cannot match anything (e.g. an unknown country spelling). */
    private boolean where(Filter f, StringBuilder jpql, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (f.text() != null && !f.text().isBlank()) {
            int i = 0;
            for (String word : f.text().strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                String p = "q" + i++;
                conditions.add("(lower(s.smelterId) like :" + p + " or lower(s.standardName) like :" + p
                        + " or exists (select a from SmelterAlias a where a.smelter = s and lower(a.name) like :" + p + "))");
                params.put(p, "%" + word.replace("\\", "").replace("%", "").replace("_", "") + "%");
            }
        }
        if (f.metal() != null) {
            conditions.add("s.metal = :metal");
            params.put("metal", f.metal());
        }
        if (f.country() != null && !f.country().isBlank()) {
            java.util.Optional<Country> country = Countries.resolve(f.country());
            if (country.isEmpty()) {
                return false;
            }
            conditions.add("s.countryCode = :country");
            params.put("country", country.get().code());
        }
        if (f.covered() != null) {
            conditions.add(f.covered() ? "s.countryCode in :covered" : "(s.countryCode is null or s.countryCode not in :covered)");
            params.put("covered", List.copyOf(Country.COVERED_COUNTRY_CODES));
        }
        if (f.listed() != null) {
            conditions.add("s.listed = :listed");
            params.put("listed", f.listed());
        }
        if (f.sanctioned() != null) {
            Set<String> ids = sanctions.sanctionedSmelterIds();
            if (f.sanctioned()) {
                if (ids.isEmpty()) {
                    return false;
                }
                conditions.add("s.smelterId in :sanctioned");
            } else if (!ids.isEmpty()) {
                conditions.add("s.smelterId not in :sanctioned");
            }
            if (!ids.isEmpty()) {
                params.put("sanctioned", List.copyOf(ids));
            }
        }
        if (f.rmap() != null) {
            List<String> all = em.createQuery("select s.smelterId from Smelter s", String.class).getResultList();
            List<String> ids = directory.facts(all, clock.today()).values().stream()
                    .filter(x -> x.rmapCategory() == f.rmap()).map(SmelterFacts::smelterId).collect(Collectors.toList());
            if (ids.isEmpty()) {
                return false;
            }
            conditions.add("s.smelterId in :rmapIds");
            params.put("rmapIds", ids);
        }
        if (!conditions.isEmpty()) {
            jpql.append(" where ").append(String.join(" and ", conditions));
        }
        return true;
    }
}
