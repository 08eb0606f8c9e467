package org.oretrace.outreach.domain;

/** Whether a supplier can be surveyed at all. */
public enum SupplierStatus {
    ACTIVE("Active"),
    /** No working contact could be found: solicited but cannot answer. */
    UNREACHABLE("Unreachable"),
    /** Supplies nothing containing 3TG (e.g. services): not solicited, not counted. */
    OUT_OF_SCOPE("Out of scope");

    private final String label;

    SupplierStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
