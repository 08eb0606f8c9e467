package org.oretrace.registry.application;

import org.oretrace.kernel.Metal;
import org.oretrace.kernel.country.Countries;
import org.oretrace.kernel.country.Country;
import org.oretrace.registry.infrastructure.ReferenceList;
import org.oretrace.registry.infrastructure.ReferenceRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a reference list into what the matcher knows, without a database (tests, benchmarks, tools). */
public final class ReferenceLists {

    private ReferenceLists() {
    }

    public static List<KnownSmelter> knownSmelters(ReferenceList list) {
        Map<String, ReferenceRow> first = new LinkedHashMap<>();
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (ReferenceRow row : list.rows()) {
            if (row.smelterId() == null || Metal.fromText(row.metal()).isEmpty()) {
                continue;
            }
            first.putIfAbsent(row.smelterId(), row);
            aliases.computeIfAbsent(row.smelterId(), id -> new ArrayList<>());
            if (row.lookupName() != null) {
                aliases.get(row.smelterId()).add(row.lookupName());
            }
        }
        List<KnownSmelter> known = new ArrayList<>(first.size());
        first.forEach((id, row) -> known.add(new KnownSmelter(id, Metal.fromText(row.metal()).orElseThrow(),
                row.standardName() == null ? row.lookupName() : row.standardName(),
                Countries.resolve(row.country()).map(Country::code).orElse(null), aliases.get(id), List.of())));
        return known;
    }

    /**
     * What the matcher knows once the registry holds several lists (oldest first): every smelter of any of them, with
     * the metal, name and country of its newest listing and every look-up and standard name it had in any version as an
     * alias — what {@link ShippedReferenceLists} stores.
     */
    public static List<KnownSmelter> knownSmelters(List<ReferenceList> listsOldestFirst) {
        ListHistory history = new ListHistory(listsOldestFirst);
        List<KnownSmelter> known = new ArrayList<>();
        for (String id : history.smelterIds()) {
            List<ListHistory.Listing> listings = history.listings(id);
            ListHistory.Listing newest = listings.get(listings.size() - 1);
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            for (ListHistory.Listing l : listings) {
                names.addAll(l.names());
                names.add(l.standardName());
            }
            known.add(new KnownSmelter(id, newest.metal(), newest.standardName(),
                    Countries.resolve(newest.first().country()).map(Country::code).orElse(null), List.copyOf(names), List.of()));
        }
        return known;
    }
}
