package org.oretrace.intake.infrastructure;

import org.xml.sax.SAXException;


/**
 * Walks a worksheet part's bytes and hands the wanted cells to a {@link Sink}. A CMRT's Smelter
 * List is ~5.7 MB of XML, almost all of it formulas nobody wants; a general XML parser spends
 * most of a read on it, so this scanner only looks for the few elements that matter (row, c, f,
 * v, is/t) and decodes text only for wanted cells. It understands namespace prefixes, entities,
 * CDATA, comments and inline strings, and refuses a DOCTYPE (external entities) like a secure
 * parser would. Not thread-safe; one per part.
 */
final class SheetScanner {

    /** What the reader wants from a sheet. Rows and columns are 1-based (A = 1). */
    interface Sink {
        boolean wants(int row, int column);

        void cell(int row, int column, Cell cell);

        default void endRow(int row) {
        }

        /**
         * The last column of the row that may be wanted: the rest of the row is skipped unread from the first cell
         * beyond it (cells come in column order within a row, as Excel writes them and requires).
         */
        default int lastColumn(int row) {
            return LAST_COLUMN;
        }

        /** True when nothing after this row is wanted: the scan stops there (rows come in ascending order). */
        default boolean doneAfter(int row) {
            return false;
        }

        /** Whether formula cells should carry their cached result (only for showing a file as it is, never for reading it). */
        default boolean formulaResults() {
            return false;
        }
    }

    /** A cell's content: text (numbers as plain decimal text), whether it is a number, whether a formula made it. */
    record Cell(String text, boolean numeric, boolean formula) {

        /** The value the supplier typed, or null for formulas and blanks. */
        String typed() {
            return formula || text == null || text.isBlank() ? null : text.strip();
        }

