package org.oretrace.kernel.web;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * How every screen shows times, codes and states: times in the reader's zone and locale (never ISO), days
 * relative to the application's "today" where that is what people act on, codes as words (the code itself
 * goes into a tooltip), states as coloured tags. Plain Java so that it is tested without a server;
 * {@link Show} gives it to the pages.
 */
public final class Formats {

    /** Words that stay upper case when a code becomes words ("SMELTER_ID" reads "Smelter ID"). */
    private static final Set<String> ACRONYMS = Set.of("ID", "CID", "RMAP", "RMI", "URL", "OFAC", "SDN", "CMRT",
            "EMRT", "API", "SEC", "EU", "3TG", "DRC", "SMTP", "IMAP", "CSV", "PDF", "XLSX", "EDGAR", "SD", "OECD");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(_[A-Z0-9]+)*");
    private static final Map<Class<?>, Method> LABELS = new ConcurrentHashMap<>();

    private static final Set<String> GOOD = Set.of("ACCEPTED", "CONFORMANT", "SENT", "RESPONDED", "CONFIRMED", "ACTIVE",
            "FINAL", "DONE", "RESOLVED", "CLOSED", "ENABLED", "SMELTER_ID", "EXACT_ALIAS", "NORMALIZED_ALIAS");
    private static final Set<String> BAD = Set.of("REJECTED", "FAILED", "ERROR", "NOT_CONFORMANT", "NON_CONFORMANT",
            "SANCTIONED", "BOUNCED", "UNREACHABLE", "ESCALATED", "DISABLED", "LOCKED");
    private static final Set<String> WARN = Set.of("NEEDS_FOLLOW_UP", "RISK_REVIEW", "WARNING", "OPEN", "REMINDED",
            "IN_PROGRESS", "FUZZY", "PENDING", "OVERDUE", "QUEUED", "SENDING", "NOT_SENT", "DRAFT", "LAUNCHED",
            "PARTIAL");

    private final ZoneId zone;
    private final Locale locale;
    private final Instant now;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    public Formats(ZoneId zone, Locale locale, Instant now) {
        this.zone = zone;
        this.locale = locale;
        this.now = now;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    public ZoneId zone() {
        return zone;
    }

    public Locale locale() {
        return locale;
    }

    /** A moment as the reader reads it, e.g. "3 Feb 2024, 11:15" (en-GB, Europe/Paris); a plain date as a date. */
    public String when(Object value) {
        if (value instanceof LocalDate day) {
            return date.format(day);
        }
        ZonedDateTime at = zoned(value);
        return at == null ? other(value) : dateTime.format(at);
    }

    /** The day only, in the reader's zone. */
    public String day(Object value) {
        if (value instanceof LocalDate d) {
            return date.format(d);
        }
        ZonedDateTime at = zoned(value);
        return at == null ? other(value) : date.format(at);
    }

    /** The full moment with its zone, for a tooltip: "Saturday, 3 February 2024 at 11:15 (Central European Time)". */
    public String exactly(Object value) {
        ZonedDateTime at = zoned(value);
        if (at == null) {
            return value instanceof LocalDate d ? DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(d) : "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(at) + ", "
                + DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(locale).format(at.toLocalTime())
                + " (" + zone.getDisplayName(TextStyle.FULL, locale) + ")";
    }

    /** Days from today (the application clock, in the reader's zone): "today", "yesterday", "3 days ago", "in 2 days". */
    public String relative(Object value) {
        LocalDate day = value instanceof LocalDate d ? d : (zoned(value) == null ? null : zoned(value).toLocalDate());
        if (day == null) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(today(), day);
        if (days == 0) {
            return "today";
        }
        if (days == -1) {
            return "yesterday";
        }
        if (days == 1) {
            return "tomorrow";
        }
        String span = span(Math.abs(days));
        return days < 0 ? span + " ago" : "in " + span;
    }

    /** A due date as people act on it: "3 days overdue", "due today", "due in 5 days". */
    public String due(Object value) {
        LocalDate day = value instanceof LocalDate d ? d : (zoned(value) == null ? null : zoned(value).toLocalDate());
        if (day == null) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(today(), day);
        if (days == 0) {
            return "due today";
        }
        return days < 0 ? span(-days) + " overdue" : "due in " + span(days);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, zone);
    }

    /**
     * A code as words: an enum's own {@code label()} when it has one, otherwise its name read as words
     * ("NEEDS_FOLLOW_UP" reads "Needs follow-up", "SMELTER_ID" "Smelter ID"). Text that is not a code is kept.
     */
    public static String words(Object code) {
        if (code == null) {
            return "";
        }
        if (code instanceof Enum<?> e) {
            String label = label(e);
            if (label != null) {
                return label;
            }
        }
        String text = code instanceof Enum<?> e ? e.name() : code.toString();
        if (!CODE.matcher(text).matches() || !text.matches(".*[A-Z]{2}.*")) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (String word : text.split("_")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            if (ACRONYMS.contains(word)) {
                out.append(word);
            } else {
                out.append(out.isEmpty() ? word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT) : word.toLowerCase(Locale.ROOT));
            }
        }
        return out.toString().replace("follow up", "follow-up").replace("look up", "look-up");
    }

    /** The CSS classes of a state's coloured tag: good (green), bad (red), warn (amber) or neutral (grey). */
    public static String tag(Object state) {
        if (state == null) {
            return "ot-tag";
        }
        String code = state instanceof Enum<?> e ? e.name() : state.toString().strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (GOOD.contains(code)) {
            return "ot-tag ot-tag-good";
        }
        if (BAD.contains(code)) {
            return "ot-tag ot-tag-bad";
        }
        if (WARN.contains(code)) {
            return "ot-tag ot-tag-warn";
        }
        return "ot-tag";
    }

    /** The code itself, for the tooltip of its words. */
    public static String code(Object code) {
        return code == null ? "" : code instanceof Enum<?> e ? e.name() : code.toString();
    }

    private ZonedDateTime zoned(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i.atZone(zone);
        }
        if (value instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(zone);
        }
        if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(zone);
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(zone);
        }
        if (value instanceof LocalDateTime l) {
            // stored without a zone: the server wrote it in UTC
            return l.atZone(ZoneId.of("UTC")).withZoneSameInstant(zone);
        }
        return null;
    }

    /** Something that is not a time (text a supplier typed, say) is shown as it is. */
    private static String other(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String span(long days) {
        if (days < 45) {
            return days + (days == 1 ? " day" : " days");
        }
        if (days < 365 * 2) {
            long months = Math.round(days / 30.44);
            return months + (months == 1 ? " month" : " months");
        }
        long years = days / 365;
        return years + " years";
    }

    private static String label(Enum<?> e) {
        Method method = LABELS.computeIfAbsent(e.getDeclaringClass(), type -> {
            try {
                Method m = type.getMethod("label");
                return m.getReturnType() == String.class && m.getParameterCount() == 0 ? m : NONE;
            } catch (NoSuchMethodException none) {
                return NONE;
            }
        });
        if (method == NONE) {
            return null;
        }
        try {
            return (String) method.invoke(e);
        } catch (ReflectiveOperationException | RuntimeException failed) {
            return null;
        }
    }

    private static final Method NONE;

    static {
        try {
            NONE = Object.class.getMethod("toString");
        } catch (NoSuchMethodException impossible) {
            throw new ExceptionInInitializerError(impossible);
        }
    }
}
