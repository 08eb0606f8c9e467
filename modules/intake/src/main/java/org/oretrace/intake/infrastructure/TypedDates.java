package org.oretrace.intake.infrastructure;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Dates that suppliers type as text instead of picking a date: "15-Mar-2024", "2024-03-15", "March 15, 2024". */
public final class TypedDates {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            formatter("uuuu-M-d"), formatter("uuuu/M/d"), formatter("uuuu.M.d"),
            formatter("d-MMM-uuuu"), formatter("d-MMM-uu"), formatter("d MMM uuuu"), formatter("d MMMM uuuu"),
            formatter("MMM d, uuuu"), formatter("MMMM d, uuuu"), formatter("MMM d uuuu"), formatter("MMMM d uuuu"),
            formatter("d.M.uuuu"), formatter("uuuuMMdd"));

    private TypedDates() {
    }

    /** The date, or null when the text is no date we can be sure of. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip().replaceAll("\\s+", " ");
        if (s.length() > 10 && s.charAt(10) == 'T') {
            s = s.substring(0, 10); // "2024-03-15T00:00:00" from tools that write ISO timestamps
        }
        for (DateTimeFormatter format : FORMATS) {
            try {
                return LocalDate.parse(s, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return slashed(s);
    }

    /** 03/15/2024 is American, 15/03/2024 is not; 03/04/2024 is taken as the US template's month/day. */
    private static LocalDate slashed(String s) {
        String[] parts = s.split("/");
        if (parts.length != 3 || parts[2].length() != 4) {
            return null;
        }
        try {
            int a = Integer.parseInt(parts[0]);
            int b = Integer.parseInt(parts[1]);
            int year = Integer.parseInt(parts[2]);
            return a > 12 ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }
}
