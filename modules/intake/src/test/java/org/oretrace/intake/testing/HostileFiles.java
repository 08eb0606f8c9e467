package org.oretrace.intake.testing;

import org.oretrace.intake.domain.RejectionCode;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attacks of issue 15 on the reader, each made from a real filled CMRT by rewriting one part (all
 * under 8 MB, the CMRT structure kept): the file and the rejection it must get. Used by the reader's
 * tests, the hostile-file benchmark and the integration test of the deployed server.
 */
public final class HostileFiles {

    /** One attack: what it is, the file, the rejection the reader must answer with. */
    public record Attack(String name, byte[] file, RejectionCode expected) {
    }

    private static final Pattern SHEET_DATA = Pattern.compile("<sheetData>.*</sheetData>|<sheetData/>", Pattern.DOTALL);

    private HostileFiles() {
    }

    /**
     * Random text of {@code length} characters from {@code alphabet}: hostile content that compresses like
     * real content, so that the zip ratio check (which catches the repetitive kind) lets it through.
     */
    static String random(String alphabet, int length, long seed) {
        Random random = new Random(seed);
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(out);
    }

    private static final String DIGITS = "0123456789";
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** Every attack, made from {@code good} (a filled CMRT with shared strings). */
    public static Map<String, Attack> all(byte[] good) {
        Map<String, Attack> attacks = new LinkedHashMap<>();
        for (Attack a : new Attack[] {hugeNumbers(good), longNumbers(good), hugeSharedString(good),
            stringAmplification(good), richTextRuns(good), manySmelterRows(good, 200_000), zipEntries(good, 50_000),
            deepNesting(good)}) {
            attacks.put(a.name(), a);
        }
        return attacks;
    }

    /** Three wanted numeric cells of 400,000 digits each (13 s of CPU before the limits). */
    public static Attack hugeNumbers(byte[] good) {
        StringBuilder rows = new StringBuilder();
        for (int r = 5; r < 8; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>1")
                    .append(random(DIGITS, 400_000, r))
                    .append("</v></c></row>");
        }
        return new Attack("huge numbers (3 × 400,000 digits)", smelterRows(good, rows.toString()),
                RejectionCode.UNSAFE_FILE);
    }

    /** A 10 MB Smelter List of 5,000-digit numbers: shorter than a cell's limit, longer than any number. */
    public static Attack longNumbers(byte[] good) {
        StringBuilder rows = new StringBuilder();
        for (int r = 5; r < 2_005; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>7")
                    .append(random(DIGITS, 4_999, r)).append("</v></c></row>");
        }
        return new Attack("10 MB of 5,000-digit numbers", smelterRows(good, rows.toString()), RejectionCode.UNSAFE_FILE);
    }

    /** A 2 MB shared string referenced from 60,000 wanted cells. */
    public static Attack hugeSharedString(byte[] good) {
        return new Attack("2 MB shared string × 60,000 cells", amplified(good, 2 * 1024 * 1024, 60_000),
                RejectionCode.UNSAFE_FILE);
    }

    /** A 30,000-character shared string (under a cell's limit) referenced from 60,000 wanted cells: 1.8 G characters. */
    public static Attack stringAmplification(byte[] good) {
        return new Attack("30,000-char shared string × 60,000 cells", amplified(good, 30_000, 60_000),
                RejectionCode.UNSAFE_FILE);
    }

    /** One wanted inline string of 300,000 rich-text runs (quadratic when each run rebuilt the string). */
    public static Attack richTextRuns(byte[] good) {
        return new Attack("300,000 rich-text runs in one cell", smelterRows(good, "<row r=\"5\"><c r=\"B5\" "
                + "t=\"inlineStr\"><is>" + runs(300_000) + "</is></c></row>"),
                RejectionCode.UNSAFE_FILE);
    }

    /** A Smelter List of {@code rows} filled rows. */
    public static Attack manySmelterRows(byte[] good, int rows) {
        StringBuilder xml = new StringBuilder(rows * 60);
        for (int r = 5; r < 5 + rows; r++) {
            xml.append("<row r=\"").append(r).append("\"><c r=\"B").append(r).append("\" t=\"inlineStr\"><is><t>Tin"
                    + "</t></is></c><c r=\"D").append(r).append("\" t=\"inlineStr\"><is><t>S").append(r)
                    .append("</t></is></c></row>");
        }
        return new Attack(String.format("%,d smelter rows", rows), smelterRows(good, xml.toString()),
                RejectionCode.TOO_MANY_ROWS);
    }

