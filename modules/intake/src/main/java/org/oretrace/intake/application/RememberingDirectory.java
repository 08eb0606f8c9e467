package org.oretrace.intake.application;

import org.oretrace.kernel.Metal;

import java.util.HashMap;
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

    @Override
    public void submitForReview(Metal metal, String name, String country, String smelterId, String sourceRef) {
        registry.submitForReview(metal, name, country, smelterId, sourceRef);
    }
}
