package org.oretrace.outreach.infrastructure;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.oretrace.kernel.BusinessRuleException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an ERP export (CSV in UTF-8 or Windows-1252, with comma, semicolon or tab; or the first
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

    public static Table read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("The file is empty");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K';
        boolean ole = content.length > 7 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF;
        if (zip || ole || name.endsWith(".xlsx") || name.endsWith(".xls")) {
            return readWorkbook(content);
        }
        return readCsv(decode(content));
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
                throw new BusinessRuleException("The first sheet is empty");
            }
            return new Table(headers, rows);
        } catch (IOException | org.apache.poi.EncryptedDocumentException e) {
            throw new BusinessRuleException("The workbook cannot be read (" + e.getMessage() + ")");
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

    static String decode(byte[] content) {
        int offset = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            // ERPs on Windows still export in the ANSI code page
            return new String(content, offset, content.length - offset, Charset.forName("windows-1252"));
        }
    }

    static Table readCsv(String text) {
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst()
                .orElseThrow(() -> new BusinessRuleException("The file is empty"));
        char delimiter = delimiter(firstLine);
        List<Line> lines = parse(text, delimiter);
        if (lines.isEmpty()) {
            throw new BusinessRuleException("The file is empty");
        }
        List<String> headers = lines.get(0).cells();
        List<Line> rows = lines.subList(1, lines.size());
        if (rows.size() > MAX_ROWS) {
            throw new BusinessRuleException("More than " + MAX_ROWS + " rows: split the file");
        }
        return new Table(headers, List.copyOf(rows));
    }

    private static char delimiter(String header) {
        char best = ',';
        long bestCount = -1;
        for (char candidate : new char[]{',', ';', '\t', '|'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    /** RFC 4180: quoted fields may hold the delimiter, doubled quotes and line breaks. */
    private static List<Line> parse(String text, char delimiter) {
        List<Line> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int lineNumber = 1;
        int startLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        lineNumber++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == delimiter) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else if (c == '\r') {
                // handled with the following \n
            } else if (c == '\n') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
                addLine(lines, startLine, cells);
                cells = new ArrayList<>();
                lineNumber++;
                startLine = lineNumber;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString().strip());
            addLine(lines, startLine, cells);
        }
        return lines;
    }

    private static void addLine(List<Line> lines, int number, List<String> cells) {
        if (cells.stream().allMatch(String::isEmpty)) {
            return;
        }
        lines.add(new Line(number, cells.stream().map(s -> s.isEmpty() ? null : s).toList()));
    }
}
