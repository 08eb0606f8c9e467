package org.oretrace.filing.infrastructure;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.oretrace.filing.application.FilingSources;
import org.oretrace.filing.domain.AnnexA;
import org.oretrace.filing.domain.AnnexExport;
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

    public static final String ANNEX_A = "Annex A";
    public static final String SMELTERS = "Smelters";
    public static final String UNRESOLVED = "Unresolved names";
    public static final String SUPPLIERS = "Supplier status";
    public static final String FINDINGS = "Findings";

    /** Excel refuses cells longer than this. */
    private static final int MAX_CELL = 32_767;

    public byte[] write(SmelterList smelters, List<FilingSources.SupplierStatus> suppliers,
                        List<FilingSources.FindingRow> findings) {
        return write(null, smelters, suppliers, findings);
    }

    /**
     * The working file with, first, the sheet {@value #ANNEX_A}: Annex A exactly as the report states it (its as-of line,
     * the RMAP status column only when the filing shows it, unresolved names under their own heading only when listed,
     * footnote markers and footnotes). The other sheets are the team's working data and always complete.
     */
    public byte[] write(AnnexExport annex, SmelterList smelters, List<FilingSources.SupplierStatus> suppliers,
                        List<FilingSources.FindingRow> findings) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);

            if (annex != null) {
                annexSheet(wb, annex, header);
            }
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

    private static final List<String> ANNEX_TITLES = List.of("Metal", "Smelter ID", "Smelter name", "Smelter country",
            "RMAP status", "Sanctioned", "Covered country", "Suppliers reporting", "Footnotes");

    /** Annex A: the as-of line in row 1, the header in row 3, the smelters, the unresolved names' heading and rows, footnotes. */
    private static void annexSheet(SXSSFWorkbook wb, AnnexExport annex, CellStyle header) {
        SXSSFSheet s = wb.createSheet(ANNEX_A);
        s.trackAllColumnsForAutoSizing();
        int r = 0;
        if (annex.asOfLine() != null) {
            row(s, r, annex.asOfLine());
            r += 2;
        }
        int headerRow = r;
        List<String> titles = ANNEX_TITLES.stream().filter(t -> annex.withRmapStatus() || !"RMAP status".equals(t)).toList();
        Row h = s.createRow(r++);
        for (int i = 0; i < titles.size(); i++) {
            h.createCell(i).setCellValue(titles.get(i));
            h.getCell(i).setCellStyle(header);
        }
        s.createFreezePane(0, headerRow + 1);
        for (AnnexA.Row a : annex.resolved()) {
            row(s, r++, annexCells(annex, a));
        }
        int lastTableRow = r - 1;
        if (!annex.unresolved().isEmpty()) {
            r++;
            row(s, r++, AnnexExport.UNRESOLVED_HEADING);
            for (AnnexA.Row a : annex.unresolved()) {
                row(s, r++, annexCells(annex, a));
            }
        }
        r++;
        for (String note : annex.footnotes()) {
            row(s, r++, note);
        }
        s.setAutoFilter(new CellRangeAddress(headerRow, Math.max(lastTableRow, headerRow), 0, titles.size() - 1));
        for (int i = 1; i < titles.size(); i++) {
            s.autoSizeColumn(i);
            s.setColumnWidth(i, Math.min(s.getColumnWidth(i) + 512, 60 * 256));
        }
        s.setColumnWidth(0, 12 * 256);
    }

    private static Object[] annexCells(AnnexExport annex, AnnexA.Row a) {
        List<Object> c = new java.util.ArrayList<>(List.of(a.metal().displayName()));
        c.add(a.smelterId());
        c.add(a.name());
        c.add(a.country());
        if (annex.withRmapStatus()) {
            c.add(a.unresolved() ? null : a.rmapStatus());
        }
        c.add(yesNo(a.sanctioned()));
        c.add(yesNo(a.coveredCountry()));
        c.add(a.supplierCount());
        c.add(AnnexExport.markers(a));
        return c.toArray();
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
