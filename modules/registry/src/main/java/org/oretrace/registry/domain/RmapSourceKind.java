package org.oretrace.registry.domain;

/**
 * What an RMAP import is. RMI publishes its Conformant and its Active smelters and refiners as lists without a
 * status column: which list it is, is the status. Other files state each smelter's status in a column.
 */
public enum RmapSourceKind {
    /** RMI's list of conformant smelters and refiners. */
    CONFORMANT("RMI Conformant list", "Conformant", "Dropped off the Conformant list"),
    /** RMI's list of active smelters and refiners (committed to an RMAP assessment). */
    ACTIVE("RMI Active list", "Active", "Dropped off the Active list"),
    /** A table with a status column: RMI's CSV export, or a filing's smelter table. */
    STATUS_TABLE("Status table", null, null);

    private final String label;
    private final String listedStatus;
    private final String droppedStatus;

    RmapSourceKind(String label, String listedStatus, String droppedStatus) {
        this.label = label;
        this.listedStatus = listedStatus;
        this.droppedStatus = droppedStatus;
    }

    public String label() {
        return label;
    }

    /** The status of a smelter on such a list (null for a status table, whose rows state it). */
    public String listedStatus() {
        return listedStatus;
    }

    /** The status concluded when a smelter is on one import of this list and missing from the next one. */
    public String droppedStatus() {
        return droppedStatus;
    }

    public boolean isList() {
        return listedStatus != null;
    }
}
