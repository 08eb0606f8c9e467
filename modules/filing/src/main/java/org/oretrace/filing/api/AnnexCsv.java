package org.oretrace.filing.api;

import org.oretrace.filing.domain.AnnexExport;

import java.util.List;

/**
 * Annex A as RFC 4180 CSV, laid out as the report prints it ({@link AnnexExport}): the as-of line, a blank line, the
 * header and the smelters; the unresolved names under their own heading when the filing lists them; the footnotes
 * last. Spreadsheet formula prefixes are neutralised.
 */
final class AnnexCsv {

    private static final String EOL = "\r\n";

    private AnnexCsv() {
    }

    static String write(AnnexExport annex) {
        StringBuilder csv = new StringBuilder();
        if (annex.asOfLine() != null) {
            csv.append(cell(annex.asOfLine())).append(EOL).append(EOL);
        }
        line(csv, annex.columns());
        annex.resolved().forEach(r -> line(csv, annex.cells(r)));
        if (!annex.unresolved().isEmpty()) {
            csv.append(EOL).append(cell(AnnexExport.UNRESOLVED_HEADING)).append(EOL);
            annex.unresolved().forEach(r -> line(csv, annex.cells(r)));
        }
        if (!annex.footnotes().isEmpty()) {
            csv.append(EOL);
            annex.footnotes().forEach(n -> csv.append(cell(n)).append(EOL));
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append(EOL);
    }

    static String cell(String value) {
        String v = value;
        // a name starting with = + - @ would run as a formula when the file is opened in a spreadsheet
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
