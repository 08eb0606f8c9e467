package org.oretrace.outreach.domain;

import java.util.List;

/** How a supplier was contacted. */
public enum ContactChannel {
    EMAIL("Email (Oretrace)"),
    PHONE("Phone call"),
    LETTER("Letter"),
    MEETING("Meeting"),
    EXTERNAL_EMAIL("Email sent outside Oretrace"),
    SYSTEM("Oretrace");

    private final String label;

    ContactChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The channels a person logs by hand. */
    public static List<ContactChannel> manual() {
        return List.of(PHONE, LETTER, MEETING, EXTERNAL_EMAIL);
    }
}
