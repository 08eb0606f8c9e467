package org.oretrace.intake.infrastructure;

import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.math.BigDecimal;

/**
 * Walks one worksheet part with SAX and hands the wanted cells to a {@link Sink}, doing as little as
 * possible for the cells nobody wants (a CMRT Smelter List carries ~2,500 rows of formulas). Knows
 * shared strings, inline strings (openpyxl), formula strings and numbers, and tells whether a cell
 * holds a formula: a formula's cached result is never what the supplier typed.
 */
final class SheetCells extends DefaultHandler {

    /** What the reader wants from a sheet. Rows and columns are 1-based (A = 1). */
    interface Sink {
        boolean wants(int row, int column);

        void cell(int row, int column, Cell cell);

        default void endRow(int row) {
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
                return Double.valueOf(text);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    private final SharedStrings sharedStrings;
    private final Sink sink;
    private final StringBuilder text = new StringBuilder(64);

    private int row;
    private int column;
    private boolean wanted;
    private String type;
    private boolean formula;
    private boolean capturing;
    private boolean inInlineString;
    private boolean inPhonetic;
    private String value;

    SheetCells(SharedStrings sharedStrings, Sink sink) {
        this.sharedStrings = sharedStrings;
        this.sink = sink;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "c" -> startCell(attributes);
            case "row" -> {
                String r = attributes.getValue("r");
                row = r == null ? row + 1 : Integer.parseInt(r);
                column = 0;
            }
            case "f" -> formula = true;
            case "v" -> {
                if (wanted) {
                    capturing = true;
                    text.setLength(0);
                }
            }
            case "is" -> {
                if (wanted) {
                    inInlineString = true;
                    text.setLength(0);
                }
            }
            case "t" -> capturing = wanted && inInlineString && !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> {
                // other elements (formatting, merged cells, validations) carry nothing we read
            }
        }
    }

    private void startCell(Attributes attributes) {
        String ref = attributes.getValue("r");
        if (ref == null) {
            column++;
        } else {
            int c = 0;
            int i = 0;
            for (; i < ref.length(); i++) {
                char ch = ref.charAt(i);
                if (ch < 'A' || ch > 'Z') {
                    break;
                }
                c = c * 26 + (ch - 'A' + 1);
            }
            column = c;
            if (i < ref.length()) {
                row = Integer.parseInt(ref, i, ref.length(), 10);
            }
        }
        wanted = sink.wants(row, column);
        type = wanted ? attributes.getValue("t") : null;
        formula = false;
        value = null;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (capturing) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v" -> {
                if (capturing) {
                    value = text.toString();
                    capturing = false;
                }
            }
            case "t" -> capturing = false;
            case "rPh" -> inPhonetic = false;
            case "is" -> {
                if (inInlineString) {
                    value = text.toString();
                    inInlineString = false;
                }
            }
            case "c" -> {
                if (wanted) {
                    Cell cell = decode();
                    if (cell != null) {
                        sink.cell(row, column, cell);
                    }
                    wanted = false;
                }
            }
            case "row" -> sink.endRow(row);
            default -> {
                // nothing to finish
            }
        }
    }

    private Cell decode() throws SAXException {
        if (value == null) {
            return formula ? new Cell(null, false, true) : null;
        }
        if (type == null || "n".equals(type)) {
            return new Cell(plainNumber(value), true, formula);
        }
        return switch (type) {
            case "s" -> {
                if (sharedStrings == null) {
                    throw new SAXException("A cell refers to shared strings but the workbook has none");
                }
                int index;
                try {
                    index = Integer.parseInt(value.strip());
                } catch (NumberFormatException e) {
                    throw new SAXException("Broken shared string reference '" + value + "'", e);
                }
                if (index < 0 || index >= sharedStrings.getCount()) {
                    throw new SAXException("Shared string " + index + " does not exist");
                }
                yield new Cell(sharedStrings.getItemAt(index).getString(), false, formula);
            }
            case "b" -> new Cell("1".equals(value.strip()) ? "TRUE" : "FALSE", false, formula);
            case "e" -> new Cell(null, false, formula);
            default -> new Cell(value, false, formula); // str, inlineStr, d (ISO date text)
        };
    }

    /** "1.0E-2" and "15.0" become "0.01" and "15": what a person typed. */
    private static String plainNumber(String raw) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(s);
            return number.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return s;
        }
    }
}
