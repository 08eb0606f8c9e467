package org.oretrace.intake.infrastructure;

import org.oretrace.kernel.BusinessRuleException;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A window of a stored workbook's sheet around one cell, as the file holds it: what a supplier
 * sees in Excel when a finding says "Declaration!D16". Read with the same streaming scanner as the
 * CMRT itself (only the sheet and the shared strings are inflated). Formula cells show their cached
 * result, marked as such, because labels in a CMRT are formulas that follow the display language.
 *
 * @param sheet     the sheet's name in the workbook
 * @param cell      the cell the window is centred on, e.g. "D16"
 * @param columns   column letters shown, left to right
 * @param rows      rows shown, top to bottom, each with one entry per column
 * @param value     the centred cell's content, null when empty
 */
public record SheetExcerpt(String sheet, String cell, List<String> columns, List<Row> rows, Cell value) {

    /** Rows shown above and below the cell. */
    public static final int ROWS_AROUND = 7;
    /** More columns than this are cut around the cell (the Smelter List is wider than a screen). */
    public static final int MAX_COLUMNS = 18;
    /** Long label texts are cut for the grid; the centred cell is shown in full above it. */
    static final int MAX_TEXT = 200;

    private static final Pattern REFERENCE = Pattern.compile("([A-Z]{1,3})([1-9][0-9]{0,6})");
    private static final int LAST_COLUMN = SheetScanner.LAST_COLUMN;

    public record Row(int number, List<Cell> cells) {
    }

    /**
     * @param text    the content as stored (numbers as plain decimals, dates as Excel's day numbers); null when empty
     * @param formula true when a formula made the content (the file's cached result, which Oretrace never trusts)
     * @param target  true for the cell the finding points at
     */
    public record Cell(String reference, String text, boolean numeric, boolean formula, boolean target) {

        /** The text shortened for the grid. */
        public String shortText() {
            return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
        }
    }

    /** {@link #around(byte[], String, String, ReadingLimits)} with the default limits (tests). */
    public static SheetExcerpt around(byte[] workbook, String sheet, String cell) {
        return around(workbook, sheet, cell, ReadingLimits.defaults());
    }

    /**
     * Reads the window around {@code cell} of {@code sheet} in the workbook's bytes, within the same reading
     * limits as the reader (the configured ones: a hostile original costs the cell view no more than its reading).
     *
     * @throws BusinessRuleException when the reference is no cell, the sheet is not in the workbook or the
     *                               workbook cannot be read or breaks a limit (the message says which)
     */
    public static SheetExcerpt around(byte[] workbook, String sheet, String cell, ReadingLimits limits) {
        Matcher m = cell == null ? null : REFERENCE.matcher(cell.strip().toUpperCase(java.util.Locale.ROOT));
        if (m == null || !m.matches() || columnNumber(m.group(1)) > LAST_COLUMN) {
            throw new BusinessRuleException("'" + cell + "' is not a cell reference such as D16.");
        }
        int column = columnNumber(m.group(1));
        int row = Integer.parseInt(m.group(2));
        if (workbook == null || workbook.length == 0 || FileSignature.of(workbook) != FileSignature.ZIP) {
            throw new BusinessRuleException("The original file is not an Excel workbook, so it has no cells to show.");
        }
        ReadingBudget budget = new ReadingBudget(limits);
        try (WorkbookPackage pkg = WorkbookPackage.open(workbook, budget)) {
            String part = pkg == null ? null : pkg.sheets().get(sheet);
            byte[] xml = part == null ? null : pkg.requiredPart(part);
            if (xml == null) {
                throw new BusinessRuleException("The original workbook has no sheet '" + sheet + "'.");
            }
            byte[] shared = pkg.sharedStringsPart() == null ? null : pkg.requiredPart(pkg.sharedStringsPart());
            Window window = new Window(Math.max(1, row - ROWS_AROUND), row + ROWS_AROUND);
            new SheetScanner(xml, shared == null ? null : new SharedStrings(shared, budget), window, budget).scan();
            return window.excerpt(sheet, row, column);
        } catch (IOException | SAXException | RuntimeException e) {
            if (e instanceof BusinessRuleException rule) {
                throw rule;
            }
            if (e instanceof ReadingLimitExceeded limit) {
                throw new BusinessRuleException("The original workbook cannot be shown: it breaks a reading limit ("
                        + limit.code() + "). " + limit.getMessage());
            }
            throw new BusinessRuleException("The original workbook cannot be shown: it is damaged or unsafe ("
                    + CmrtReader.classify(e).rejection().code() + ").");
        }
    }

    /** The centred cell's column letters, e.g. "D". */
    public String column() {
        return cell.replaceAll("[0-9]", "");
    }

    /** The centred cell's row number. */
    public int row() {
        return Integer.parseInt(cell.replaceAll("[A-Z]", ""));
    }

    static int columnNumber(String letters) {
        int c = 0;
        for (int i = 0; i < letters.length(); i++) {
            c = c * 26 + (letters.charAt(i) - 'A' + 1);
        }
        return c;
    }

    static String columnLetters(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }

    /** Collects every cell of the rows in the window, formula results included. */
    private static final class Window implements SheetScanner.Sink {
        private final int first;
        private final int last;
        private final Map<Long, SheetScanner.Cell> cells = new HashMap<>();
        private int minColumn = Integer.MAX_VALUE;
        private int maxColumn;

        Window(int first, int last) {
            this.first = first;
            this.last = last;
        }

        @Override
        public boolean wants(int row, int column) {
            return row >= first && row <= last && column >= 1 && column <= LAST_COLUMN;
        }

        @Override
        public void cell(int row, int column, SheetScanner.Cell cell) {
            if (cell.text() == null || cell.text().isEmpty()) {
                return;
            }
            cells.put(key(row, column), cell);
            minColumn = Math.min(minColumn, column);
            maxColumn = Math.max(maxColumn, column);
        }

        @Override
        public boolean formulaResults() {
            return true;
        }

        /** The rows below the window cost nothing: a sheet of 200,000 rows is read only down to the window. */
        @Override
        public boolean doneAfter(int row) {
            return row >= last;
        }

        private static long key(int row, int column) {
            return (long) row * (LAST_COLUMN + 1) + column;
        }

        SheetExcerpt excerpt(String sheet, int targetRow, int targetColumn) {
            int from = Math.min(minColumn, targetColumn);
            int to = Math.max(maxColumn, targetColumn);
            if (to - from + 1 > MAX_COLUMNS) {
                from = Math.max(from, targetColumn - MAX_COLUMNS / 2);
                to = Math.min(to, from + MAX_COLUMNS - 1);
            }
            List<String> columns = new ArrayList<>();
            for (int c = from; c <= to; c++) {
                columns.add(columnLetters(c));
            }
            List<Row> rows = new ArrayList<>();
            Cell value = null;
            for (int r = first; r <= last; r++) {
                List<Cell> line = new ArrayList<>();
                for (int c = from; c <= to; c++) {
                    SheetScanner.Cell found = cells.get(key(r, c));
                    boolean target = r == targetRow && c == targetColumn;
                    Cell shown = new Cell(columnLetters(c) + r, found == null ? null : found.text(),
                            found != null && found.numeric(), found != null && found.formula(), target);
                    line.add(shown);
                    if (target) {
                        value = shown;
                    }
                }
                rows.add(new Row(r, line));
            }
            return new SheetExcerpt(sheet, columnLetters(targetColumn) + targetRow, List.copyOf(columns),
                    List.copyOf(rows), value);
        }
    }
}
