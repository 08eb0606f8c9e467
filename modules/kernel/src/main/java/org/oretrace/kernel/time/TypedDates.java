package org.oretrace.kernel.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one reader of dates that people type as text (a CMRT's effective date, an ERP export's date column, an RMAP
 * list's status date): "15-Mar-2024", "2024-03-15", "March 15, 2024", "15.03.2024", "03/15/2024", "20240315", and
 * Excel's serial day numbers. Strict: a date that does not exist (2024-02-30, 2023-02-29) is no date, never the
 * nearest real one, so the caller reports it as a finding instead of storing a day nobody wrote.
 */
public final class TypedDates {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            formatter("uuuu-M-d"), formatter("uuuu/M/d"), formatter("uuuu.M.d"),
            formatter("d-MMM-uuuu"), formatter("d-MMM-uu"), formatter("d MMM uuuu"), formatter("d MMMM uuuu"),
            formatter("MMM d, uuuu"), formatter("MMMM d, uuuu"), formatter("MMM d uuuu"), formatter("MMMM d uuuu"),
            formatter("d.M.uuuu"), formatter("uuuuMMdd"));
    /** Excel's day 0 in the 1900 date system, for serials after its phantom 29 February 1900 (serial 60). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** 31 December 9999, the last day Excel can show. */
    private static final double EXCEL_LAST_SERIAL = 2958465;

    private TypedDates() {
    }

    /** The date, or empty when the text is no date we can be sure of (impossible dates included). */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip().replaceAll("\\s+", " ");
        if (s.length() > 10 && s.charAt(10) == 'T') {
            s = s.substring(0, 10); // "2024-03-15T00:00:00" from tools that write ISO timestamps
        }
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(s, format));
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return slashed(s);
    }

    /** The date, or null: for callers that keep a missing date as null. */
    public static LocalDate parseOrNull(String text) {
        return parse(text).orElse(null);
    }

    /**
     * An Excel date cell's serial day number (1900 date system: 1 is 1900-01-01), its time of day dropped; empty for
     * numbers Excel cannot show as a date and for serial 60, the 29 February 1900 that Excel counts but never was.
     */
    public static Optional<LocalDate> excelSerial(double serial) {
        if (Double.isNaN(serial) || serial < 1 || serial >= EXCEL_LAST_SERIAL + 1) {
            return Optional.empty();
        }
        long day = (long) Math.floor(serial);
        if (day == 60) {
            return Optional.empty();
        }
        return Optional.of(day < 60 ? EXCEL_EPOCH.plusDays(day + 1) : EXCEL_EPOCH.plusDays(day));
    }

    /** 03/15/2024 is American, 15/03/2024 is not; 03/04/2024 is taken as the US template's month/day. */
    private static Optional<LocalDate> slashed(String s) {
        String[] parts = s.split("/");
        if (parts.length != 3 || parts[2].length() != 4) {
            return Optional.empty();
        }
        try {
            int a = Integer.parseInt(parts[0]);
            int b = Integer.parseInt(parts[1]);
            int year = Integer.parseInt(parts[2]);
            return Optional.of(a > 12 ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }
}
