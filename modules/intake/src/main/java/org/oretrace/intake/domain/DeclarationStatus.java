package org.oretrace.intake.domain;

/** Where a received file stands. QUEUED files are stored but not yet read; they survive restarts. */
public enum DeclarationStatus {
    QUEUED, ACCEPTED, NEEDS_FOLLOW_UP, REJECTED;

    public boolean isEvaluated() {
        return this != QUEUED;
    }
}
