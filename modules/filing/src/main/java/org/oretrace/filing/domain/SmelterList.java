package org.oretrace.filing.domain;

import org.oretrace.kernel.names.CompanyName;
import org.oretrace.kernel.Metal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The year's consolidated smelter list: one entry per smelter ID, the unresolved names apart, and the
 * "not yet identified" rows only counted (they name no smelter).
 */
public record SmelterList(List<ConsolidatedSmelter> smelters, List<UnresolvedName> unresolved,
                          long notYetIdentifiedRows) {

    /** Metal (by name, as Annex A lists them), country, name. */
    public static final Comparator<ConsolidatedSmelter> ANNEX_ORDER = Comparator
            .comparing((ConsolidatedSmelter s) -> s.metal().displayName())
            .thenComparing(s -> nullToEmpty(s.country()), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(s -> nullToEmpty(s.name()), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(ConsolidatedSmelter::smelterId);

    public SmelterList {
        smelters = smelters.stream().sorted(ANNEX_ORDER).toList();
        unresolved = List.copyOf(unresolved);
    }

    /** A resolved row as the registry and the year's declarations describe it. */
    public record Resolved(String smelterId, Metal metal, String name, String country, String rmapStatus,
                           RmapCategory rmapCategory, boolean sanctioned, boolean coveredCountry, int supplierCount,
                           String rmapSource) {

        public Resolved(String smelterId, Metal metal, String name, String country, String rmapStatus,
                        RmapCategory rmapCategory, boolean sanctioned, boolean coveredCountry, int supplierCount) {
            this(smelterId, metal, name, country, rmapStatus, rmapCategory, sanctioned, coveredCountry, supplierCount, null);
        }
    }

    /** A row the registry could not resolve, as written by one supplier. */
    public record Unresolved(Metal metal, String nameAsWritten, String countryAsWritten, String supplierName) {
    }

    /**
     * @param resolved     one entry per smelter ID (already aggregated by the source)
     * @param suppliersOf  smelter ID -> supplier names that reported it (may be partial or empty for huge years)
     */
    public static SmelterList consolidate(Collection<Resolved> resolved, Map<String, List<String>> suppliersOf,
                                          Collection<Unresolved> unresolvedRows, long notYetIdentifiedRows) {
        List<ConsolidatedSmelter> smelters = new ArrayList<>(resolved.size());
        for (Resolved r : resolved) {
            List<String> names = suppliersOf.getOrDefault(r.smelterId(), List.of());
            smelters.add(new ConsolidatedSmelter(r.smelterId(), r.metal(), r.name(), r.country(), r.rmapStatus(),
                    r.rmapCategory(), r.sanctioned(), r.coveredCountry(), r.supplierCount(), sortedDistinct(names), r.rmapSource()));
        }
        return new SmelterList(smelters, groupUnresolved(unresolvedRows), notYetIdentifiedRows);
    }

    /** Sorting a copy beats a TreeSet when a year has millions of (smelter, supplier) names. */
    private static List<String> sortedDistinct(List<String> names) {
        String[] sorted = names.toArray(String[]::new);
        java.util.Arrays.sort(sorted);
        List<String> distinct = new ArrayList<>(sorted.length);
        for (String name : sorted) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(name)) {
                distinct.add(name);
            }
        }
        return List.copyOf(distinct);
    }

    private static List<UnresolvedName> groupUnresolved(Collection<Unresolved> rows) {
        record Key(Metal metal, String normalized) {
        }
        Map<Key, List<Unresolved>> groups = new LinkedHashMap<>();
        for (Unresolved row : rows) {
            String normalized = CompanyName.folded(row.nameAsWritten());
            if (normalized.isEmpty() || row.metal() == null) {
                continue;
            }
            groups.computeIfAbsent(new Key(row.metal(), normalized), k -> new ArrayList<>()).add(row);
        }
        List<UnresolvedName> result = new ArrayList<>();
        groups.forEach((key, group) -> {
            Map<String, Integer> spellingCounts = new LinkedHashMap<>();
            Map<String, Integer> countryCounts = new LinkedHashMap<>();
            TreeSet<String> suppliers = new TreeSet<>();
            for (Unresolved u : group) {
                spellingCounts.merge(u.nameAsWritten().strip(), 1, Integer::sum);
                if (u.countryAsWritten() != null && !u.countryAsWritten().isBlank()) {
                    countryCounts.merge(u.countryAsWritten().strip(), 1, Integer::sum);
                }
                suppliers.add(u.supplierName());
            }
            result.add(new UnresolvedName(key.metal(), key.normalized(), mostFrequent(spellingCounts),
                    new TreeSet<>(spellingCounts.keySet()).stream().toList(),
                    countryCounts.isEmpty() ? null : mostFrequent(countryCounts), suppliers.stream().toList()));
        });
        result.sort(Comparator.comparing((UnresolvedName u) -> u.metal().displayName())
                .thenComparing(UnresolvedName::normalizedName));
        return result;
    }

    /**
     * The spelling most suppliers used; on a tie a mixed-case spelling beats one in capitals (it usually keeps
     * the accents too), then the alphabetically first, so output is stable.
     */
    private static String mostFrequent(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .min(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(e -> e.getKey().equals(e.getKey().toUpperCase(java.util.Locale.ROOT)))
                        .thenComparing(Map.Entry::getKey))
                .orElseThrow().getKey();
    }

    public List<ConsolidatedSmelter> smelters(Metal metal) {
        return smelters.stream().filter(s -> s.metal() == metal).toList();
    }

    public long count(Predicate<ConsolidatedSmelter> condition) {
        return smelters.stream().filter(condition).count();
    }

    public Map<Metal, Long> countPerMetal(Predicate<ConsolidatedSmelter> condition) {
        Map<Metal, Long> counts = new EnumMap<>(Metal.class);
        for (Metal m : Metal.values()) {
            if (m.isConflictMineral()) {
                counts.put(m, 0L);
            }
        }
        smelters.stream().filter(condition).forEach(s -> counts.merge(s.metal(), 1L, Long::sum));
        return counts;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
