package org.oretrace.kernel.smelter;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An RMI smelter ID in its canonical form, "CID" and six digits ("CID000035"). The one rule for what suppliers type
 * into column A of a CMRT's Smelter List, what RMAP lists carry and what reviewers pick: "CID000035", "cid 35",
 * "CID-35", "CID#000035", "35" and "0000035" all name CID000035; anything else is not an ID.
 */
public record SmelterId(String value) implements Comparable<SmelterId>, Serializable {

    private static final Pattern TYPED = Pattern.compile("(?i)^\\s*(?:CID)?\\s*[-#:]?\\s*0*(\\d{1,6})\\s*$");
    private static final Pattern CANONICAL = Pattern.compile("CID\\d{6}");

    /** @throws IllegalArgumentException when {@code value} is not canonical (use {@link #parse} for typed text) */
    public SmelterId {
        if (value == null || !CANONICAL.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a canonical smelter ID (CID and six digits): " + value);
        }
    }

    /** The ID a person or file wrote, canonicalised; empty when the text is no smelter ID. */
    public static Optional<SmelterId> parse(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        Matcher m = TYPED.matcher(typed);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SmelterId("CID" + "0".repeat(6 - m.group(1).length()) + m.group(1)));
    }

    /** The canonical text of a typed ID, or null when it is none. */
    public static String canonical(String typed) {
        return parse(typed).map(SmelterId::value).orElse(null);
    }

    /**
     * The canonical ID when the text is one, else the text itself stripped and upper-cased: what a declaration keeps
     * for a typed value that is no ID ("UNKNOWN", "N/A"), so a finding can quote it and equal texts still compare equal.
     */
    public static String canonicalOrTyped(String typed) {
        return parse(typed).map(SmelterId::value).orElseGet(() -> typed == null ? null : typed.strip().toUpperCase(Locale.ROOT));
    }

    public static boolean isCanonical(String text) {
        return text != null && CANONICAL.matcher(text).matches();
    }

    @Override
    public int compareTo(SmelterId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
