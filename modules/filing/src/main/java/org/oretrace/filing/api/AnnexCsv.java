package org.oretrace.filing.api;

import org.oretrace.filing.domain.AnnexA;

import java.util.List;

/** Annex A as RFC 4180 CSV, with spreadsheet formula prefixes neutralised. */
final class AnnexCsv {

    private AnnexCsv() {
    }

    static String write(AnnexA annex) {
        StringBuilder csv = new StringBuilder("metal,smelterId,name,country,rmapStatus,sanctioned,coveredCountry,supplierCount\r\n");
        for (AnnexA.Row r : annex.rows()) {
            List<String> cells = List.of(r.metal().displayName(), nullToEmpty(r.smelterId()), nullToEmpty(r.name()),
                    nullToEmpty(r.country()), nullToEmpty(r.rmapStatus()), Boolean.toString(r.sanctioned()),
                    Boolean.toString(r.coveredCountry()), Integer.toString(r.supplierCount()));
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    csv.append(',');
                }
                csv.append(cell(cells.get(i)));
            }
            csv.append("\r\n");
        }
        return csv.toString();
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

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
