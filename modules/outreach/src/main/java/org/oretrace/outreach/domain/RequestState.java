package org.oretrace.outreach.domain;

/** Where a supplier's survey request stands; the dashboard counts by these. */
public enum RequestState {
    NOT_SENT("Not yet sent", "asked at launch, but no mail could go out: the supplier has no working address"),
    SENT("Sent", "mailed, no answer yet"),
    REMINDED("Reminded", "no answer after the first mail: reminded by the follow-up policy"),
    ESCALATED("Escalated", "still no answer after the reminders: the supplier's owner was told"),
    /** Asked for two templates (CMRT and EMRT), one came back: still chased for the other. */
    PARTIAL("Partial", "one of the two templates asked came back; the other is still chased"),
    RESPONDED("Responded", "a declaration came back"),
    NEEDS_FOLLOW_UP("Needs follow-up", "a declaration came back with points the supplier must correct"),
    UNREACHABLE("Unreachable", "every address of the supplier bounced: add a working contact");

    private final String label;
    private final String meaning;

    RequestState(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    /** What the state means for the person reading the campaign (the legend's tooltip). */
    public String meaning() {
        return meaning;
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
