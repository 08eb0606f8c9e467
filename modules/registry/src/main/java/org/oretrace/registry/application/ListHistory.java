package org.oretrace.registry.application;

import org.oretrace.kernel.Metal;
import org.oretrace.registry.infrastructure.ReferenceList;
import org.oretrace.registry.infrastructure.ReferenceRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * RMI's reference lists of several template versions side by side, oldest first: for every smelter ID the lists
 * that carried it, with its metal, standard name and look-up names in each. Pure data, no database: the
 * upgrade of an installation compares it with what the registry holds.
 */
final class ListHistory {

    /** How one list carried one smelter. */
    record Listing(int index, ReferenceList list, Metal metal, String standardName, Set<String> names, ReferenceRow first) {
        String version() {
            return list.template();
        }
    }

    private final List<ReferenceList> lists;
    private final Map<String, List<Listing>> bySmelter = new LinkedHashMap<>();

    ListHistory(List<ReferenceList> listsOldestFirst) {
        this.lists = List.copyOf(listsOldestFirst);
        for (int i = 0; i < lists.size(); i++) {
            ReferenceList list = lists.get(i);
            int index = i;
            Map<String, List<ReferenceRow>> rows = new LinkedHashMap<>();
            for (ReferenceRow row : list.rows()) {
                if (row.smelterId() != null && Metal.fromText(row.metal()).isPresent()) {
                    rows.computeIfAbsent(row.smelterId(), id -> new ArrayList<>()).add(row);
                }
            }
            rows.forEach((id, smelterRows) -> {
                ReferenceRow first = smelterRows.get(0);
                Set<String> names = new LinkedHashSet<>();
                smelterRows.forEach(r -> {
                    if (r.lookupName() != null) {
                        names.add(r.lookupName());
                    }
                });
                String standardName = first.standardName() != null ? first.standardName() : first.lookupName();
                bySmelter.computeIfAbsent(id, k -> new ArrayList<>())
                        .add(new Listing(index, list, Metal.fromText(first.metal()).orElseThrow(), standardName, names, first));
            });
        }
    }

    List<ReferenceList> lists() {
        return lists;
    }

    Set<String> smelterIds() {
        return bySmelter.keySet();
    }

    /** The lists that carried the smelter, oldest first. */
    List<Listing> listings(String smelterId) {
        return bySmelter.getOrDefault(smelterId, List.of());
    }

    /** The first list after the smelter's last listing, i.e. the one that dropped it; empty when the newest list has it. */
    Optional<String> droppedBy(String smelterId) {
        List<Listing> listings = listings(smelterId);
        if (listings.isEmpty()) {
            return Optional.empty();
        }
        int last = listings.get(listings.size() - 1).index();
        return last + 1 < lists.size() ? Optional.of(lists.get(last + 1).template()) : Optional.empty();
    }
}
