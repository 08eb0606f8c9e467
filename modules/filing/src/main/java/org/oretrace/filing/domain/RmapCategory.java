package org.oretrace.filing.domain;

/** How the report groups RMAP statuses: the seed and most filers count conformant and active smelters. */
public enum RmapCategory {
    CONFORMANT("Conformant"),
    ACTIVE("Active"),
    OTHER("Not conformant or not enrolled");

    private final String label;

    RmapCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
