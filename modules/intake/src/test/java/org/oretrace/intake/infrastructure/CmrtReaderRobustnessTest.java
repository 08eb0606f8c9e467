package org.oretrace.intake.infrastructure;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oretrace.intake.domain.Answer;
import org.oretrace.intake.domain.Company;
import org.oretrace.intake.domain.ProductRow;
import org.oretrace.intake.domain.RejectionCode;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.intake.testing.CmrtFile.SmelterLine;
import org.oretrace.intake.testing.Repackage;
import org.oretrace.intake.testing.TemplateLookup;
import org.oretrace.kernel.Metal;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The hand-written reader ({@link WorkbookPackage}, {@link SheetScanner}, {@link CmrtReader}) against
 * damaged, hostile and unusual-but-valid packages made from real filled templates, with a fixed seed.
 * Every result must be the same reading as the unchanged file (for valid rewrites), or a rejection with
 * one of the documented codes; never a failure of the reader itself (which {@link CmrtReader} logs with
 * its stack trace) and never a hang.
 */
class CmrtReaderRobustnessTest {

    private static final long SEED = 20_261_127L;
    private static final Duration PER_READ = Duration.ofSeconds(20);
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static Map<String, byte[]> bases;

    private final CmrtReader reader = new CmrtReader();
    private final List<LogRecord> readerFailures = new ArrayList<>();
    private final Handler failureCatcher = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getThrown() != null) {
                synchronized (readerFailures) {
                    readerFailures.add(record);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listenForReaderFailures() {
        Logger.getLogger(CmrtReader.class.getName()).addHandler(failureCatcher);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger(CmrtReader.class.getName()).removeHandler(failureCatcher);
    }

    /** Real templates filled by {@link CmrtFile}, and the CMRT layout as {@link CmrtWriter} writes it. */
    static synchronized Map<String, byte[]> bases() {
        if (bases == null) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("6.5 gold and tin", CmrtFile.of("6.5").declare(Metal.GOLD)
                    .comment(3, Metal.GOLD, "Ünïcödé & <angle> \"quotes\" 'apostrophes' ☃ 𝄞")
                    .companyAnswer('G', "No", "audit planned for 2026")
                    .smeltersById("Tin", 12).smeltersById("Gold", 12)
                    .smelter(SmelterLine.notListed("Gold", "Hunan Small & Co <Works>", "CHINA").recycled("Yes"))
                    .product("P-200", "Gear housing ×2").toBytes());
            files.put("6.01 number as 100%", CmrtFile.of("6.01").set("D22", "15-Mar-2024")
                    .smelter(SmelterLine.byLookup("Tin", TemplateLookup.smelters("6.01", "Tin", 3).get(2).lookupName()))
                    .toBytes());
            files.put("6.31 Japanese", CmrtFile.of("6.31").language("Japanese").declare(Metal.TUNGSTEN)
                    .smeltersById("Tungsten", 5).toBytes());
            files.put("CmrtWriter 6.4 German", new CmrtWriter("6.4", "Deutsch")
                    .company("Zulieferer GmbH", "A. Company", null, "DE123", "VAT", "Hauptstraße 1, Köln", "Jörg Groß",
                            "joerg@zulieferer.example", "+49 221 0", "Anna Weiß", "Leitung", "anna@zulieferer.example",
                            "+49 221 1", LocalDate.of(2024, 2, 29))
                    .answer(1, Metal.TIN, "Yes", null).answer(2, Metal.TIN, "Yes", "im Lot")
                    .answer(6, Metal.TIN, "Greater than 90%", null)
                    .companyAnswer('B', "Yes", "https://zulieferer.example/policy")
                    .smelter("CID001070", "Tin", null, null, null)
                    .smelter(null, "Tin", "Smelter not listed", "Kleine Hütte", "GERMANY")
                    .product("Z-1", "Zahnrad", "Stahl & Zinn").toBytes());
            bases = files;
        }
        return bases;
    }

    // ---- valid rewrites: the same reading --------------------------------------------------------------

    @Test
    void unusualButValidXmlIsReadExactlyLikeTheOriginal() {
        Map<String, UnaryOperator<byte[]>> rewrites = new LinkedHashMap<>();
        rewrites.put("CDATA in shared strings", f -> mapStrings(f, CmrtReaderRobustnessTest::cdata));
        rewrites.put("character references in shared strings", f -> mapStrings(f, CmrtReaderRobustnessTest::charRefs));
        rewrites.put("rich text runs and phonetic runs", f -> mapParts(f, name -> name.equals("xl/sharedStrings.xml"),
                bytes -> replaceAll(text(bytes), "<si><t(?: [^>]*)?>([^<]*)</t></si>",
                        m -> "<si>" + richText(m.group(1)) + "</si>").getBytes(StandardCharsets.UTF_8)));
        rewrites.put("namespace prefixes on every sheet element", f -> mapSheets(f, CmrtReaderRobustnessTest::prefixed));
        rewrites.put("inline strings, no shared strings part", Repackage::asOpenpyxl);
        rewrites.put("inline rich text", f -> mapSheets(Repackage.asOpenpyxl(f), CmrtReaderRobustnessTest::inlineRuns));
        rewrites.put("self-closing cells expanded", f -> mapSheets(f, x -> x.replaceAll("<c ([^>]*?)/>", "<c $1></c>")));
        rewrites.put("empty self-closing cells and rows added", f -> mapSheets(f, CmrtReaderRobustnessTest::extraEmptyCells));
        rewrites.put("single-quoted attributes and line breaks in tags", f -> mapSheets(f, CmrtReaderRobustnessTest::quotesAndBreaks));
        rewrites.put("comments and processing instructions between cells", f -> mapSheets(f,
                x -> x.replace("</c><c ", "</c><!-- a <c> in a comment --><?pi data?><c ")));
        rewrites.put("cell references left out where implied", f -> mapSheets(f, CmrtReaderRobustnessTest::impliedReferences));
        rewrites.put("shared strings in UTF-16", f -> mapParts(f, name -> name.endsWith("sharedStrings.xml"),
                CmrtReaderRobustnessTest::utf16));
        rewrites.put("DOCTYPE in a part the reader never opens", f -> mapParts(f, name -> name.endsWith("styles.xml"),
                bytes -> text(bytes).replaceFirst("<styleSheet ", "<!DOCTYPE styleSheet [<!ENTITY x SYSTEM "
                        + "\"file:///etc/passwd\">]><styleSheet ").getBytes(StandardCharsets.UTF_8)));
        rewrites.put("macro-enabled content type", Repackage::asXlsm);

        for (Map.Entry<String, byte[]> base : bases().entrySet()) {
            CmrtReading original = read(base.getValue());
            assertThat(original.isRejected()).as(base.getKey() + ": " + original.rejection()).isFalse();
            String expected = describe(original);
            for (Map.Entry<String, UnaryOperator<byte[]>> rewrite : rewrites.entrySet()) {
                String what = base.getKey() + " / " + rewrite.getKey();
                byte[] changed = rewrite.getValue().apply(base.getValue());
                assertThat(changed).as(what + " changed nothing").isNotEqualTo(base.getValue());
                CmrtReading reading = read(changed);
                assertThat(reading.rejection()).as(what).isNull();
                if (rewrite.getKey().startsWith("macro")) {
                    assertThat(reading.content().macroEnabled()).isTrue();
                    assertThat(reading.warnings()).singleElement().asString().contains("macro-enabled");
                    CmrtContent c = reading.content();
                    reading = new CmrtReading(new CmrtContent(c.templateVersion(), c.language(), false, c.company(),
                            c.scope(), c.scopeDescription(), c.answers(), c.smelters(), c.products()), null,
                            original.warnings());
                }
                assertThat(describe(reading)).as(what).isEqualTo(expected);
            }
        }
        assertThat(readerFailures).isEmpty();
    }

    // ---- damaged and hostile packages: a documented rejection --------------------------------------------

    @Test
    void truncatedFilesAreCorrupt() {
        Random random = new Random(SEED);
        for (Map.Entry<String, byte[]> base : bases().entrySet()) {
            byte[] file = base.getValue();
            for (int i = 0; i < 12; i++) {
                int length = 1 + random.nextInt(file.length - 1);
                assertRejected(base.getKey() + " cut at " + length, Arrays.copyOf(file, length),
                        RejectionCode.CORRUPT_FILE, RejectionCode.NOT_XLSX);
            }
        }
    }

    @Test
    void randomByteFlipsInTheSheetsGiveAReadingOrADocumentedRejection() {
        Random random = new Random(SEED);
        int read = 0;
        int rejected = 0;
        for (Map.Entry<String, byte[]> base : bases().entrySet()) {
            List<String> parts = new ArrayList<>(wantedParts(base.getValue()));
            for (int i = 0; i < 40; i++) {
                String part = parts.get(random.nextInt(parts.size()));
                int flips = 1 + random.nextInt(i % 3 == 0 ? 40 : 4);
                long flipSeed = random.nextLong();
                byte[] changed = mapParts(base.getValue(), part::equals, bytes -> flip(bytes, flips, new Random(flipSeed)));
                CmrtReading reading = assertReadOrRejected(base.getKey() + " / " + flips + " flips in " + part
                        + " (seed " + flipSeed + ")", changed);
                if (reading.isRejected()) {
                    rejected++;
                } else {
                    read++;
                }
            }
        }
        assertThat(read).as("some flips land in text and still read").isPositive();
        assertThat(rejected).as("some flips break the XML").isPositive();
        assertThat(readerFailures).isEmpty();
    }

    @Test
    void randomByteFlipsInTheZipItselfGiveAReadingOrADocumentedRejection() {
        Random random = new Random(SEED + 1);
        for (Map.Entry<String, byte[]> base : bases().entrySet()) {
            for (int i = 0; i < 25; i++) {
                long flipSeed = random.nextLong();
                byte[] changed = flip(base.getValue(), 1 + random.nextInt(8), new Random(flipSeed));
                assertReadOrRejected(base.getKey() + " / zip flips (seed " + flipSeed + ")", changed);
            }
        }
        assertThat(readerFailures).isEmpty();
    }

    @Test
    void sharedStringIndexesThatDoNotExist() {
        byte[] file = bases().get("6.5 gold and tin");
        String declaration = sheetPart(file, "Declaration");
        for (String index : List.of("2147483647", "99999999999999999999", "-1", "1.5", "", " 7x")) {
            byte[] changed = mapParts(file, declaration::equals, bytes -> text(bytes)
                    .replaceFirst("(<c r=\"D8\"[^>]*t=\"s\"[^>]*><v>)\\d+(</v>)", "$1" + index + "$2")
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(changed).as(index).isNotEqualTo(file);
            assertRejected("D8 = shared string " + index, changed, RejectionCode.CORRUPT_FILE);
        }
        assertThat(readerFailures).isEmpty();
    }

    @Test
    void missingPartsAndSheets() {
        byte[] file = bases().get("6.5 gold and tin");
        String strings = "xl/sharedStrings.xml";
        assertThat(Repackage.entries(file)).containsKey(strings);
        assertRejected("shared strings deleted, still referenced", without(file, strings), RejectionCode.CORRUPT_FILE);
        assertRejected("Declaration part deleted, sheet still listed", without(file, sheetPart(file, "Declaration")),
                RejectionCode.CORRUPT_FILE);
        assertRejected("Smelter List part deleted, sheet still listed", without(file, sheetPart(file, "Smelter List")),
                RejectionCode.CORRUPT_FILE);
        assertRejected("workbook part deleted", without(file, "xl/workbook.xml"), RejectionCode.NOT_XLSX);
        assertRejected("package relationships deleted", without(file, "_rels/.rels"), RejectionCode.NOT_XLSX);
        assertRejected("content types deleted", without(file, "[Content_Types].xml"), RejectionCode.NOT_XLSX);
        assertRejected("Declaration sheet removed from the workbook", unlist(file, "Declaration"), RejectionCode.NOT_A_CMRT);

        CmrtReading noSmelterList = read(unlist(file, "Smelter List"));
        assertThat(noSmelterList.content().smelters()).isEmpty();
        assertThat(noSmelterList.warnings()).anyMatch(w -> w.contains("no 'Smelter List'"));
        CmrtReading noProducts = read(unlist(file, "Product List"));
        assertThat(noProducts.content().products()).isEmpty();
        assertThat(noProducts.content().company().getName()).isEqualTo("ACME Components Ltd.");
        assertThat(readerFailures).isEmpty();
    }

    @Test
    void doctypesAndEntitiesInEveryPartTheReaderOpensAreUnsafe() {
        byte[] file = bases().get("6.5 gold and tin");
        List<String> parts = new ArrayList<>(List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml"));
        parts.addAll(wantedParts(file));
        for (String part : parts) {
            byte[] doctype = mapParts(file, part::equals, bytes -> text(bytes).replaceFirst("(<\\?xml[^>]*\\?>)?",
                    "$1<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\"><!ENTITY lol \"lol\">]>")
                    .getBytes(StandardCharsets.UTF_8));
            assertRejected("DOCTYPE in " + part, doctype, RejectionCode.UNSAFE_FILE);
        }
        String declaration = sheetPart(file, "Declaration");
        byte[] entity = Repackage.mapPart(Repackage.asOpenpyxl(file), declaration,
                x -> x.replaceFirst("(<c r=\"D8\"[^>]*><is><t[^>]*>)", "$1&xxe;"));
        assertRejected("undeclared entity in a wanted cell", entity, RejectionCode.UNSAFE_FILE);
        assertThat(readerFailures).isEmpty();
    }

    @Test
    void absurdValuesInWantedCells() {
        byte[] file = bases().get("6.01 number as 100%");
        String declaration = sheetPart(file, "Declaration");
        for (String number : List.of("1E999999999", "-1E-999999999", "NaN", "Infinity", "1e400", "0x10", "")) {
            // Q6 for tin (D57) holds the number 1 in 6.01; the effective date D22 a typed text
            byte[] changed = mapParts(file, declaration::equals, bytes -> text(bytes)
                    .replaceFirst("(<c r=\"D57\"[^>]*>)<v>[^<]*</v>", "$1<v>" + number + "</v>")
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(changed).as(number).isNotEqualTo(file);
            assertReadOrRejected("D57 = " + number, changed);
        }
        for (String ref : List.of("ZZZZZZZZ5", "XFE5", "A0", "5", "D-5", "D2147483648")) {
            String smelters = sheetPart(file, "Smelter List");
            byte[] changed = mapParts(file, smelters::equals, bytes -> text(bytes)
                    .replaceFirst("<c r=\"A5\"", "<c r=\"" + ref + "\"").getBytes(StandardCharsets.UTF_8));
            assertThat(changed).as(ref).isNotEqualTo(file);
            assertReadOrRejected("Smelter List cell " + ref, changed);
        }
        assertThat(readerFailures).isEmpty();
    }

    // ---- reading and asserting -----------------------------------------------------------------------

    private CmrtReading read(byte[] file) {
        return assertTimeoutPreemptively(PER_READ, () -> reader.read(file, "fuzzed.xlsx"));
    }

    private CmrtReading assertReadOrRejected(String what, byte[] file) {
        int before = readerFailures.size();
        CmrtReading reading = read(file);
        assertThat(readerFailures.size()).as(what + ": the reader failed: " + readerFailures).isEqualTo(before);
        if (reading.isRejected()) {
            assertThat(reading.rejection().code()).as(what).isNotNull();
            assertThat(reading.rejection().message()).as(what).isNotBlank();
        } else {
            assertThat(reading.content()).as(what).isNotNull();
            describe(reading);
        }
        return reading;
    }

    private void assertRejected(String what, byte[] file, RejectionCode... codes) {
        CmrtReading reading = assertReadOrRejected(what, file);
        assertThat(reading.rejection()).as(what + " was read").isNotNull();
        assertThat(reading.rejection().code()).as(what + ": " + reading.rejection().message()).isIn((Object[]) codes);
    }

    /** Everything a reading holds, in one comparable text. */
    static String describe(CmrtReading reading) {
        if (reading.isRejected()) {
            return "REJECTED " + reading.rejection().code();
        }
        CmrtContent c = reading.content();
        Company co = c.company();
        StringBuilder s = new StringBuilder();
        s.append("version=").append(c.templateVersion()).append(" language=").append(c.language())
                .append(" macro=").append(c.macroEnabled()).append('\n');
        s.append(String.join("|", Arrays.asList(co.getName(), co.getUniqueId(), co.getUniqueIdAuthority(), co.getAddress(),
                co.getContactName(), co.getContactEmail(), co.getContactPhone(), co.getAuthorizer(), co.getAuthorizerTitle(),
                co.getAuthorizerEmail(), co.getAuthorizerPhone(), String.valueOf(co.getEffectiveDate()),
                co.getEffectiveDateText()))).append('\n');
        s.append("scope=").append(c.scope()).append(" / ").append(c.scopeDescription()).append('\n');
        for (Answer a : c.answers()) {
            s.append(a.getQuestion()).append(' ').append(a.getMetal()).append(": ").append(a.getAnswer()).append(" / ")
                    .append(a.getComment()).append('\n');
        }
        for (SmelterRow r : c.smelters()) {
            s.append("smelter ").append(r.getRow()).append(": ").append(String.join("|", Arrays.asList(r.getSmelterIdInput(),
                    r.getMetal(), r.getLookupName(), r.getName(), r.getCountry(), r.getContactName(), r.getContactEmail(),
                    r.getNextSteps(), r.getMineName(), r.getMineCountry(), r.getRecycledOrScrap(), r.getComment())))
                    .append('\n');
        }
        for (ProductRow p : c.products()) {
            s.append("product ").append(p.getRow()).append(": ").append(p.getNumber()).append('|').append(p.getName())
                    .append('|').append(p.getComment()).append('\n');
        }
        s.append(reading.warnings());
        return s.toString();
    }

    // ---- making packages --------------------------------------------------------------------------------

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static Set<String> wantedParts(byte[] file) {
        Set<String> parts = new java.util.LinkedHashSet<>();
        for (String sheet : List.of("Revision", "Declaration", "Smelter List", "Product List")) {
            parts.add(sheetPart(file, sheet));
        }
        if (Repackage.entries(file).containsKey("xl/sharedStrings.xml")) {
            parts.add("xl/sharedStrings.xml");
        }
        return parts;
    }

    static String sheetPart(byte[] file, String sheet) {
        try (WorkbookPackage pkg = WorkbookPackage.open(file)) {
            return java.util.Objects.requireNonNull(pkg.sheets().get(sheet), sheet);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Changes the parts {@code which} selects; every other part is copied still compressed (re-deflating a
     * CMRT's 10 MB of XML for each of hundreds of mutations would make the test take minutes).
     */
    static byte[] mapParts(byte[] file, java.util.function.Predicate<String> which, UnaryOperator<byte[]> change) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + 4096);
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(file)).get();
             ZipArchiveOutputStream zipOut = new ZipArchiveOutputStream(out)) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntriesInPhysicalOrder())) {
                if (!which.test(entry.getName())) {
                    zipOut.addRawArchiveEntry(entry, zip.getRawInputStream(entry));
                    continue;
                }
                byte[] changed;
                try (InputStream in = zip.getInputStream(entry)) {
                    changed = change.apply(in.readAllBytes());
                }
                if (changed != null) {
                    zipOut.putArchiveEntry(new ZipArchiveEntry(entry.getName()));
                    zipOut.write(changed);
                    zipOut.closeArchiveEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] mapSheets(byte[] file, UnaryOperator<String> change) {
        Set<String> sheets = wantedParts(file);
        return mapParts(file, name -> sheets.contains(name) && name.contains("worksheets"),
                bytes -> change.apply(text(bytes)).getBytes(StandardCharsets.UTF_8));
    }

    static byte[] mapStrings(byte[] file, UnaryOperator<String> changeText) {
        return mapParts(file, name -> name.equals("xl/sharedStrings.xml"), bytes -> {
            Matcher m = Pattern.compile("<t(?: [^>]*)?>([^<]*)</t>").matcher(text(bytes));
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(changeText.apply(m.group(1))));
            }
            m.appendTail(out);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        });
    }

    static byte[] without(byte[] file, String part) {
        assertThat(Repackage.entries(file)).containsKey(part);
        return mapParts(file, part::equals, bytes -> null);
    }

    /** Takes a sheet out of the workbook the way Excel does: no sheet entry and no part. */
    static byte[] unlist(byte[] file, String sheet) {
        String part = sheetPart(file, sheet);
        return mapParts(file, name -> name.equals(part) || name.equals("xl/workbook.xml"), bytes -> {
            if (!text(bytes).contains("<workbook")) {
                return null;
            }
            String workbook = text(bytes);
            Matcher m = Pattern.compile("<sheet [^>]*name=\"" + Pattern.quote(sheet) + "\"[^>]*/>").matcher(workbook);
            assertThat(m.find()).as(sheet).isTrue();
            return workbook.replace(m.group(), "").getBytes(StandardCharsets.UTF_8);
        });
    }

    static byte[] flip(byte[] bytes, int flips, Random random) {
        byte[] out = bytes.clone();
        for (int i = 0; i < flips; i++) {
            int at = random.nextInt(out.length);
            out[at] = (byte) (random.nextBoolean() ? random.nextInt(256) : out[at] ^ (1 << random.nextInt(8)));
        }
        return out;
    }

    /** A shared string's text (as escaped in the part) as one CDATA section, or a mix of text and CDATA. */
    static String cdata(String escaped) {
        String plain = escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
        if (plain.contains("]]>") || plain.isEmpty()) {
            return "<t>" + escaped + "</t>";
        }
        int half = plain.length() / 2;
        return "<t xml:space=\"preserve\"><![CDATA[" + plain.substring(0, half) + "]]>" + escape(plain.substring(half))
                + "<![CDATA[]]></t>";
    }

    /** Every other character as a decimal or hexadecimal character reference. */
    static String charRefs(String escaped) {
        String plain = escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
        StringBuilder out = new StringBuilder("<t xml:space=\"preserve\">");
        int i = 0;
        for (int cp : plain.codePoints().toArray()) {
            out.append(i++ % 3 == 0 ? "&#" + cp + ";" : i % 3 == 0 ? "&#x" + Integer.toHexString(cp) + ";"
                    : escape(new String(Character.toChars(cp))));
        }
        return out.append("</t>").toString();
    }

    /** The text split into formatted runs, with a phonetic reading that is not part of the value. */
    static String richText(String escaped) {
        String plain = escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
        int[] cps = plain.codePoints().toArray();
        int half = cps.length / 2;
        String first = new String(cps, 0, half);
        String second = new String(cps, half, cps.length - half);
        return "<r><rPr><b/><sz val=\"11\"/></rPr><t xml:space=\"preserve\">" + escape(first) + "</t></r>"
                + "<r><t xml:space=\"preserve\">" + escape(second) + "</t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>ヨミ</t></rPh><phoneticPr fontId=\"1\"/>";
    }

    static String inlineRuns(String xml) {
        return replaceAll(xml, "<is><t( [^>]*)?>([^<]*)</t></is>", m -> "<is>" + richText(m.group(2)) + "</is>");
    }

    static String replaceAll(String text, String regex, java.util.function.Function<Matcher, String> replacement) {
        Matcher m = Pattern.compile(regex).matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The default namespace bound to a prefix, and every element of it written with that prefix. */
    static String prefixed(String xml) {
        String out = xml.replaceFirst("xmlns=\"" + Pattern.quote(MAIN_NS) + "\"", "xmlns:x=\"" + MAIN_NS + "\"");
        return out.replaceAll("<(/?)([A-Za-z][A-Za-z0-9]*)([\\s/>])", "<$1x:$2$3");
    }

    /** An empty self-closing cell at the end of every row (column XFD, the last one) and an empty row at the end. */
    static String extraEmptyCells(String xml) {
        Matcher m = Pattern.compile("(<row [^>]*?r=\"(\\d+)\"[^>/]*>)(.*?)</row>", Pattern.DOTALL).matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(3) + "<c r=\"XFD" + m.group(2)
                    + "\" s=\"0\" t=\"s\"/></row>"));
        }
        m.appendTail(out);
        return out.toString().replace("</sheetData>", "<row r=\"1048576\" spans=\"1:1\"/></sheetData>");
    }

    static String quotesAndBreaks(String xml) {
        Matcher m = Pattern.compile("<(c|row) ([^>]*)>").matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String attributes = m.group(2).replaceAll("=\"([^\"']*)\"", "\t=\n'$1'").replace(" ", "\r\n\t ");
            m.appendReplacement(out, Matcher.quoteReplacement("<" + m.group(1) + "\n " + attributes + ">"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Drops the r attribute of cells that directly follow the previous cell of their row (the position is implied). */
    static String impliedReferences(String xml) {
        Matcher m = Pattern.compile("<c r=\"([A-Z]+)(\\d+)\"|<row ").matcher(xml);
        StringBuilder out = new StringBuilder();
        int previous = 0;
        while (m.find()) {
            if (m.group(1) == null) {
                previous = 0;
                m.appendReplacement(out, "<row ");
                continue;
            }
            int column = SheetExcerpt.columnNumber(m.group(1));
            m.appendReplacement(out, column == previous + 1 ? "<c" : Matcher.quoteReplacement(m.group()));
            previous = column;
        }
        m.appendTail(out);
        return out.toString();
    }

    static byte[] utf16(byte[] utf8) {
        String xml = text(utf8).replaceFirst("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
        byte[] body = xml.getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
