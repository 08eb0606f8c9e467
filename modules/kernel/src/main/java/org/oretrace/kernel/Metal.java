package org.oretrace.kernel;

import java.util.Locale;
import java.util.Optional;

/** The minerals RMI templates report on. The first four are the 3TG of Rule 13p-1. */
public enum Metal {
    TANTALUM("Tantalum", true),
    TIN("Tin", true),
    TUNGSTEN("Tungsten", true),
    GOLD("Gold", true),
    COBALT("Cobalt", false),
    MICA("Mica", false),
    COPPER("Copper", false),
    GRAPHITE("Graphite", false),
    LITHIUM("Lithium", false),
    NICKEL("Nickel", false);

    private final String displayName;
    private final boolean conflictMineral;

    Metal(String displayName, boolean conflictMineral) {
        this.displayName = displayName;
        this.conflictMineral = conflictMineral;
    }

    public String displayName() {
        return displayName;
    }

    /** True for tantalum, tin, tungsten and gold: the metals a Form SD is about. */
    public boolean isConflictMineral() {
        return conflictMineral;
    }

    /** Reads the English metal names the templates store ("Tin", "TUNGSTEN ", "gold"). */
    public static Optional<Metal> fromText(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = text.strip().toUpperCase(Locale.ROOT);
        for (Metal metal : values()) {
            if (metal.name().equals(key)) {
                return Optional.of(metal);
            }
        }
        return Optional.empty();
    }
}
