package org.oretrace.registry.application;

import org.oretrace.kernel.Metal;

import java.util.List;

/**
 * What the matcher knows of one smelter.
 *
 * @param smelterId      RMI smelter ID
 * @param metal          its metal
 * @param standardName   RMI's standard name
 * @param countryCode    ISO alpha-2 code or null
 * @param aliases        RMI's look-up names (the standard name need not be repeated)
 * @param learnedAliases names a person confirmed in the review queue
 */
public record KnownSmelter(String smelterId, Metal metal, String standardName, String countryCode, List<String> aliases,
                           List<String> learnedAliases) {

    public KnownSmelter {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        learnedAliases = learnedAliases == null ? List.of() : List.copyOf(learnedAliases);
    }
}
