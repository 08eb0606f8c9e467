package org.oretrace.filing.rollup.domain;

import java.util.List;

/** The answers the CMRT 6.x lists allow per question (English in every display language). */
public final class CmrtChoices {

    public static final List<String> YES_NO = List.of("Yes", "No");
    public static final List<String> YES_NO_UNKNOWN = List.of("Yes", "No", "Unknown");
    public static final List<String> Q6 = List.of("100%", "Greater than 90%", "Greater than 75%", "Greater than 50%",
            "50% or less", "None");
    public static final List<String> E = List.of("Yes, in conformance with IPC1755 (e.g., CMRT)",
            "Yes, using other format (describe)", "No");
    public static final List<String> H = List.of("Yes, with the SEC", "Yes, with the EU", "Yes, with the SEC and the EU", "No");
    public static final String SCOPE_COMPANY = "A. Company";
    public static final String SCOPE_PRODUCT = "B. Product (or List of Products)";

    private CmrtChoices() {
    }

    /** The allowed answers of "1".."8" or "A".."H". */
    public static List<String> of(String question) {
        return switch (question) {
            case "1", "2", "7", "8", "A", "B", "C", "D", "F", "G" -> YES_NO;
            case "3", "4", "5" -> YES_NO_UNKNOWN;
            case "6" -> Q6;
            case "E" -> E;
            case "H" -> H;
            default -> throw new IllegalArgumentException("No CMRT question " + question);
        };
    }
}