    /** The package with {@code count} more (empty) entries. */
    public static Attack zipEntries(byte[] good, int count) {
        Map<String, byte[]> entries = Repackage.entries(good);
        for (int i = 0; i < count; i++) {
            entries.put("p/" + i, new byte[0]);
        }
        return new Attack(String.format("%,d zip entries", count), Repackage.zip(entries), RejectionCode.UNSAFE_FILE);
    }

    /** A wanted cell nesting 200,000 elements. */
    public static Attack deepNesting(byte[] good) {
        return new Attack("200,000 nested elements", smelterRows(good, "<row r=\"5\"><c r=\"B5\" t=\"inlineStr\"><is>"
                + nested(200_000) + "<t>x</t>" + "</r>".repeat(200_000) + "</is></c></row>"),
                RejectionCode.UNSAFE_FILE);
    }

    /** Rich-text runs of one random letter each. */
    private static String runs(int count) {
        String letters = random(LETTERS, count, count);
        StringBuilder xml = new StringBuilder(count * 16);
        for (int i = 0; i < count; i++) {
            xml.append("<r><t>").append(letters.charAt(i)).append("</t></r>");
        }
        return xml.toString();
    }

    /** Elements opened inside each other, each with a random attribute. */
    private static String nested(int depth) {
        String letters = random(LETTERS, depth * 3, depth);
        StringBuilder xml = new StringBuilder(depth * 12);
        for (int i = 0; i < depth; i++) {
            xml.append("<r a=\"").append(letters, i * 3, i * 3 + 3).append("\">");
        }
        return xml.toString();
    }

    private static byte[] amplified(byte[] good, int length, int references) {
        Map<String, byte[]> entries = Repackage.entries(good);
        String shared = Repackage.text(entries.get("xl/sharedStrings.xml"));
        int index = countOf(shared, "<si>") + countOf(shared, "<si/>");
        entries.put("xl/sharedStrings.xml", shared.replace("</sst>", "<si><t>" + random(LETTERS, length, length) + "</t></si></sst>")
                .getBytes(StandardCharsets.UTF_8));
        StringBuilder rows = new StringBuilder();
        int perRow = 12;
        for (int r = 5; r < 5 + references / perRow; r++) {
            rows.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < perRow; c++) {
                rows.append("<c r=\"").append((char) ('B' + c)).append(r).append("\" t=\"s\"><v>").append(index)
                        .append("</v></c>");
            }
            rows.append("</row>");
        }
        String part = sheetPart(entries, "Smelter List");
        entries.put(part, withSheetData(Repackage.text(entries.get(part)), rows.toString()));
        return Repackage.zip(entries);
    }

    private static byte[] smelterRows(byte[] good, String rows) {
        Map<String, byte[]> entries = Repackage.entries(good);
        String part = sheetPart(entries, "Smelter List");
        entries.put(part, withSheetData(Repackage.text(entries.get(part)), rows));
        return Repackage.zip(entries);
    }

    private static byte[] withSheetData(String sheet, String rows) {
        Matcher m = SHEET_DATA.matcher(sheet);
        if (!m.find()) {
            throw new IllegalArgumentException("no sheetData");
        }
        return (sheet.substring(0, m.start()) + "<sheetData>" + rows + "</sheetData>" + sheet.substring(m.end()))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The part of a sheet, from the workbook and its relationships. */
    public static String sheetPart(Map<String, byte[]> entries, String sheet) {
        Matcher s = Pattern.compile("<sheet [^>]*name=\"" + Pattern.quote(sheet) + "\"[^>]*r:id=\"([^\"]+)\"")
                .matcher(Repackage.text(entries.get("xl/workbook.xml")));
        if (!s.find()) {
            throw new IllegalArgumentException("no sheet " + sheet);
        }
        Matcher t = Pattern.compile("<Relationship [^>]*Id=\"" + Pattern.quote(s.group(1)) + "\"[^>]*/>")
                .matcher(Repackage.text(entries.get("xl/_rels/workbook.xml.rels")));
        if (!t.find()) {
            throw new IllegalArgumentException("no relationship " + s.group(1));
        }
        Matcher target = Pattern.compile("Target=\"/?(?:xl/)?([^\"]+)\"").matcher(t.group());
        target.find();
        return "xl/" + target.group(1);
    }

    private static int countOf(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
