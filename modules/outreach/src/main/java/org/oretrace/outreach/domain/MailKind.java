package org.oretrace.outreach.domain;

/** What a mail is for; each kind has its own template. */
public enum MailKind {
    REQUEST("Survey request"),
    REMINDER("Reminder"),
    ESCALATION("Escalation to the internal owner"),
    FINAL_NOTICE("Final notice"),
    CORRECTIVE_ACTION("Corrective action request"),
    OTHER("Other");

    private final String label;

    MailKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean hasTemplate() {
        return this != OTHER;
    }
}