        Double number() {
            if (!numeric || text == null) {
                return null;
            }
            try {
                double number = Double.parseDouble(text);
                return Double.isFinite(number) ? number : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /** XFD, the last column a worksheet can have. */
    static final int LAST_COLUMN = 16_384;

    private final XmlBytes xml;
    private final ReadingBudget budget;
    private final SharedStrings strings;
    private final Sink sink;
    private final boolean formulaResults;

    private int row;
    private int column;
    private boolean wanted;
    private byte type;
    private boolean formula;
    private boolean inInline;
    /** Between a row's start and end tag: only there may the rest of a row be skipped. */
    private boolean inRow;
    private boolean inPhonetic;
    private String value;
    /** An inline string's runs, joined once at the end of the cell (joining at each run is quadratic). */
    private final StringBuilder inline = new StringBuilder();
    private boolean inlineText;

    SheetScanner(byte[] bytes, SharedStrings strings, Sink sink) {
        this(bytes, strings, sink, ReadingBudget.standard());
    }

    SheetScanner(byte[] bytes, SharedStrings strings, Sink sink, ReadingBudget budget) {
        this.xml = new XmlBytes(bytes, budget);
        this.budget = budget;
        this.strings = strings;
        this.sink = sink;
        this.formulaResults = sink.formulaResults();
    }

    void scan() throws SAXException {
        XmlBytes x = xml;
        while (x.nextTag()) {
            x.trackRoot();
            if (x.closing) {
                switch (x.name) {
                    case "c" -> endCell();
                    case "row" -> {
                        inRow = false;
                        sink.endRow(row);
                        if (sink.doneAfter(row)) {
                            return;
                        }
                    }
                    case "is" -> inInline = false;
                    case "rPh" -> inPhonetic = false;
                    default -> {
                        // nothing to finish
                    }
                }
                continue;
            }
            switch (x.name) {
                case "row" -> {
                    String r = x.attribute("r");
                    row = r == null ? row + 1 : parseInt(r);
                    column = 0;
                    inRow = !x.selfClosing;
                    if (x.selfClosing) {
                        sink.endRow(row);
                        if (sink.doneAfter(row)) {
                            return;
                        }
                    }
                }
                case "c" -> startCell();
                case "f" -> formula = true;
                case "v" -> {
                    // a formula's cached result is never what the supplier typed: not even decoded
                    if (wanted && (!formula || formulaResults) && !x.selfClosing) {
                        value = x.text();
                        budget.checkCell(value.length(), where());
                    }
                }
                case "is" -> {
                    if (wanted && !x.selfClosing) {
                        inInline = true;
                        inline.setLength(0);
                        inlineText = false;
                    }
                }
                case "rPh" -> inPhonetic = !x.selfClosing;
                case "t" -> {
                    if (wanted && inInline && !inPhonetic && !x.selfClosing) {
                        inline.append(x.text());
                        inlineText = true;
                        budget.checkCell(inline.length(), where());
                    }
                }
                default -> {
                    // formatting, merged cells, validations: nothing we read
                }
            }
        }
        x.requireComplete();
    }

    private void startCell() throws SAXException {
        long span = xml.attributeSpan("r");
        if (span < 0) {
            column++;
        } else if (!plainReference((int) (span >>> 32), (int) span)) {
            String ref = xml.decodeSpan(span);
            int c = 0;
            int i = 0;
            for (; i < ref.length(); i++) {
                char ch = ref.charAt(i);
                if (ch < 'A' || ch > 'Z') {
                    break;
                }
                c = c * 26 + (ch - 'A' + 1);
                if (c > LAST_COLUMN) {
                    throw new SAXException("The cell reference '" + ref + "' is beyond the last column XFD");
                }
            }
            column = c;
            if (i < ref.length()) {
                row = parseInt(ref.substring(i));
            }
        }
        if (inRow && column > sink.lastColumn(row)) {
            // issue 18: a Smelter List row's formula columns after Q were a third of its bytes, all scanned cell by cell
            wanted = false;
            xml.skipToEndTag("row");
            return;
        }
        wanted = sink.wants(row, column);
        formula = false;
        value = null;
        inlineText = false;
        type = 'n';
        if (wanted) {
            String t = xml.attribute("t");
            type = t == null || t.isEmpty() ? (byte) 'n' : switch (t) {
                case "s" -> (byte) 's';
                case "inlineStr" -> (byte) 'i';
                case "b" -> (byte) 'b';
                case "e" -> (byte) 'e';
                case "str" -> (byte) 'f';
                case "d" -> (byte) 'd';
                default -> (byte) 'n';
            };
        }
        if (xml.selfClosing) {
            wanted = false;
        }
    }

    /**
     * A reference as Excel writes it (capital letters, then 1 to 9 digits) read straight from the bytes (issue 18:
     * a String and a substring for every cell were a sixth of what reading allocated); false for anything else,
     * which the general path then reads with its checks and messages.
     */
    private boolean plainReference(int from, int to) {
        int i = from;
        int c = 0;
        for (byte ch; i < to && (ch = xml.at(i)) >= 'A' && ch <= 'Z'; i++) {
            c = c * 26 + (ch - 'A' + 1);
            if (c > LAST_COLUMN) {
                return false;
            }
        }
        if (to - i < 1 || to - i > 9) {
            return false;
        }
        int r = 0;
        for (; i < to; i++) {
            byte d = xml.at(i);
            if (d < '0' || d > '9') {
                return false;
            }
            r = r * 10 + (d - '0');
        }
        column = c;
        row = r;
        return true;
    }

    private void endCell() throws SAXException {
        if (!wanted) {
            return;
        }
        wanted = false;
        if (inlineText) {
            value = inline.toString();
            inlineText = false;
            inline.setLength(0);
        }
        Cell cell = decode();
        if (cell != null) {
            if (cell.text() != null && type != 's') {
                budget.spendText(cell.text().length());
            }
            sink.cell(row, column, cell);
        }
    }

    /** The cell being read, for a message ("Cell AB12"). */
    private String where() {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return "Cell " + letters + row;
    }

    private Cell decode() throws SAXException {
        if (formula && (!formulaResults || value == null)) {
            return new Cell(null, false, true);
        }
        if (value == null) {
            return null;
        }
        return switch (type) {
            case 's' -> {
                int index = parseInt(value.strip());
                if (strings == null || index < 0 || index >= strings.count()) {
                    throw new SAXException("Shared string " + index + " does not exist");
                }
                yield new Cell(strings.get(index), false, formula);
            }
            case 'b' -> new Cell("1".equals(value.strip()) ? "TRUE" : "FALSE", false, formula);
            case 'e' -> new Cell(null, false, formula);
            case 'n' -> {
                budget.checkNumber(value.length(), where());
                yield new Cell(CellText.plainNumber(value), true, formula);
            }
            case 'i', 'f' -> new Cell(CellText.unescape(value), false, formula);
            default -> new Cell(value, false, formula);
        };
    }

    private static int parseInt(String text) throws SAXException {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new SAXException("Not a number where one is required: '"
                    + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'", e);
        }
    }
}
