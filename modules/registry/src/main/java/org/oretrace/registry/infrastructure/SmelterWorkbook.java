package org.oretrace.registry.infrastructure;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The registry browser's Excel export, written row by row (POI streaming) so large lists stay cheap. */
public final class SmelterWorkbook {

    public static final List<String> HEADER = List.of("Smelter ID", "Metal", "Standard smelter name", "Country", "Country code",
            "City", "State / province", "Covered country", "CAHRA", "RMAP status", "RMAP category", "Status date", "RMAP source",
            "Sanctioned", "On RMI list", "Aliases");

    private SmelterWorkbook() {
    }

    /** Each row has the values of {@link #HEADER} in order (null for empty). */
    public static void write(List<List<Object>> rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("Smelters");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(HEADER.get(c));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Boolean b) {
                        row.createCell(c).setCellValue(b ? "yes" : "no");
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0, HEADER.size() - 1));
            workbook.write(out);
            workbook.dispose();
        }
    }
}
