package org.oretrace.intake.infrastructure;

import org.xml.sax.SAXException;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

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
    /** A number is shown as plain digits only within this scale; beyond it (1E999999999) the text stays as stored. */
    private static final int MAX_PLAIN_SCALE = 40;

    private final XmlBytes xml;
    private final SharedStringTable strings;
    private final Sink sink;
    private final boolean formulaResults;

    private int row;
    private int column;
    private boolean wanted;
    private byte type;
    private boolean formula;
    private boolean inInline;
    private boolean inPhonetic;
    private String value;
    private StringBuilder inline;

    SheetScanner(byte[] bytes, SharedStringTable strings, Sink sink) {
        this.xml = new XmlBytes(bytes);
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
                    case "row" -> sink.endRow(row);
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
                    if (x.selfClosing) {
                        sink.endRow(row);
                    }
                }
                case "c" -> startCell();
                case "f" -> formula = true;
                case "v" -> {
                    // a formula's cached result is never what the supplier typed: not even decoded
                    if (wanted && (!formula || formulaResults) && !x.selfClosing) {
                        value = x.text();
                    }
                }
                case "is" -> {
                    if (wanted && !x.selfClosing) {
                        inInline = true;
                        inline = new StringBuilder();
                    }
                }
                case "rPh" -> inPhonetic = !x.selfClosing;
                case "t" -> {
                    if (wanted && inInline && !inPhonetic && !x.selfClosing) {
                        inline.append(x.text());
                        value = inline.toString();
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
        String ref = xml.attribute("r");
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
                if (c > LAST_COLUMN) {
                    throw new SAXException("The cell reference '" + ref + "' is beyond the last column XFD");
                }
            }
            column = c;
            if (i < ref.length()) {
                row = parseInt(ref.substring(i));
            }
        }
        wanted = sink.wants(row, column);
        formula = false;
        value = null;
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

    private void endCell() throws SAXException {
        if (!wanted) {
            return;
        }
        wanted = false;
        Cell cell = decode();
        if (cell != null) {
            sink.cell(row, column, cell);
        }
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
            case 'n' -> new Cell(plainNumber(value), true, formula);
            case 'i', 'f' -> new Cell(unescape(value), false, formula);
            default -> new Cell(value, false, formula);
        };
    }

    /**
     * Strings in a workbook escape characters XML cannot hold as {@code _xHHHH_}: Excel writes a typed
     * carriage return as {@code _x000D_} and a typed "_x" as {@code _x005F_x}. POI decodes them the same way.
     */
    static String unescape(String text) {
        if (text == null || text.indexOf("_x") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (i + 6 < text.length() && text.charAt(i) == '_' && text.charAt(i + 1) == 'x' && text.charAt(i + 6) == '_'
                    && isHex(text, i + 2, i + 6)) {
                out.append((char) Integer.parseInt(text, i + 2, i + 6, 16));
                i += 7;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int parseInt(String text) throws SAXException {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new SAXException("Not a number where one is required: '" + text + "'", e);
        }
    }

    /** "1.0E-2" and "15.0" become "0.01" and "15": what a person typed. */
    private static String plainNumber(String raw) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(s).stripTrailingZeros();
            // a hostile exponent would make toPlainString write a billion zeros
            return Math.abs(number.scale()) > MAX_PLAIN_SCALE ? s : number.toPlainString();
        } catch (NumberFormatException e) {
            return s;
        }
    }

    /** The shared strings part, indexed once; a string is decoded only when a wanted cell asks for it. */
    static final class SharedStringTable {
        private final byte[] bytes;
        private int[] starts = new int[1024];
        private int count;

        SharedStringTable(byte[] bytes) throws SAXException {
            this.bytes = bytes;
            XmlBytes x = new XmlBytes(bytes);
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
            XmlBytes x = new XmlBytes(bytes);
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
                }
            }
            return unescape(text.toString());
        }
    }

    /** A cursor over XML bytes (UTF-8): tags with their local name and attributes, text with entities and CDATA. */
    static final class XmlBytes {
        private final byte[] b;
        int pos;
        String name;
        boolean closing;
        boolean selfClosing;
        private int attrStart;
        private int attrEnd;

        private int tagStart;
        private int nameFrom;
        private int nameTo;
        private String root;
        private boolean rootClosed;

        XmlBytes(byte[] bytes) {
            this.b = bytes;
        }

        /** Remembers the document element, to notice a part that was cut off. */
        void trackRoot() {
            if (root == null && !closing) {
                root = new String(b, nameFrom, nameTo - nameFrom, StandardCharsets.UTF_8);
            } else if (closing && root != null && nameTo - nameFrom == root.length()
                    && root.equals(new String(b, nameFrom, nameTo - nameFrom, StandardCharsets.UTF_8))) {
                rootClosed = true;
            }
        }

        void requireComplete() throws SAXException {
            if (root == null || !rootClosed) {
                throw new SAXException("XML document structures must start and end within the same entity "
                        + "(the part is cut off)");
            }
        }

        /** Moves to the next start or end tag; false at the end of the document. */
        boolean nextTag() throws SAXException {
            while (true) {
                int lt = indexOf((byte) '<', pos);
                if (lt < 0 || lt + 1 >= b.length) {
                    pos = b.length;
                    return false;
                }
                byte next = b[lt + 1];
                if (next == '?') {
                    pos = skipPast(lt, "?>");
                    continue;
                }
                if (next == '!') {
                    if (startsWith(lt, "<!--")) {
                        pos = skipPast(lt, "-->");
                    } else if (startsWith(lt, "<![CDATA[")) {
                        pos = skipPast(lt, "]]>");
                    } else {
                        throw new SAXException("DOCTYPE is disallowed: a workbook part declares a document type "
                                + "(external entities)");
                    }
                    continue;
                }
                closing = next == '/';
                int nameStart = closing ? lt + 2 : lt + 1;
                int i = nameStart;
                int local = nameStart;
                while (i < b.length) {
                    byte c = b[i];
                    if (c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\n' || c == '\r') {
                        break;
                    }
                    if (c == ':') {
                        local = i + 1;
                    }
                    i++;
                }
                tagStart = lt;
                nameFrom = nameStart;
                nameTo = i;
                name = localName(local, i);
                int gt = indexOf((byte) '>', i);
                if (gt < 0) {
                    throw new SAXException("XML document structures must start and end within the same entity");
                }
                attrStart = i;
                attrEnd = gt;
                selfClosing = !closing && b[gt - 1] == '/';
                if (selfClosing) {
                    attrEnd = gt - 1;
                }
                pos = gt + 1;
                return true;
            }
        }

        private String localName(int from, int to) {
            int len = to - from;
            // the few names the readers compare, without allocating for them
            if (len == 1) {
                switch (b[from]) {
                    case 'c': return "c";
                    case 'f': return "f";
                    case 'v': return "v";
                    case 't': return "t";
                    case 'r': return "r";
                    default: break;
                }
            } else if (len == 2 && b[from] == 'i' && b[from + 1] == 's') {
                return "is";
            } else if (len == 2 && b[from] == 's' && b[from + 1] == 'i') {
                return "si";
            } else if (len == 3 && b[from] == 'r' && b[from + 1] == 'o' && b[from + 2] == 'w') {
                return "row";
            } else if (len == 3 && b[from] == 'r' && b[from + 1] == 'P' && b[from + 2] == 'h') {
                return "rPh";
            }
            return "";
        }

        /** The current tag's local name, whatever it is (allocates: for the small package parts). */
        String anyName() {
            int local = nameFrom;
            for (int k = nameFrom; k < nameTo; k++) {
                if (b[k] == ':') {
                    local = k + 1;
                }
            }
            return new String(b, local, nameTo - local, StandardCharsets.UTF_8);
        }

        /** An attribute by its local name, with or without a prefix (r:id). */
        String attributeAnyPrefix(String attr) throws SAXException {
            return attribute(attr, true);
        }

        /** The value of an attribute of the current tag, entities decoded; null when absent. */
        String attribute(String attr) throws SAXException {
            return attribute(attr, false);
        }

        private String attribute(String attr, boolean anyPrefix) throws SAXException {
            int i = attrStart;
            int n = attr.length();
            while (i < attrEnd) {
                while (i < attrEnd && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) {
                    i++;
                }
                int nameStart = i;
                // XML allows white space around '=': name = 'value'
                while (i < attrEnd && b[i] != '=' && b[i] != ' ' && b[i] != '\t' && b[i] != '\n' && b[i] != '\r') {
                    i++;
                }
                int nameEnd = i;
                while (i < attrEnd && b[i] != '"' && b[i] != '\'') {
                    i++;
                }
                if (i >= attrEnd) {
                    return null;
                }
                byte quote = b[i];
                int valueStart = i + 1;
                int valueEnd = valueStart;
                while (valueEnd < attrEnd && b[valueEnd] != quote) {
                    valueEnd++;
                }
                if (valueEnd >= attrEnd) {
                    throw new SAXException("Broken attribute in a workbook part");
                }
                int local = nameStart;
                for (int k = nameStart; k < nameEnd; k++) {
                    if (b[k] == ':') {
                        local = k + 1;
                    }
                }
                if (nameEnd - local == n && matches(local, attr) && (anyPrefix || local == nameStart)) {
                    return decode(valueStart, valueEnd);
                }
                i = valueEnd + 1;
            }
            return null;
        }

        /** The text from here to the next tag, with CDATA sections and entities resolved. */
        String text() throws SAXException {
            StringBuilder out = null;
            String single = null;
            while (pos < b.length) {
                int lt = indexOf((byte) '<', pos);
                if (lt < 0) {
                    throw new SAXException("XML document structures must start and end within the same entity");
                }
                String piece = decode(pos, lt);
                if (startsWith(lt, "<![CDATA[")) {
                    int end = find(lt + 9, "]]>");
                    if (end < 0) {
                        throw new SAXException("Unterminated CDATA section");
                    }
                    out = out == null ? new StringBuilder() : out;
                    out.append(piece).append(new String(b, lt + 9, end - lt - 9, StandardCharsets.UTF_8));
                    pos = end + 3;
                    continue;
                }
                pos = lt;
                if (out == null) {
                    single = piece;
                } else {
                    out.append(piece);
                }
                break;
            }
            return out == null ? single : out.toString();
        }

        private String decode(int from, int to) throws SAXException {
            int amp = -1;
            for (int i = from; i < to; i++) {
                if (b[i] == '&') {
                    amp = i;
                    break;
                }
            }
            if (amp < 0) {
                return new String(b, from, to - from, StandardCharsets.UTF_8);
            }
            String raw = new String(b, from, to - from, StandardCharsets.UTF_8);
            StringBuilder out = new StringBuilder(raw.length());
            int i = 0;
            while (i < raw.length()) {
                char c = raw.charAt(i);
                if (c != '&') {
                    out.append(c);
                    i++;
                    continue;
                }
                int semi = raw.indexOf(';', i);
                if (semi < 0) {
                    throw new SAXException("Broken entity reference in a workbook part");
                }
                String entity = raw.substring(i + 1, semi);
                switch (entity) {
                    case "amp" -> out.append('&');
                    case "lt" -> out.append('<');
                    case "gt" -> out.append('>');
                    case "quot" -> out.append('"');
                    case "apos" -> out.append('\'');
                    default -> {
                        if (!entity.startsWith("#")) {
                            throw new SAXException("The entity '" + entity + "' is not declared (external entity)");
                        }
                        try {
                            int code = entity.startsWith("#x") || entity.startsWith("#X")
                                    ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
                            out.appendCodePoint(code);
                        } catch (IllegalArgumentException e) {
                            throw new SAXException("Broken character reference &" + entity + ";", e);
                        }
                    }
                }
                i = semi + 1;
            }
            return out.toString();
        }

        private boolean matches(int at, String text) {
            for (int k = 0; k < text.length(); k++) {
                if (b[at + k] != text.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        private boolean startsWith(int at, String text) {
            return at + text.length() <= b.length && matches(at, text);
        }

        private int indexOf(byte value, int from) {
            for (int i = from; i < b.length; i++) {
                if (b[i] == value) {
                    return i;
                }
            }
            return -1;
        }

        private int find(int from, String text) {
            byte first = (byte) text.charAt(0);
            for (int i = from; i + text.length() <= b.length; i++) {
                if (b[i] == first && matches(i, text)) {
                    return i;
                }
            }
            return -1;
        }

        private int skipPast(int from, String end) throws SAXException {
            int at = find(from, end);
            if (at < 0) {
                throw new SAXException("XML document structures must start and end within the same entity");
            }
            return at + end.length();
        }
    }
}
