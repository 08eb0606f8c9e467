package org.oretrace.filing.api;

import org.oretrace.filing.domain.AnnexExport;
import org.oretrace.kernel.csv.Csv;

import java.util.List;

/**
 * Annex A as RFC 4180 CSV through the kernel's {@link Csv}, laid out as the report prints it ({@link AnnexExport}):
 * the as-of line, a blank line, the header and the smelters; the unresolved names under their own heading when the
 * filing lists them; the footnotes last. Spreadsheet formula prefixes are neutralised.
 */
final class AnnexCsv {

    private AnnexCsv() {
    }

    static String write(AnnexExport annex) {
        StringBuilder csv = new StringBuilder();
        if (annex.asOfLine() != null) {
            csv.append(line(List.of(annex.asOfLine()))).append(line(List.of()));
        }
        csv.append(line(annex.columns()));
        annex.resolved().forEach(r -> csv.append(line(annex.cells(r))));
        if (!annex.unresolved().isEmpty()) {
            csv.append(line(List.of())).append(line(List.of(AnnexExport.UNRESOLVED_HEADING)));
            annex.unresolved().forEach(r -> csv.append(line(annex.cells(r))));
        }
        if (!annex.footnotes().isEmpty()) {
            csv.append(line(List.of()));
            annex.footnotes().forEach(n -> csv.append(line(List.of(n))));
        }
        return csv.toString();
    }

    private static String line(List<String> cells) {
        return Csv.line(cells.stream().map(c -> c == null ? "" : Csv.spreadsheetSafe(c)).toList());
    }
}
