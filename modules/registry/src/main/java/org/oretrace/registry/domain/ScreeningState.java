package org.oretrace.registry.domain;

/** Where a screening of all smelters stands. ABANDONED: its node stopped reporting progress (it died). */
public enum ScreeningState {
    RUNNING, FINISHED, FAILED, ABANDONED
}
