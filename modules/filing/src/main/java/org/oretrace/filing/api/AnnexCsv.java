package org.oretrace.filing.api;

import org.oretrace.filing.domain.AnnexA;
import org.oretrace.kernel.csv.Csv;

import java.util.List;

/** Annex A as RFC 4180 CSV through the kernel's {@link Csv}, with spreadsheet formula prefixes neutralised. */
final class AnnexCsv {

    private static final List<String> HEADER = List.of("metal", "smelterId", "name", "country", "rmapStatus", "sanctioned",
            "coveredCountry", "supplierCount");

    private AnnexCsv() {
    }

    static String write(AnnexA annex) {
        StringBuilder csv = new StringBuilder(Csv.line(HEADER));
        for (AnnexA.Row r : annex.rows()) {
            csv.append(Csv.line(List.of(r.metal().displayName(), cell(r.smelterId()), cell(r.name()), cell(r.country()),
                    cell(r.rmapStatus()), Boolean.toString(r.sanctioned()), Boolean.toString(r.coveredCountry()),
                    Integer.toString(r.supplierCount()))));
        }
        return csv.toString();
    }

    private static String cell(String value) {
        return value == null ? "" : Csv.spreadsheetSafe(value);
    }
}
