package org.oretrace.filing.domain;

import org.oretrace.kernel.Metal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The smelters and refiners that may have processed the necessary conflict minerals: one row per smelter,
 * sorted by metal, country and name. Unresolved names appear only when the filing chooses so, marked as such.
 */
public record AnnexA(List<Row> rows, boolean withRmapStatus, boolean withUnresolved) implements java.io.Serializable {

    public record Row(Metal metal, String smelterId, String name, String country, String rmapStatus,
                      boolean sanctioned, boolean coveredCountry, int supplierCount, boolean unresolved) implements java.io.Serializable {
    }

    public AnnexA {
        rows = List.copyOf(rows);
    }

    public static AnnexA of(SmelterList list, boolean withRmapStatus, boolean withUnresolved) {
        List<Row> rows = new ArrayList<>();
        for (ConsolidatedSmelter s : list.smelters()) {
            if (!s.metal().isConflictMineral()) {
                continue;
            }
            rows.add(new Row(s.metal(), s.smelterId(), s.name(), s.country(), s.rmapStatus(), s.sanctioned(),
                    s.coveredCountry(), s.supplierCount(), false));
        }
        if (withUnresolved) {
            for (UnresolvedName u : list.unresolved()) {
                if (u.metal() == null || !u.metal().isConflictMineral()) {
                    continue;
                }
                rows.add(new Row(u.metal(), null, u.displayName(), u.country(), null, false, false,
                        u.suppliers().size(), true));
            }
        }
        rows.sort(Comparator.comparing((Row r) -> r.metal().displayName())
                .thenComparing(r -> r.country() == null ? "" : r.country(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(r -> r.name() == null ? "" : r.name(), String.CASE_INSENSITIVE_ORDER));
        return new AnnexA(rows, withRmapStatus, withUnresolved);
    }

    public int size() {
        return rows.size();
    }

    /** The smelters identified by ID: Annex A's main table. */
    public List<Row> resolvedRows() {
        return rows.stream().filter(r -> !r.unresolved()).toList();
    }

    /** Names not resolved to a smelter ID (only when chosen): listed in a table of their own, never mixed in. */
    public List<Row> unresolvedRows() {
        return rows.stream().filter(Row::unresolved).toList();
    }
}
