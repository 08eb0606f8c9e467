package org.oretrace.outreach.domain;

/** Where a supplier's survey request stands; the dashboard counts by these. */
public enum RequestState {
    NOT_SENT("Not yet sent"),
    SENT("Sent"),
    REMINDED("Reminded"),
    ESCALATED("Escalated"),
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
        return this == SENT || this == REMINDED || this == ESCALATED || this == NEEDS_FOLLOW_UP;
    }
}
