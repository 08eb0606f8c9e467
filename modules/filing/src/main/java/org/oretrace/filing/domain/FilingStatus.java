package org.oretrace.filing.domain;

public enum FilingStatus {
    /** Being prepared: everything may change and documents are computed from current data. */
    DRAFT,
    /** Signed off: facts, text and documents are frozen. */
    FINAL
}
