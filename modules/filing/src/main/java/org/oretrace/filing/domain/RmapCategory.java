package org.oretrace.filing.domain;

/**
 * How the report groups RMAP statuses on its as-of date. UNKNOWN is a smelter no imported RMAP list or table covers on
 * that date: the company does not know its status, which is never reported as "not enrolled" or "not conformant".
 */
public enum RmapCategory {
    CONFORMANT("Conformant", "conformant"),
    ACTIVE("Active", "active"),
    NOT_CONFORMANT("Not conformant", "notConformant"),
    UNKNOWN("Unknown", "rmapUnknown");

    private final String label;
    private final String key;

    RmapCategory(String label, String key) {
        this.label = label;
        this.key = key;
    }

    public String label() {
        return label;
    }

    /** The prefix of the per-metal fact keys, e.g. "notConformantTin". */
    public String key() {
        return key;
    }
}
