package org.oretrace.registry.application;

import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.time.TypedDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of RMAP files as RMI and filers name them. Names are compared in lower case with runs of spaces and
 * underscores as one space and no space around slashes, so {@code STATE/ PROVINCE/ REGION} is
 * {@code state/province/region}; columns not named here (an {@code Sl #} in front, LBMA RG, RJC, ...) are ignored.
 */
final class RmapColumns {

    static final String SMELTER_ID = "smelterId";
    static final String STATUS = "status";
    static final String DATE = "date";
    static final String METAL = "metal";
    static final String NAME = "name";
    static final String LAST_AUDIT = "lastAudit";
    static final String AUDIT_CYCLE = "auditCycle";
    static final String REAUDIT = "reaudit";

    static final Map<String, List<String>> NAMES = Map.of(
            SMELTER_ID, List.of("smelter id", "smelterid", "smelter identification number", "cid", "smelter reference id",
                    "rmi smelter id", "facility id", "smelter id number"),
            STATUS, List.of("status", "rmap status", "rmap audit status", "audit status", "assessment status", "conformance status",
                    "smelter status"),
            DATE, List.of("status date", "date", "as of", "as of date", "last updated", "effective date", "assessment date",
                    "status as of"),
            METAL, List.of("metal", "mineral"),
            NAME, List.of("standard smelter name", "smelter name", "smelter or refiner name", "facility name"),
            LAST_AUDIT, List.of("last audit date"),
            AUDIT_CYCLE, List.of("audit cycle"),
            REAUDIT, List.of("reaudit in progress", "re-audit in progress"));

    /** Dates as RMI's pages and file names write them, found inside a longer text. */
    private static final Pattern DATE_IN_TEXT = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})|(\\d{1,2} [A-Za-z]{3,9} \\d{4})|([A-Za-z]{3,9} \\d{1,2}, \\d{4})|(\\d{1,2}-[A-Za-z]{3}-\\d{4})"
                    + "|(\\d{1,2}/\\d{1,2}/\\d{4})|((?<!\\d)20\\d{6}(?!\\d))");

    private RmapColumns() {
    }

    static String normalize(String header) {
        return header == null ? "" : header.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replace('_', ' ')
                .replaceAll("\\s+", " ").replaceAll(" ?/ ?", "/").strip();
    }

    static boolean isHeader(List<String> cells) {
        return cells.stream().map(RmapColumns::normalize).anyMatch(NAMES.get(SMELTER_ID)::contains);
    }

    /** Column positions by role; the first column of each role wins. */
    static Map<String, Integer> find(List<String> header) {
        Map<String, Integer> found = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = normalize(header.get(i));
            for (Map.Entry<String, List<String>> c : NAMES.entrySet()) {
                if (c.getValue().contains(name)) {
                    found.putIfAbsent(c.getKey(), i);
                }
            }
        }
        if (!found.containsKey(SMELTER_ID)) {
            throw new BusinessRuleException("The header lacks a smelter ID column (found " + header + ")");
        }
        return found;
    }

    /** A status or audit date as RMI writes it; strict: see {@link TypedDates}. */
    static Optional<LocalDate> parseDate(String text) {
        return TypedDates.parse(text);
    }

    /** The first date written somewhere in a text ("Conformant Smelters & Refiners as of 30 April 2024"). */
    static Optional<LocalDate> dateIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DATE_IN_TEXT.matcher(text.replace('_', ' '));
        while (m.find()) {
            Optional<LocalDate> d = parseDate(m.group());
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** Yes/No, Y/N, True/False, 1/0; null when empty or anything else. */
    static Boolean flag(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "yes", "y", "true", "1", "x" -> Boolean.TRUE;
            case "no", "n", "false", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    static List<String> missing(Map<String, Integer> found, String... roles) {
        List<String> missing = new ArrayList<>();
        for (String role : roles) {
            if (!found.containsKey(role)) {
                missing.add(NAMES.get(role).get(0));
            }
        }
        return missing;
    }
}
