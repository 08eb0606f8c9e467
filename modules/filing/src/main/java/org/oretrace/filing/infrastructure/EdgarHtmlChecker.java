package org.oretrace.filing.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a document against the EDGAR Filer Manual's rules for official HTML documents (Volume II, 5.2.2):
 * the HTML 3.2/4.01 subset of tags and attributes, no active content, no references outside the submission
 * except to sec.gov, only printable ASCII bytes, and EDGAR's file-name rules. Reports every violation with its
 * line and column so that a person can fix the document.
 */
public class EdgarHtmlChecker {

    public record Violation(int line, int column, String rule, String message) implements java.io.Serializable {
        @Override
        public String toString() {
            return "line " + line + ", column " + column + ": " + message + " [" + rule + "]";
        }
    }

    static final Set<String> ALLOWED_TAGS = Set.of(
            "a", "address", "b", "big", "blockquote", "body", "br", "caption", "center", "cite", "code", "dd", "dfn",
            "dir", "div", "dl", "dt", "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "html", "i",
            "img", "kbd", "li", "menu", "ol", "p", "pre", "samp", "small", "strike", "strong", "sub", "sup", "table",
            "td", "th", "title", "tr", "tt", "u", "ul", "var",
            // HTML 4.01 additions EDGAR accepts
            "abbr", "acronym", "col", "colgroup", "del", "ins", "q", "s", "span", "tbody", "tfoot", "thead", "meta");

    static final Set<String> ACTIVE_CONTENT = Set.of("script", "applet", "object", "embed", "param", "form",
            "input", "button", "select", "option", "textarea", "iframe", "frame", "frameset", "noscript", "link",
            "base", "style", "bgsound", "marquee", "isindex");

    static final Set<String> ALLOWED_ATTRIBUTES = Set.of("align", "valign", "width", "height", "border",
            "cellpadding", "cellspacing", "colspan", "rowspan", "bgcolor", "color", "size", "face", "style", "id",
            "name", "href", "src", "alt", "title", "class", "lang", "dir", "nowrap", "type", "start", "value",
            "compact", "noshade", "clear", "summary", "scope", "headers", "abbr", "axis", "char", "charoff", "frame",
            "rules", "span", "hspace", "vspace", "content", "http-equiv", "cite", "datetime");

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)([^>]*)>|<!--.*?-->|<!DOCTYPE[^>]*>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,32}");
    private static final Pattern SEC_GOV = Pattern.compile("https?://([A-Za-z0-9-]+\\.)*sec\\.gov(/.*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOCAL_IMAGE = Pattern.compile("[A-Za-z0-9_.-]{1,32}\\.(jpe?g|gif)", Pattern.CASE_INSENSITIVE);

    public List<Violation> check(byte[] document) {
        List<Violation> violations = new ArrayList<>();
        int[] lineStarts = checkBytes(document, violations);
        String html = new String(document, java.nio.charset.StandardCharsets.ISO_8859_1);
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            if (m.group(2) == null) {
                continue; // comment or DOCTYPE
            }
            String tag = m.group(2).toLowerCase(Locale.ROOT);
            int at = m.start();
            if (ACTIVE_CONTENT.contains(tag)) {
                violations.add(at(lineStarts, at, "active-content",
                        "<" + tag + "> is active content or an external resource, which EDGAR does not accept"));
                continue;
            }
            if (!ALLOWED_TAGS.contains(tag)) {
                violations.add(at(lineStarts, at, "tag", "<" + tag + "> is not among the HTML tags EDGAR accepts"));
                continue;
            }
            if (m.group(1).isEmpty()) {
                checkAttributes(tag, m.group(3), m.start(3), lineStarts, violations);
            }
        }
        Matcher entity = Pattern.compile("&#[xX]?([0-9A-Fa-f]+);").matcher(html);
        while (entity.find()) {
            // a reference to a control character is as invalid as the raw byte
            String digits = entity.group(1);
            long cp = entity.group().charAt(2) == 'x' || entity.group().charAt(2) == 'X'
                    ? Long.parseLong(digits, 16) : parseDecimal(digits);
            if (cp < 0x20 && cp != 9 && cp != 10 && cp != 13 || cp >= 0x7F && cp < 0xA0 || cp > 0x10FFFF) {
                violations.add(at(lineStarts, entity.start(), "character-reference",
                        entity.group() + " refers to a control or invalid character"));
            }
        }
        return violations;
    }

    /** EDGAR file names: at most 32 characters from letters, digits, '-', '_' and '.'. */
    public List<Violation> checkFileName(String fileName) {
        if (fileName != null && FILE_NAME.matcher(fileName).matches() && !fileName.startsWith(".")) {
            return List.of();
        }
        return List.of(new Violation(0, 0, "file-name", "File name '" + fileName
                + "' must be 1 to 32 characters of letters, digits, '-', '_' and '.'"));
    }

    private static int[] checkBytes(byte[] document, List<Violation> violations) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int line = 1;
        int col = 1;
        for (int i = 0; i < document.length; i++) {
            int b = document[i] & 0xFF;
            if (b == '\n') {
                starts.add(i + 1);
                line++;
                col = 1;
                continue;
            }
            if (b > 0x7E || b < 0x20 && b != '\t' && b != '\r') {
                violations.add(new Violation(line, col, "ascii", String.format(
                        "byte 0x%02X is not printable ASCII: write the character as a numeric character reference", b)));
            }
            col++;
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void checkAttributes(String tag, String attributes, int offset, int[] lineStarts, List<Violation> violations) {
        Matcher a = ATTRIBUTE.matcher(attributes);
        while (a.find()) {
            String name = a.group(1).toLowerCase(Locale.ROOT);
            String value = a.group(2) == null ? "" : unquote(a.group(2));
            int at = offset + a.start();
            if (name.startsWith("on")) {
                violations.add(at(lineStarts, at, "active-content", "event handler " + name + " on <" + tag + "> is active content"));
            } else if (!ALLOWED_ATTRIBUTES.contains(name)) {
                violations.add(at(lineStarts, at, "attribute", "attribute " + name + " on <" + tag + "> is not allowed"));
            } else if (name.equals("href")) {
                if (!(value.startsWith("#") || SEC_GOV.matcher(value).matches() || isLocalFile(value))) {
                    violations.add(at(lineStarts, at, "external-reference",
                            "link to " + value + " leaves the submission; EDGAR allows only links to sec.gov"));
                }
            } else if (name.equals("src")) {
                if (!tag.equals("img") || !LOCAL_IMAGE.matcher(value).matches()) {
                    violations.add(at(lineStarts, at, "external-reference",
                            "src " + value + " must name a .jpg or .gif file of the same submission"));
                }
            } else if (name.equals("style") && value.toLowerCase(Locale.ROOT).matches("(?s).*(url\\s*\\(|expression\\s*\\(|@import|javascript:).*")) {
                violations.add(at(lineStarts, at, "external-reference",
                        "style on <" + tag + "> loads external or active content"));
            }
        }
    }

    private static boolean isLocalFile(String value) {
        return FILE_NAME.matcher(value.contains("#") ? value.substring(0, value.indexOf('#')) : value).matches();
    }

    private static String unquote(String v) {
        return (v.startsWith("\"") || v.startsWith("'")) && v.length() >= 2 ? v.substring(1, v.length() - 1) : v;
    }

    private static long parseDecimal(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Violation at(int[] lineStarts, int offset, String rule, String message) {
        int line = java.util.Arrays.binarySearch(lineStarts, offset);
        if (line < 0) {
            line = -line - 2;
        }
        return new Violation(line + 1, offset - lineStarts[line] + 1, rule, message);
    }
}
