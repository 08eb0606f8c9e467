package org.oretrace.intake.infrastructure;

import org.xml.sax.SAXException;

/**
 * The shared strings part, indexed once; a string is decoded only when a wanted cell asks for it, within
 * the budget: each string at most a cell's length (checked run by run, so a string of many rich-text runs
 * costs what its bytes cost), and every reference counted against the workbook's text budget.
 */
final class SharedStrings {
    private final byte[] bytes;
    private final ReadingBudget budget;
    private int[] starts = new int[1024];
    private int count;
    /** The string asked last: a column of cells repeating one text (or an attack doing so) decodes it once. */
    private int lastIndex = -1;
    private String last;

    SharedStrings(byte[] bytes) throws SAXException {
        this(bytes, ReadingBudget.standard());
    }

    SharedStrings(byte[] bytes, ReadingBudget budget) throws SAXException {
        this.bytes = bytes;
        this.budget = budget;
        XmlBytes x = new XmlBytes(bytes, budget);
        while (x.nextTag()) {
            if (!x.closing && x.name.equals("si")) {
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = x.selfClosing ? -1 : x.pos;
            }
        }
    }

    int count() {
        return count;
    }

    String get(int index) throws SAXException {
        int start = starts[index];
        if (start < 0) {
            return "";
        }
        if (index == lastIndex) {
            budget.spendText(last.length());
            return last;
        }
        XmlBytes x = new XmlBytes(bytes, budget);
        x.pos = start;
        StringBuilder text = new StringBuilder();
        boolean phonetic = false;
        while (x.nextTag()) {
            if (x.closing) {
                if (x.name.equals("si")) {
                    break;
                }
                if (x.name.equals("rPh")) {
                    phonetic = false;
                }
            } else if (x.name.equals("rPh")) {
                phonetic = !x.selfClosing;
            } else if (x.name.equals("t") && !phonetic && !x.selfClosing) {
                text.append(x.text());
                budget.checkCell(text.length(), "Shared string " + index);
            }
        }
        budget.spendText(text.length());
        last = CellText.unescape(text.toString());
        lastIndex = index;
        return last;
    }
}
