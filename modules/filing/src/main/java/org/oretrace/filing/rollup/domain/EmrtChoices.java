package org.oretrace.filing.rollup.domain;

import org.oretrace.kernel.Metal;

import java.util.List;

/** The answers the EMRT 2.x lists allow per question (its Declaration rows 144–174), and its minerals in order. */
public final class EmrtChoices {

    /** The minerals of EMRT 2.x in the template's alphabetical order (the order its questions list them). */
    public static final List<Metal> MINERALS = List.of(Metal.COBALT, Metal.COPPER, Metal.GRAPHITE, Metal.LITHIUM,
            Metal.MICA, Metal.NICKEL);
    public static final String NOT_DECLARING = "Not declaring";
    public static final List<String> Q1 = List.of("Yes", "No", "Unknown", NOT_DECLARING);
    public static final List<String> YES_NO_UNKNOWN = CmrtChoices.YES_NO_UNKNOWN;
    public static final List<String> Q5 = List.of("100%", "Greater than 90%", "Greater than 75%", "Greater than 50%",
            "50% or less", "None", "Did not survey");
    public static final List<String> C = List.of("Yes", "Yes, when more processors are validated", "No");
    public static final List<String> E = List.of("Yes, in conformance with IPC1755 (e.g. EMRT)",
            "Yes, Using Other Format (Describe)", "No");

    private EmrtChoices() {
    }

    /** The allowed answers of "1".."7", "C" (per mineral) or "A", "B", "D".."G". */
    public static List<String> of(String question) {
        return switch (question) {
            case "1" -> Q1;
            case "2", "3", "4", "6", "7" -> YES_NO_UNKNOWN;
            case "5" -> Q5;
            case "C" -> C;
            case "E" -> E;
            case "A", "B", "D", "F", "G" -> CmrtChoices.YES_NO;
            default -> throw new IllegalArgumentException("No EMRT question " + question);
        };
    }
}
