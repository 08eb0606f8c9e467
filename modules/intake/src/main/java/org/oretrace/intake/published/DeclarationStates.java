package org.oretrace.intake.published;

/**
 * Intake's published figures about the declarations of a reporting year, for filing (its facts and its
 * pre-flight checks). Counts come from intake's own rules; callers never read intake's tables for them.
 */
public interface DeclarationStates {

    /** How many declarations of the year stand in each state. */
    StateCounts countByState(int reportingYear);

    /** The year's declarations with red flags, by the outcome of their latest risk review. */
    RiskReviewCounts riskReviews(int reportingYear);

    /**
     * @param queued        stored, not read yet
     * @param accepted      accepted (clean, accepted despite findings, or red flags accepted with reason)
     * @param needsFollowUp waiting for the supplier's correction (including red flags the supplier was asked about)
     * @param riskReview    red flags not yet assessed, or escalated
     * @param rejected      unreadable files
     */
    record StateCounts(long queued, long accepted, long needsFollowUp, long riskReview, long rejected) {
        public long total() {
            return queued + accepted + needsFollowUp + riskReview + rejected;
        }
    }

    /**
     * @param withRedFlags       declarations that have at least one red flag
     * @param acceptedWithReason latest review: accepted with a reason
     * @param askedSupplier      latest review: the supplier was asked
     * @param escalated          latest review: escalated
     * @param open               no review yet
     */
    record RiskReviewCounts(long withRedFlags, long acceptedWithReason, long askedSupplier, long escalated, long open) {
    }
}
