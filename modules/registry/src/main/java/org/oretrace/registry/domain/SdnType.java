package org.oretrace.registry.domain;

import java.util.Locale;

/** The SDN_Type column of OFAC's sdn.csv ("-0-" for entities). */
public enum SdnType {
    ENTITY, INDIVIDUAL, VESSEL, AIRCRAFT;

    public static SdnType fromSdnCsv(String value) {
        if (value == null || value.isBlank() || value.strip().equals("-0-")) {
            return ENTITY;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "individual" -> INDIVIDUAL;
            case "vessel" -> VESSEL;
            case "aircraft" -> AIRCRAFT;
            default -> ENTITY;
        };
    }
}
