package org.oretrace.intake.published;

/**
 * Intake's published figures about the declarations of a reporting year, for filing (its facts and its
 * pre-flight checks). Counts come from intake's own rules; callers never read intake's tables for them.
 */
public interface DeclarationStates {

    /**
     * The year's declarations still waiting for a decision, per state name (e.g. {@code NEEDS_FOLLOW_UP},
     * {@code RISK_REVIEW}): neither accepted nor rejected, and the latest read declaration of their supplier (a later
     * accepted or pending one supersedes them). Every state but ACCEPTED and REJECTED counts, so a state added later is
     * counted without changing the callers (the filing's pre-flight).
     */
    java.util.Map<String, Long> awaitingDecision(int reportingYear);

    /**
     * Suppliers whose declaration of the year needed follow-up, and how many of them later sent an accepted one (the
     * supplier's latest accepted declaration is newer than the one that needed follow-up).
     */
    FollowUpCounts followUps(int reportingYear);

    /** @param needingFollowUp distinct suppliers; @param resolved of those, the ones with a later accepted declaration */
    record FollowUpCounts(int needingFollowUp, int resolved) {
    }

    /** The year's declarations with red flags, by the outcome of their latest risk review. */
    RiskReviewCounts riskReviews(int reportingYear);

    /**
     * @param withRedFlags       declarations that have at least one red flag
     * @param acceptedWithReason latest review: accepted with a reason
     * @param askedSupplier      latest review: the supplier was asked
     * @param escalated          latest review: escalated
     * @param open               no review yet
     */
    record RiskReviewCounts(long withRedFlags, long acceptedWithReason, long askedSupplier, long escalated, long open) {
    }

    /**
     * A stamp of the data this module publishes (issue 18): equal stamps mean unchanged data, so a consumer may keep
     * what it computed from it (filing's draft facts); null when the database cannot tell (H2), and then nothing is kept.
     */
    default String dataStamp() {
        return null;
    }
}
