package org.oretrace.kernel.events;

/**
 * Fired by intake (CDI event, after the declaration's transaction commits) each time a declaration
 * is parsed, validated or accepted by a person. Outreach observes it to stop reminders or to send the
 * corrective-action email instead; it must not need intake's classes to do so.
 *
 * @param declarationId  intake's id of the declaration
 * @param supplierId     outreach's supplier id, or null when the declaration is not linked yet
 * @param reportingYear  the campaign's reporting year, or null when not linked
 * @param outcome        what intake decided
 */
public record DeclarationEvaluated(long declarationId, Long supplierId, Integer reportingYear, Outcome outcome) {

    /**
     * RISK_REVIEW: complete and correct, but with red flags that the compliance team assesses; for the supplier
     * it is a response like an accepted one (nothing to correct, reminders stop).
     */
    public enum Outcome { ACCEPTED, NEEDS_FOLLOW_UP, RISK_REVIEW, REJECTED }
}
