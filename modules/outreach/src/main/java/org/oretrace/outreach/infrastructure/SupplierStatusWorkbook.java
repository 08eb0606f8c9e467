package org.oretrace.outreach.infrastructure;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** The supplier status table of a campaign as an Excel workbook, for the auditor's file. */
public final class SupplierStatusWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String[] HEADERS = {"Supplier number", "Supplier", "Category", "Country", "In scope", "Supplier status",
            "Request status", "Requested on", "Reminders", "Escalated on", "Responded on", "Declaration", "Internal owner",
            "Primary contact", "Contract clause", "Templates back"};

    private SupplierStatusWorkbook() {
    }

    public record StatusRow(String supplierNumber, String supplier, String category, String country, boolean inScope,
                       String supplierStatus, String requestStatus, LocalDate requestedOn, int reminders, LocalDate escalatedOn,
                       LocalDate respondedOn, Long declarationId, String owner, String primaryContact, boolean contractClause,
                       String templatesBack) {
    }

    public static byte[] write(int year, String summary, List<StatusRow> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Suppliers " + year);
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("Conflict minerals survey " + year + ": " + summary);
            title.getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(2);
            for (int i = 0; i < HEADERS.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(HEADERS[i]);
                cell.setCellStyle(bold);
            }
            int r = 3;
            for (StatusRow row : rows) {
                Row x = sheet.createRow(r++);
                int c = 0;
                x.createCell(c++).setCellValue(row.supplierNumber());
                x.createCell(c++).setCellValue(row.supplier());
                text(x, c++, row.category());
                text(x, c++, row.country());
                x.createCell(c++).setCellValue(row.inScope() ? "Yes" : "No");
                text(x, c++, row.supplierStatus());
                text(x, c++, row.requestStatus());
                date(x, c++, row.requestedOn(), date);
                x.createCell(c++).setCellValue(row.reminders());
                date(x, c++, row.escalatedOn(), date);
                date(x, c++, row.respondedOn(), date);
                if (row.declarationId() != null) {
                    x.createCell(c).setCellValue(row.declarationId());
                }
                c++;
                text(x, c++, row.owner());
                text(x, c++, row.primaryContact());
                x.createCell(c++).setCellValue(row.contractClause() ? "Yes" : "No");
                // a campaign asking for the CMRT and the EMRT: which came back ("CMRT back, EMRT missing")
                text(x, c, row.templatesBack() == null || row.templatesBack().isEmpty() ? null : row.templatesBack());
            }
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(2, Math.max(2, r - 1), 0, HEADERS.length - 1));
            sheet.createFreezePane(2, 3);
            for (int i = 0; i < HEADERS.length; i++) {
                sheet.setColumnWidth(i, i == 1 ? 40 * 256 : 18 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void date(Row row, int column, LocalDate value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }
}
