package org.oretrace.registry.published;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * What the registry answers other modules about smelters: their facts on a date, the match of a reported smelter, and
 * its review and screening queues. The registry alone decides what a match, "sanctioned" or an RMAP status on a date
 * means; callers never read its tables or entities.
 */
public interface SmelterRegistry {

    /** Facts of many smelters at once, with the RMAP status in force on the date; unknown IDs are left out. */
    Map<String, SmelterFacts> facts(Collection<String> smelterIds, LocalDate onDate);

    /** The registry's match for a smelter as a supplier reported it. */
    MatchResult match(ReportedSmelter reported);

    /**
     * Puts a name the registry could not resolve in its review queue (one open review per name and metal; a name
     * reported again counts one more occurrence).
     *
     * @param sourceType where the name came from, in words ("Declaration")
     * @param sourceRef  which one (e.g. the declaration's ID)
     */
    void submitForReview(ReportedSmelter reported, String sourceType, String sourceRef);

    /** How many of these reported names wait in the review queue. */
    long openReviewsAmong(Collection<ReportedSmelter> reported);

    /** Screening hits on these smelters that nobody has confirmed or dismissed yet. */
    long openSanctionsHits(Collection<String> smelterIds);

    /** For each of these smelters with a confirmed sanctions hit: the reason recorded when it was confirmed. */
    Map<String, String> confirmedSanctionsReasons(Collection<String> smelterIds);

    /**
     * For each of these smelters with a confirmed sanctions hit: the list entry it was confirmed on, for people
     * ("OFAC SDN entry 12345: NAME [PROGRAM]", with "no longer on the newest list" when it was dropped).
     */
    Map<String, String> confirmedSanctionsEntries(Collection<String> smelterIds);

    /**
     * A stamp of the data this module publishes (issue 18): equal stamps mean unchanged data, so a consumer may keep
     * what it computed from it (filing's draft facts); null when the database cannot tell (H2), and then nothing is kept.
     */
    default String dataStamp() {
        return null;
    }
}
