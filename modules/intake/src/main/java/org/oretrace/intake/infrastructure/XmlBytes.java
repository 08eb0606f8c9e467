package org.oretrace.intake.infrastructure;

import org.xml.sax.SAXException;

import java.nio.charset.StandardCharsets;

/**
 * A cursor over XML bytes (UTF-8): tags with their local name and attributes, text with entities and CDATA.
 * Linear in the bytes and without recursion; it still refuses nesting beyond the budget's depth, and stops
 * when the budget's deadline passes.
 */
final class XmlBytes {
    /** Tags walked between two looks at the clock. */
    private static final int TAGS_PER_TIME_CHECK = 4096;

    private final byte[] b;
    private final ReadingBudget budget;
    private int depth;
    private int tagsUntilTimeCheck = TAGS_PER_TIME_CHECK;
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

    XmlBytes(byte[] bytes, ReadingBudget budget) {
        this.b = bytes;
        this.budget = budget;
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
            if (next == '?' || next == '!') {
                pos = skipMarkup(lt, next);
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
            if (closing) {
                depth--;
            } else if (!selfClosing && ++depth > 8) {
                budget.checkDepth(depth);
            }
            if (--tagsUntilTimeCheck == 0) {
                tagsUntilTimeCheck = TAGS_PER_TIME_CHECK;
                budget.checkTime();
            }
            return true;
        }
    }

    /** Past a processing instruction, comment or CDATA section starting at {@code lt}; a DOCTYPE is refused. */
    private int skipMarkup(int lt, byte next) throws SAXException {
        if (next == '?') {
            return skipPast(lt, "?>");
        }
        if (startsWith(lt, "<!--")) {
            return skipPast(lt, "-->");
        }
        if (startsWith(lt, "<![CDATA[")) {
            return skipPast(lt, "]]>");
        }
        throw new SAXException("DOCTYPE is disallowed: a workbook part declares a document type (external entities)");
    }

    /**
     * Moves to the end tag with this local name (say the current row's), without reading what lies between: the next
     * {@link #nextTag} returns that end tag. The tags in between still count for the nesting depth and the deadline,
     * comments and CDATA are skipped as {@link #nextTag} skips them, and a DOCTYPE is refused as there.
     */
    void skipToEndTag(String local) throws SAXException {
        while (true) {
            int lt = indexOf((byte) '<', pos);
            if (lt < 0 || lt + 1 >= b.length) {
                pos = b.length;
                return;
            }
            byte next = b[lt + 1];
            if (next == '?' || next == '!') {
                pos = skipMarkup(lt, next);
                continue;
            }
            int gt = indexOf((byte) '>', lt + 1);
            if (gt < 0) {
                throw new SAXException("XML document structures must start and end within the same entity");
            }
            if (next == '/') {
                int i = lt + 2;
                int from = i;
                while (i < gt && b[i] != ' ' && b[i] != '\t' && b[i] != '\n' && b[i] != '\r') {
                    if (b[i] == ':') {
                        from = i + 1;
                    }
                    i++;
                }
                if (i - from == local.length() && matches(from, local)) {
                    pos = lt;
                    return;
                }
                depth--;
            } else if (b[gt - 1] != '/' && ++depth > 8) {
                budget.checkDepth(depth);
            }
            pos = gt + 1;
            if (--tagsUntilTimeCheck == 0) {
                tagsUntilTimeCheck = TAGS_PER_TIME_CHECK;
                budget.checkTime();
            }
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
        long span = span(attr, anyPrefix);
        return span < 0 ? null : decode((int) (span >>> 32), (int) span);
    }

    /**
     * Where the value of an attribute (without prefix) of the current tag lies, as {@code from << 32 | to}, entities
     * not decoded; -1 when absent. For the cell reference of every cell, read without making a String of it.
     */
    long attributeSpan(String attr) throws SAXException {
        return span(attr, false);
    }

    /** The byte at an index of the part. */
    byte at(int index) {
        return b[index];
    }

    /** The text of a span, entities decoded. */
    String decodeSpan(long span) throws SAXException {
        return decode((int) (span >>> 32), (int) span);
    }

    private long span(String attr, boolean anyPrefix) throws SAXException {
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
                return -1;
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
                return ((long) valueStart << 32) | valueEnd;
            }
            i = valueEnd + 1;
        }
        return -1;
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
        if (ByteSearch.indexOf(b, (byte) '&', from, to) < 0) {
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
        return ByteSearch.indexOf(b, value, from, b.length);
    }

    private int find(int from, String text) {
        byte first = (byte) text.charAt(0);
        int last = b.length - text.length();
        for (int i = ByteSearch.indexOf(b, first, from, last + 1); i >= 0; i = ByteSearch.indexOf(b, first, i + 1, last + 1)) {
            if (matches(i, text)) {
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
