package org.oretrace.intake.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a workbook's package the way other tools save it: openpyxl (inline strings, no shared
 * strings part, no cached formula results), LibreOffice (cached results recalculated to 0 where
 * a look-up found nothing) and a macro-enabled .xlsm. Also makes broken and hostile packages.
 */
public final class Repackage {

    private static final Pattern SHARED_CELL = Pattern.compile("<c ([^>]*?)t=\"s\"([^>]*)><v>(\\d+)</v></c>");
    private static final Pattern CACHED_RESULT = Pattern.compile("(<f[^>]*/>|<f[^>]*>[^<]*</f>)<v>[^<]*</v>");
    private static final Pattern EMPTY_FORMULA = Pattern.compile("<c ([^>]*?)(?: t=\"str\")?([^>]*)>(<f[^>]*/>|<f[^>]*>[^<]*</f>)</c>");

    private Repackage() {
    }

    public static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        return zip(entries, java.util.zip.Deflater.DEFAULT_COMPRESSION);
    }

    /** The entries zipped at a compression level of {@link java.util.zip.Deflater} (the fuzzer wants speed). */
    public static byte[] zip(Map<String, byte[]> entries, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(level);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** As openpyxl writes: every string inline in its cell, no sharedStrings.xml, no cached formula results. */
    public static byte[] asOpenpyxl(byte[] xlsx) {
        Map<String, byte[]> entries = entries(xlsx);
        List<String> strings = sharedStrings(text(entries.remove("xl/sharedStrings.xml")));
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            String name = e.getKey();
            if (name.startsWith("xl/worksheets/sheet") && name.endsWith(".xml")) {
                String xml = text(e.getValue());
                xml = replace(SHARED_CELL, xml, (m, sb) -> "<c " + m.group(1) + "t=\"inlineStr\"" + m.group(2)
                        + "><is><t xml:space=\"preserve\">" + escape(strings.get(Integer.parseInt(m.group(3))))
                        + "</t></is></c>");
                xml = CACHED_RESULT.matcher(xml).replaceAll("$1");
                out.put(name, xml.getBytes(StandardCharsets.UTF_8));
            } else if (name.equals("[Content_Types].xml")) {
                out.put(name, text(e.getValue()).replaceAll("<Override[^>]*sharedStrings[^>]*/>", "")
                        .getBytes(StandardCharsets.UTF_8));
            } else if (name.equals("xl/_rels/workbook.xml.rels")) {
                out.put(name, text(e.getValue()).replaceAll("<Relationship[^>]*sharedStrings[^>]*/>", "")
                        .getBytes(StandardCharsets.UTF_8));
            } else if (!name.equals("xl/calcChain.xml")) {
                out.put(name, e.getValue());
            }
        }
        return zip(out);
    }

    /** As a LibreOffice re-save leaves it: formula cells whose look-up found nothing cache the number 0. */
    public static byte[] withZeroCachedResults(byte[] xlsx) {
        return mapSheets(xlsx, xml -> {
            String noCache = CACHED_RESULT.matcher(xml).replaceAll("$1");
            return EMPTY_FORMULA.matcher(noCache).replaceAll("<c $1$2>$3<v>0</v></c>");
        });
    }

    /** The same workbook saved as macro-enabled (.xlsm). */
    public static byte[] asXlsm(byte[] xlsx) {
        Map<String, byte[]> entries = entries(xlsx);
        entries.put("[Content_Types].xml", text(entries.get("[Content_Types].xml"))
                .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                        "application/vnd.ms-excel.sheet.macroEnabled.main+xml").getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    /** Replaces one part (e.g. to remove a sheet's content or add a hostile DOCTYPE). */
    public static byte[] withPart(byte[] xlsx, String name, byte[] content) {
        Map<String, byte[]> entries = entries(xlsx);
        entries.put(name, content);
        return zip(entries);
    }

    public static byte[] mapPart(byte[] xlsx, String name, java.util.function.UnaryOperator<String> change) {
        Map<String, byte[]> entries = entries(xlsx);
        entries.put(name, change.apply(text(entries.get(name))).getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    private static byte[] mapSheets(byte[] xlsx, java.util.function.UnaryOperator<String> change) {
        Map<String, byte[]> entries = entries(xlsx);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (e.getKey().startsWith("xl/worksheets/sheet") && e.getKey().endsWith(".xml")) {
                e.setValue(change.apply(text(e.getValue())).getBytes(StandardCharsets.UTF_8));
            }
        }
        return zip(entries);
    }

    private static List<String> sharedStrings(String xml) {
        List<String> strings = new ArrayList<>();
        Matcher si = Pattern.compile("<si>(.*?)</si>", Pattern.DOTALL).matcher(xml);
        Pattern t = Pattern.compile("<t(?: [^>]*)?>(.*?)</t>|<t/>", Pattern.DOTALL);
        while (si.find()) {
            String body = si.group(1).replaceAll("(?s)<rPh.*?</rPh>", "");
            StringBuilder sb = new StringBuilder();
            Matcher m = t.matcher(body);
            while (m.find()) {
                if (m.group(1) != null) {
                    sb.append(m.group(1));
                }
            }
            strings.add(unescape(sb.toString()));
        }
        return strings;
    }

    private static String replace(Pattern pattern, String text, BiFunction<Matcher, StringBuilder, String> f) {
        Matcher m = pattern.matcher(text);
        StringBuilder sb = new StringBuilder(text.length() + 1024);
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m, sb)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
