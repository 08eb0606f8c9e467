package org.oretrace.outreach.domain;

/** Where a supplier's survey request stands; the dashboard counts by these. */
public enum RequestState {
    NOT_SENT("Not yet sent"),
    SENT("Sent"),
    REMINDED("Reminded"),
    ESCALATED("Escalated"),
    /** Asked for two templates (CMRT and EMRT), one came back: still chased for the other. */
    PARTIAL("Partial"),
    RESPONDED("Responded"),
    NEEDS_FOLLOW_UP("Needs follow-up"),
    UNREACHABLE("Unreachable");

    private final String label;

    RequestState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A declaration came back (even one that needs corrections): counts in the response rate. */
    public boolean isResponse() {
        return this == RESPONDED || this == NEEDS_FOLLOW_UP;
    }

    /** Still chased by the follow-up policy. */
    public boolean isOpen() {
        return this == SENT || this == REMINDED || this == ESCALATED || this == PARTIAL || this == NEEDS_FOLLOW_UP;
    }

    /** Something came back (a response, or one template of two): an unreachable supplier's request keeps this state. */
    public boolean hasAnswer() {
        return isResponse() || this == PARTIAL;
    }
}
