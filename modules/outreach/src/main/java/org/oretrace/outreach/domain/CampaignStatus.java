package org.oretrace.outreach.domain;

public enum CampaignStatus {
    /** Being prepared: suppliers, templates and attachment can change; nothing was sent. */
    DRAFT,
    /** Requests sent; the follow-up policy runs. */
    LAUNCHED,
    /** Finished: no more follow-up. */
    CLOSED
}
