package org.oretrace.outreach.infrastructure;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.csv.Csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an ERP export (CSV in UTF-8 or Windows-1252 through {@link Csv}, with comma, semicolon, tab or bar; or the first
 * sheet of an XLSX/XLS) into a header row and data rows of text.
 */
public final class TableReader {

    private static final int MAX_ROWS = 50_000;

    private TableReader() {
    }

    /** The rows of a file; {@code number} is the 1-based line or row number a person sees in the file. */
    public record Table(List<String> headers, List<Line> rows) implements java.io.Serializable {
    }

    public record Line(int number, List<String> cells) implements java.io.Serializable {
        public String cell(int index) {
            return index < 0 || index >= cells.size() ? null : cells.get(index);
        }
    }

    static final String EMPTY = "The file is empty: export the supplier master again, with its header row and the suppliers";

    public static Table read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessRuleException(EMPTY);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K';
        boolean ole = content.length > 7 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF;
        if (zip || ole || name.endsWith(".xlsx") || name.endsWith(".xls")) {
            return readWorkbook(content);
        }
        return readCsv(Csv.decode(content));
    }

    private static Table readWorkbook(byte[] content) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<String> headers = null;
            List<Line> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                if (cells.stream().allMatch(s -> s == null || s.isBlank())) {
                    continue;
                }
                if (headers == null) {
                    headers = cells;
                } else {
                    rows.add(new Line(row.getRowNum() + 1, cells));
                    if (rows.size() > MAX_ROWS) {
                        throw new BusinessRuleException("More than " + MAX_ROWS + " rows: split the file");
                    }
                }
            }
            if (headers == null) {
                throw new BusinessRuleException("The first sheet is empty: put the supplier list on the first sheet, with its header row");
            }
            return new Table(headers, rows);
        } catch (IOException | org.apache.poi.EncryptedDocumentException e) {
            throw new BusinessRuleException("The workbook cannot be read (" + e.getMessage() + "): save it again as .xlsx in Excel, "
                    + "or export the suppliers as CSV");
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        String value = formatter.formatCellValue(cell);
        return value == null ? null : value.strip();
    }

    static Table readCsv(String text) {
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst()
                .orElseThrow(() -> new BusinessRuleException(EMPTY));
        char delimiter = Csv.delimiterOf(firstLine, ',', ';', '\t', '|');
        List<Line> lines = new ArrayList<>();
        Csv.read(text, delimiter, true, record -> {
            if (record.fields().stream().allMatch(String::isEmpty)) {
                return;
            }
            if (lines.size() > MAX_ROWS) {
                throw new BusinessRuleException("More than " + MAX_ROWS + " rows: split the file");
            }
            lines.add(new Line(record.line(), record.fields().stream().map(f -> f.isEmpty() ? null : f).toList()));
        });
        if (lines.isEmpty()) {
            throw new BusinessRuleException(EMPTY);
        }
        return new Table(lines.get(0).cells(), List.copyOf(lines.subList(1, lines.size())));
    }
}
