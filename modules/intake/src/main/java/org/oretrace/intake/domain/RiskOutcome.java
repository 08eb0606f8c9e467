package org.oretrace.intake.domain;

/** What a compliance officer decided about a declaration's red flags (OECD Guidance step 3: respond to the risk). */
public enum RiskOutcome {
    /** The risk is assessed as acceptable, for the reason given: the declaration is accepted. */
    ACCEPTED_WITH_REASON("Accepted with reason"),
    /** The supplier is asked to explain or mitigate (a corrective action through the survey request). */
    ASKED_SUPPLIER("Asked the supplier"),
    /** Handed to senior management; the declaration stays in risk review until a later decision. */
    ESCALATED("Escalated");

    private final String label;

    RiskOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
