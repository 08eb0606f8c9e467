package org.oretrace.filing.domain;

/** Where a generation of a filing's documents stands. ABANDONED: its node stopped reporting progress (it died). */
public enum GenerationState {
    RUNNING, FINISHED, FAILED, ABANDONED
}
