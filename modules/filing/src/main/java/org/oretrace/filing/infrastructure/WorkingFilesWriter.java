package org.oretrace.filing.infrastructure;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.oretrace.filing.application.FilingSources;
import org.oretrace.filing.domain.ConsolidatedSmelter;
import org.oretrace.filing.domain.SmelterList;
import org.oretrace.filing.domain.UnresolvedName;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The Excel working file of a filing: consolidated smelters, unresolved names, supplier status and findings
 * per declaration, one sheet each, with filters and frozen headers. Streams rows, so large years fit.
 */
public class WorkingFilesWriter {

    public static final String SMELTERS = "Smelters";
    public static final String UNRESOLVED = "Unresolved names";
    public static final String SUPPLIERS = "Supplier status";
    public static final String FINDINGS = "Findings";

    /** Excel refuses cells longer than this. */
    private static final int MAX_CELL = 32_767;

    public byte[] write(SmelterList smelters, List<FilingSources.SupplierStatus> suppliers,
                        List<FilingSources.FindingRow> findings) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);

            SXSSFSheet s = sheet(wb, SMELTERS, header, "Smelter ID", "Metal", "Standard smelter name", "Country",
                    "RMAP status", "Sanctioned", "Covered country", "Suppliers reporting", "Supplier names");
            int r = 1;
            for (ConsolidatedSmelter c : smelters.smelters()) {
                row(s, r++, c.smelterId(), c.metal().displayName(), c.name(), c.country(), c.rmapStatus(),
                        yesNo(c.sanctioned()), yesNo(c.coveredCountry()), c.supplierCount(), String.join("; ", c.suppliers()));
            }
            finish(s, 9, r);

            s = sheet(wb, UNRESOLVED, header, "Metal", "Name (most used spelling)", "Spellings", "Country as reported",
                    "Suppliers reporting", "Supplier names");
            r = 1;
            for (UnresolvedName u : smelters.unresolved()) {
                row(s, r++, u.metal().displayName(), u.displayName(), String.join(" | ", u.spellings()), u.country(),
                        u.suppliers().size(), String.join("; ", u.suppliers()));
            }
            row(s, r + 1, "Rows reporting \"Smelter not yet identified\" (counted, not listed)", null, null, null,
                    smelters.notYetIdentifiedRows(), null);
            finish(s, 6, r);

            s = sheet(wb, SUPPLIERS, header, "Supplier", "Status", "Solicited on", "Responded on", "Declared scope");
            r = 1;
            for (FilingSources.SupplierStatus st : suppliers) {
                row(s, r++, st.supplierName(), st.status(), st.solicitedOn(), st.respondedOn(), st.scope());
            }
            finish(s, 5, r);

            s = sheet(wb, FINDINGS, header, "Supplier", "Declaration", "Rule", "Severity", "Message", "Location");
            r = 1;
            for (FilingSources.FindingRow f : findings) {
                row(s, r++, f.supplierName(), f.declarationId(), f.rule(), f.severity(), f.message(), f.location());
            }
            finish(s, 6, r);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SXSSFSheet sheet(SXSSFWorkbook wb, String name, CellStyle header, String... titles) {
        SXSSFSheet s = wb.createSheet(name);
        s.trackAllColumnsForAutoSizing();
        Row row = s.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
            row.getCell(i).setCellStyle(header);
        }
        s.createFreezePane(0, 1);
        return s;
    }

    private static void finish(SXSSFSheet s, int columns, int rows) {
        s.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 0), 0, columns - 1));
        for (int i = 0; i < columns; i++) {
            s.autoSizeColumn(i);
            s.setColumnWidth(i, Math.min(s.getColumnWidth(i) + 512, 60 * 256));
        }
    }

    private static void row(SXSSFSheet s, int index, Object... values) {
        Row row = s.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            if (v instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else {
                String text = v.toString();
                row.createCell(i).setCellValue(text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 3) + "..." : text);
            }
        }
    }

    private static String yesNo(boolean b) {
        return b ? "Yes" : "No";
    }
}
