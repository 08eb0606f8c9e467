package org.oretrace.intake.infrastructure;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

/**
 * What {@link CmrtWriter} and {@link EmrtWriter} share: typed values in an RMI template's cell layout (zero-based row
 * and column), dates as Excel dates, and the Smelter List's typed columns A–E, which both templates keep alike
 * (the EMRT's column B holds the mineral).
 */
final class LayoutCells {

    /** The Smelter List's data rows start at row 5 in both templates. */
    static final int FIRST_SMELTER_ROW = 5;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private CellStyle dateStyle;

    Sheet sheet(String name) {
        return workbook.createSheet(name);
    }

    /** A text cell; null leaves the cell out, as a supplier leaving it empty would. */
    static void text(Sheet sheet, int row, int column, String value) {
        if (value != null) {
            row(sheet, row).createCell(column).setCellValue(value);
        }
    }

    /** A date typed as Excel does (a serial number shown as 15-Mar-2024). */
    void date(Sheet sheet, int row, int column, LocalDate value) {
        if (dateStyle == null) {
            dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd-mmm-yyyy"));
        }
        var cell = row(sheet, row).createCell(column);
        cell.setCellValue(Date.from(value.atStartOfDay().toInstant(ZoneOffset.UTC)));
        cell.setCellStyle(dateStyle);
    }

    /** The text or date of a Declaration cell. */
    void value(Sheet sheet, int row, int column, Object value) {
        if (value instanceof LocalDate day) {
            date(sheet, row, column, day);
        } else {
            text(sheet, row, column, (String) value);
        }
    }

    /** The Smelter List: the revision in Q3, the header in row 4, the rows (A–E as typed) from row 5. */
    static void smelterList(Sheet sheet, String version, String metalHeader, List<String[]> rows) {
        text(sheet, 2, 16, "Revision " + version);
        String[] header = {"Smelter Identification", metalHeader, "Smelter Look-up", "Smelter Name", "Smelter Country"};
        for (int c = 0; c < header.length; c++) {
            text(sheet, 3, c, header[c]);
        }
        for (int i = 0; i < rows.size(); i++) {
            String[] s = rows.get(i);
            for (int c = 0; c < s.length; c++) {
                text(sheet, FIRST_SMELTER_ROW - 1 + i, c, s[c]);
            }
        }
    }

    byte[] toBytes() {
        try (XSSFWorkbook wb = workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }
}
