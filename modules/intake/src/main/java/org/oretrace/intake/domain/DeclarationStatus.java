package org.oretrace.intake.domain;

/**
 * Where a received file stands. QUEUED files are stored but not yet read; they survive restarts.
 * RISK_REVIEW: complete, but with red flags that a compliance officer assesses before it counts as accepted.
 */
public enum DeclarationStatus {
    QUEUED, ACCEPTED, NEEDS_FOLLOW_UP, RISK_REVIEW, REJECTED;

    public boolean isEvaluated() {
        return this != QUEUED;
    }
}
