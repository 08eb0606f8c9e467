package org.oretrace.intake.application;

import org.oretrace.kernel.Metal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What intake needs from the smelter registry, in one place: resolve a typed row to a smelter,
 * look up a smelter's facts, and queue a row nobody could resolve for a person to review.
 */
public interface SmelterDirectory {

    /** Matches what the supplier typed; never null (UNRESOLVED when nothing fits). */
    Decision resolve(Metal metal, String name, String country, String smelterId);

    /** Facts about one smelter; {@link Facts#sanctioned()} is the registry's word (a confirmed hit still listed). */
    Optional<Facts> facts(String smelterId);

    /** Facts about many smelters at once (unknown IDs are left out). */
    default Map<String, Facts> facts(Collection<String> smelterIds) {
        Map<String, Facts> found = new HashMap<>();
        for (String id : smelterIds) {
            facts(id).ifPresent(f -> found.put(id, f));
        }
        return found;
    }

    /** Sends a row that could not be resolved to the registry's review queue. */
    void submitForReview(Metal metal, String name, String country, String smelterId, String sourceRef);

    /** The registry's decision about one row; method names follow the registry's MatchMethod. */
    record Decision(String smelterId, String method, double score, String reason) {
        public static Decision unresolved(String reason) {
            return new Decision(null, "UNRESOLVED", 0, reason);
        }

        public boolean resolved() {
            return smelterId != null;
        }
    }

    /**
     * @param recycler null when the registry does not know
     * @param cahra    the smelter's country is one the company flags in the registry as conflict-affected or high-risk
     */
    record Facts(String smelterId, Metal metal, String name, String country, boolean sanctioned, Boolean recycler,
                 boolean cahra) {
        public Facts(String smelterId, Metal metal, String name, String country, boolean sanctioned, Boolean recycler) {
            this(smelterId, metal, name, country, sanctioned, recycler, false);
        }
    }
}
