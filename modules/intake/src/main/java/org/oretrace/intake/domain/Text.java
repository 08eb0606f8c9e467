package org.oretrace.intake.domain;

/** Small text helpers for values typed into spreadsheets. */
public final class Text {

    private Text() {
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Stripped text, or null when nothing but white space was typed. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Keeps a value within its column; a longer value loses its tail, never the whole record. */
    public static String clip(String text, int max) {
        String cleaned = clean(text);
        return cleaned == null || cleaned.length() <= max ? cleaned : cleaned.substring(0, max);
    }

    public static boolean equalsIgnoreCase(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }
}
