package org.oretrace.filing.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Annex A as the CSV and Excel exports lay it out, with exactly the report's options and words: the as-of line above
 * the table ({@link Report#annexIntro()}), the RMAP status column only when the filing shows it, the smelters with an
 * identification number, then — only when the filing lists unresolved names — those names under a heading of their own,
 * and the report's footnotes under the table. Each row carries its footnote markers ((1) sanctioned, (2) covered country,
 * * unresolved) in a column of its own, so the name stays the smelter's name.
 */
public record AnnexExport(String asOfLine, boolean withRmapStatus, List<AnnexA.Row> resolved, List<AnnexA.Row> unresolved,
                          List<String> footnotes) {

    public static final String UNRESOLVED_HEADING = "Smelter names reported by suppliers that could not be matched to a "
            + "smelter identification number (*)";

    public AnnexExport {
        resolved = List.copyOf(resolved);
        unresolved = List.copyOf(unresolved);
        footnotes = List.copyOf(footnotes);
    }

    /** The export of a report's Annex A: its as-of line, options and footnotes. */
    public static AnnexExport of(Report report) {
        return of(report.annexA(), report.annexIntro(), report.annexFootnotes());
    }

    /** The export of an Annex A without a filing's report (no as-of line: there is no signing date yet). */
    public static AnnexExport of(AnnexA annex, String asOfLine, List<String> footnotes) {
        List<AnnexA.Row> resolved = new ArrayList<>();
        List<AnnexA.Row> unresolved = new ArrayList<>();
        for (AnnexA.Row r : annex.rows()) {
            (r.unresolved() ? unresolved : resolved).add(r);
        }
        return new AnnexExport(asOfLine, annex.withRmapStatus(), resolved, annex.withUnresolved() ? unresolved : List.of(),
                footnotes);
    }

    /** The column titles, in order (the machine-readable names of the CSV). */
    public List<String> columns() {
        List<String> c = new ArrayList<>(List.of("metal", "smelterId", "name", "country"));
        if (withRmapStatus) {
            c.add("rmapStatus");
        }
        c.addAll(List.of("sanctioned", "coveredCountry", "supplierCount", "footnotes"));
        return c;
    }

    /** One row's cells in the order of {@link #columns()}. */
    public List<String> cells(AnnexA.Row r) {
        List<String> c = new ArrayList<>(List.of(r.metal().displayName(), text(r.smelterId()), text(r.name()), text(r.country())));
        if (withRmapStatus) {
            c.add(r.unresolved() ? "" : text(r.rmapStatus()));
        }
        c.addAll(List.of(Boolean.toString(r.sanctioned()), Boolean.toString(r.coveredCountry()),
                Integer.toString(r.supplierCount()), markers(r)));
        return c;
    }

    /** The footnote markers of a row, as Annex A prints them after the name. */
    public static String markers(AnnexA.Row r) {
        List<String> m = new ArrayList<>();
        if (r.unresolved()) {
            m.add("*");
        }
        if (r.sanctioned()) {
            m.add(Report.SANCTIONED_MARK);
        }
        if (r.coveredCountry()) {
            m.add(Report.COVERED_MARK);
        }
        return String.join(" ", m);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
