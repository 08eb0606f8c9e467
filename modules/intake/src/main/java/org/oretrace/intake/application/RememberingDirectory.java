package org.oretrace.intake.application;

import org.oretrace.kernel.Metal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Asks the registry once per smelter ID while one declaration is read (500 rows ask about few smelters). */
final class RememberingDirectory implements SmelterDirectory {

    private final SmelterDirectory registry;
    private final Map<String, Optional<Facts>> facts = new HashMap<>();

    RememberingDirectory(SmelterDirectory registry) {
        this.registry = registry;
    }

    @Override
    public Decision resolve(Metal metal, String name, String country, String smelterId) {
        return registry.resolve(metal, name, country, smelterId);
    }

    @Override
    public Optional<Facts> facts(String smelterId) {
        return facts.computeIfAbsent(smelterId, registry::facts);
    }

    /** Asks the registry in one go about the IDs not asked yet; later single look-ups are answered from memory. */
    @Override
    public Map<String, Facts> facts(Collection<String> smelterIds) {
        List<String> unknown = smelterIds.stream().filter(id -> id != null && !facts.containsKey(id)).distinct().toList();
        if (!unknown.isEmpty()) {
            Map<String, Facts> found = registry.facts(unknown);
            unknown.forEach(id -> facts.put(id, Optional.ofNullable(found.get(id))));
        }
        Map<String, Facts> known = new HashMap<>();
        smelterIds.forEach(id -> facts.getOrDefault(id, Optional.empty()).ifPresent(f -> known.put(id, f)));
        return known;
    }

    @Override
    public void submitForReview(Metal metal, String name, String country, String smelterId, String sourceRef) {
        registry.submitForReview(metal, name, country, smelterId, sourceRef);
    }
}
