package org.oretrace.intake.testing;

import org.oretrace.intake.application.SmelterDirectory;
import org.oretrace.kernel.Metal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stands in for the registry module in intake's own tests: RMI's reference list from a real
 * template's Smelter Look-up sheet, matched by ID and by exact metal + name. Records what was
 * sent for review, and lets a test mark smelters as sanctioned or as (non-)recyclers.
 */
public final class TemplateSmelterDirectory implements SmelterDirectory {

    private final Map<String, Facts> byId = new HashMap<>();
    private final Map<String, String> byMetalAndName = new HashMap<>();
    private final Set<String> sanctioned = new HashSet<>();
    private final Map<String, Boolean> recyclers = new HashMap<>();
    public final List<String> reviews = new ArrayList<>();

    public TemplateSmelterDirectory(String version) {
        for (LookupEntry e : TemplateLookup.of(version)) {
            if (e.smelterId() == null) {
                continue;
            }
            Metal metal = Metal.fromText(e.metal()).orElseThrow();
            byId.putIfAbsent(e.smelterId(), new Facts(e.smelterId(), metal, e.standardName(), e.country(), false, null));
            byMetalAndName.put(key(metal, e.lookupName()), e.smelterId());
        }
    }

    public TemplateSmelterDirectory sanction(String smelterId) {
        sanctioned.add(smelterId);
        return this;
    }

    public TemplateSmelterDirectory recycler(String smelterId, boolean isRecycler) {
        recyclers.put(smelterId, isRecycler);
        return this;
    }

    @Override
    public Decision resolve(Metal metal, String name, String country, String smelterId) {
        if (smelterId != null) {
            return byId.containsKey(smelterId) ? new Decision(smelterId, "SMELTER_ID", 1, "typed ID")
                    : Decision.unresolved("unknown ID");
        }
        if (name == null) {
            return Decision.unresolved("no name");
        }
        if (metal != null) {
            String id = byMetalAndName.get(key(metal, name));
            if (id != null) {
                return new Decision(id, "EXACT_ALIAS", 1, "look-up name");
            }
        }
        for (Map.Entry<String, String> e : byMetalAndName.entrySet()) {
            if (e.getKey().endsWith("|" + name.strip().toLowerCase(Locale.ROOT))) {
                return new Decision(e.getValue(), "EXACT_ALIAS", 0.9, "look-up name of another metal");
            }
        }
        return Decision.unresolved("no match for " + name);
    }

    @Override
    public Optional<Facts> facts(String smelterId) {
        Facts f = byId.get(smelterId);
        if (f == null) {
            return Optional.empty();
        }
        return Optional.of(new Facts(f.smelterId(), f.metal(), f.name(), f.country(), sanctioned.contains(smelterId),
                recyclers.get(smelterId)));
    }

    @Override
    public void submitForReview(Metal metal, String name, String country, String smelterId, String sourceRef) {
        reviews.add(metal + "|" + name + "|" + country + "|" + sourceRef);
    }

    private static String key(Metal metal, String name) {
        return metal + "|" + name.strip().toLowerCase(Locale.ROOT);
    }
}
