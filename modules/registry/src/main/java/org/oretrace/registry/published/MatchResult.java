package org.oretrace.registry.published;

/**
 * The registry's answer for one reported smelter.
 *
 * @param smelterId the matched RMI smelter ID, or null when not matched
 * @param method    how it was decided
 * @param score     confidence 0..1 (1 for ID and exact matches; for unresolved rows the best candidate's score)
 * @param reason    why, in words a reviewer understands (e.g. "typed ID CID000035 is a Gold smelter, not Tin")
 */
public record MatchResult(String smelterId, MatchMethod method, double score, String reason) {

    public boolean isMatched() {
        return smelterId != null && method.isMatch();
    }
}
