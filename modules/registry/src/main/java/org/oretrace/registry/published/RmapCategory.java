package org.oretrace.registry.published;

/** What a filing counts, whatever word RMI used for the status at the time. */
public enum RmapCategory {
    CONFORMANT("Conformant"),
    IN_PROGRESS("In progress"),
    NOT_CONFORMANT("Not conformant"),
    UNKNOWN("Unknown");

    private final String label;

    RmapCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
