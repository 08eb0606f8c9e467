package org.oretrace.filing.rollup.application;

import org.oretrace.kernel.Metal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Our EMRT's smelter and processor list: the accepted EMRTs' Smelter List rows consolidated per mineral, by RMI ID
 * when the row has one, else by the template's look-up name, else ("Smelter not listed") by the name typed in. Rows
 * "Smelter not yet identified" name nobody and are left out. A row without a typed ID carries the ID the registry
 * matched it to by name (intake's matching), so rows naming one smelter differently are consolidated; names and
 * countries are the template's look-up (for listed IDs) or the supplier's.
 */
public final class EmrtSmelters {

    private static final String NOT_LISTED = "smelter not listed";
    private static final String NOT_YET_IDENTIFIED = "smelter not yet identified";

    /** @param smelterId null when no row named one; declarations the accepted EMRTs that list it */
    public record Smelter(Metal mineral, String smelterId, String name, String country, List<Long> declarations) {
    }

    private EmrtSmelters() {
    }

    public static List<Smelter> consolidate(List<RollupSources.DeclarationAnswers> accepted) {
        Map<String, Smelter> byKey = new LinkedHashMap<>();
        for (RollupSources.DeclarationAnswers d : accepted) {
            for (RollupSources.SmelterRow r : d.smelters()) {
                Metal mineral = Metal.fromText(r.metal()).orElse(null);
                String lookup = text(r.lookupName());
                if (mineral == null || mineral.isConflictMineral()
                        || (lookup != null && lookup.toLowerCase(Locale.ROOT).equals(NOT_YET_IDENTIFIED))) {
                    continue;
                }
                boolean notListed = lookup == null || lookup.toLowerCase(Locale.ROOT).equals(NOT_LISTED);
                String id = text(r.smelterId()) == null ? null : r.smelterId().strip().toUpperCase(Locale.ROOT);
                String name = notListed ? text(r.name()) : lookup;
                if (id == null && name == null) {
                    continue;
                }
                String key = mineral + "|" + (id != null ? id : name.toLowerCase(Locale.ROOT));
                Smelter known = byKey.get(key);
                List<Long> ids = new ArrayList<>(known == null ? List.of() : known.declarations());
                if (!ids.contains(d.declarationId())) {
                    ids.add(d.declarationId());
                }
                byKey.put(key, new Smelter(mineral, id, known != null && known.name() != null ? known.name() : name,
                        known != null && known.country() != null ? known.country() : text(r.country()), List.copyOf(ids)));
            }
        }
        return byKey.values().stream().sorted(Comparator.comparing(Smelter::mineral)
                .thenComparing(s -> s.name() == null ? "" : s.name())).toList();
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
