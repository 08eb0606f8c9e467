package org.oretrace.intake.application;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oretrace.intake.domain.Channel;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.Finding;
import org.oretrace.intake.domain.FindingCode;
import org.oretrace.intake.domain.Severity;
import org.oretrace.intake.domain.StoredFile;
import org.oretrace.intake.infrastructure.CmrtReader;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.intake.testing.LibreOffice;
import org.oretrace.intake.testing.CmrtFile.SmelterLine;
import org.oretrace.intake.testing.TemplateLookup;
import org.oretrace.intake.testing.TemplateSmelterDirectory;
import org.oretrace.intake.testing.Templates;
import org.oretrace.kernel.Metal;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Oretrace's required-answer rules against RMI's own Checker, per template version: real blank templates filled
 * with POI in several answer combinations, recalculated by LibreOffice (headless, every formula on load), then the
 * Checker's evaluated "incomplete" column H (rows 4–69) compared item by item with Oretrace's findings for the same
 * file. Which Declaration cell a Checker row looks at is read from the template's own column B formulas
 * ({@code =Declaration!D8}, {@code =IF(AND($B$14="Yes",$B$19="Yes"),Declaration!D38,0)}). One LibreOffice run per
 * version. Skipped, saying why, only when LibreOffice is not installed.
 */
class CheckerParityTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");
    private static final Pattern DECLARATION_CELL = Pattern.compile("Declaration!\\$?([A-Z]+)\\$?(\\d+)");
    /** Findings that say "the Checker would count this item as incomplete" when they are errors. */
    private static final Set<FindingCode> CHECKER_CODES = Set.of(FindingCode.MISSING_REQUIRED_FIELD,
            FindingCode.MISSING_ANSWER, FindingCode.INVALID_EMAIL, FindingCode.SCOPE_DESCRIPTION_MISSING,
            FindingCode.POLICY_URL_MISSING);
    private static final List<Metal> METALS = List.of(Metal.TANTALUM, Metal.TIN, Metal.GOLD, Metal.TUNGSTEN);

    /**
     * The default build checks the oldest and the newest version (one LibreOffice run takes about 45 s, and all six
     * pushed the suite past its time budget); {@code -Doretrace.parity.versions=all} checks every version, a list
     * such as {@code 6.22,6.31} those. The rules are one class for all versions (CheckerRules), so a rule that breaks
     * shows in both ends; a version-specific template change shows only in the full run (README, Tests).
     */
    static Stream<String> versions() {
        String chosen = System.getProperty("oretrace.parity.versions", "");
        List<String> all = Templates.CMRT_VERSIONS;
        if (chosen.equals("all")) {
            return all.stream();
        }
        if (!chosen.isBlank()) {
            return Stream.of(chosen.split(",")).map(String::trim).filter(all::contains);
        }
        return Stream.of(all.get(0), all.get(all.size() - 1));
    }

    /**
     * The answer combinations: each starts from a complete declaration (tin in scope, its smelter chosen by metal and
     * name in row 5) and changes some cells. Row 5 is chosen by name because 6.31 ships B5:C5 without the formulas
     * that derive metal and name from a typed ID (and 6.4's example row is cleared): an ID alone in row 5 does not
     * count for those Checkers, a template defect that suppliers meet too. IDs typed in later rows are a case.
     */
    private static Map<String, UnaryOperator<CmrtFile>> cases(String version) {
        Map<String, UnaryOperator<CmrtFile>> cases = new LinkedHashMap<>();
        String tantalum = TemplateLookup.smelters(version, "Tantalum", 1).get(0).lookupName();
        String goldId = TemplateLookup.smelters(version, "Gold", 1).get(0).smelterId();
        cases.put("complete", f -> f);
        cases.put("smelter-by-id-only", f -> f.declare(Metal.GOLD).smelter(SmelterLine.byId(goldId)));
        cases.put("used-in-process-only", f -> f.answer(1, Metal.GOLD, "Yes").answer(2, Metal.GOLD, "No")
                .answer(1, Metal.TUNGSTEN, "Yes").answer(2, Metal.TUNGSTEN, "No").answer(3, Metal.TUNGSTEN, "Unknown"));
        cases.put("no-metal-used", f -> {
            f.noSmelters().noProducts().set("D9", CmrtFile.COMPANY_A).answer(1, Metal.TIN, "No").answer(2, Metal.TIN, null);
            for (int q = 3; q <= 8; q++) {
                f.answer(q, Metal.TIN, null);
            }
            for (char q = 'A'; q <= 'H'; q++) {
                f.companyAnswer(q, null, null);
            }
            return f.companyAnswer('B', "Yes", null);
        });
        cases.put("metal-left-blank", f -> f.answer(1, Metal.GOLD, null).answer(2, Metal.GOLD, null)
                .answer(1, Metal.TANTALUM, "No").answer(2, Metal.TANTALUM, "Yes"));
        cases.put("q2-missing-later-answered", f -> f.answer(2, Metal.TIN, null).answer(4, Metal.TIN, null));
        cases.put("company-gaps", f -> f.set("D8", null).set("D17", null).set("D16", "n/a").set("D20", "ann@acme")
                .set("D9", CmrtFile.USER_DEFINED_C).set("D10", null).companyAnswer('C', null, null)
                .companyAnswer('B', "Yes", "x").companyAnswer('G', null, null));
        cases.put("product-and-smelter-gaps", f -> f.noProducts().product(null, "Solder paste without a number")
                .declare(Metal.TANTALUM).declare(Metal.GOLD).companyAnswer('B', "Yes", "see our website")
                .smelter(SmelterLine.notListed("Tantalum", "Unnamed Tantalum Works", null))
                .smelter(new SmelterLine(null, "Gold", null, "A gold refiner typed in D only", "SWITZERLAND", null))
                .smelter(SmelterLine.byLookup("Tantalum", tantalum)));
        return cases;
    }

    @ParameterizedTest(name = "CMRT {0}")
    @MethodSource("versions")
    void oretraceFlagsWhatTheCheckerFlags(String version) throws Exception {
        Path soffice = LibreOffice.soffice().orElse(null);
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed, so the Checker's formulas "
                + "cannot be evaluated: apt-get install -y libreoffice-calc-nogui (.ci/run does)");
        Path dir = Files.createTempDirectory("checker-parity-" + version);
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Map.Entry<String, UnaryOperator<CmrtFile>> c : cases(version).entrySet()) {
            String tin = TemplateLookup.smelters(version, "Tin", 1).get(0).lookupName();
            byte[] bytes = c.getValue().apply(CmrtFile.of(version).noSmelters().smelter(SmelterLine.byLookup("Tin", tin)))
                    .toBytes();
            files.put(c.getKey(), bytes);
            Files.write(in.resolve(c.getKey() + ".xlsx"), bytes);
        }
        LibreOffice.recalculate(soffice, dir, in, out, files.keySet(), 20); // generous: a shared, loaded machine

        Map<Integer, String> itemCells = checkerItems(Templates.cmrt(version));
        assertThat(itemCells).as("Checker rows that point at a Declaration cell: 9 company fields, Q1–Q8 for four metals, A–H and G77")
                .hasSize(50);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Map<String, String> checker = sheet(Files.readAllBytes(out.resolve(file.getKey() + ".xlsx")), "Checker");
            Declaration d = evaluate(version, file.getValue());
            Map<String, Boolean> checkerSays = new TreeMap<>();
            Map<String, Boolean> oretraceSays = new TreeMap<>();
            for (Map.Entry<Integer, String> item : itemCells.entrySet()) {
                String cell = item.getValue();
                checkerSays.put(cell, "1".equals(checker.get("H" + item.getKey())));
                oretraceSays.put(cell, d.getFindings().stream().anyMatch(f -> f.getSeverity() == Severity.ERROR
                        && CHECKER_CODES.contains(f.getCode()) && "Declaration".equals(f.getSheet()) && cell.equals(f.getCell())
                        && !beyondTheChecker(f, d)));
            }
            checkerSays.put("Product List!B6", "1".equals(checker.get("H64")));
            oretraceSays.put("Product List!B6", has(d, FindingCode.SCOPE_PRODUCTS_MISSING));
            for (int m = 0; m < METALS.size(); m++) {
                String key = "smelters of " + METALS.get(m).displayName();
                String cell = "D" + (26 + m);
                checkerSays.put(key, "1".equals(checker.get("H" + (65 + m))));
                oretraceSays.put(key, d.getFindings().stream().anyMatch(f -> f.getCode() == FindingCode.METAL_WITHOUT_SMELTERS
                        && cell.equals(f.getCell())));
            }
            checkerSays.put("'Smelter not listed' rows complete", "1".equals(checker.get("H69")));
            oretraceSays.put("'Smelter not listed' rows complete", has(d, FindingCode.NOT_LISTED_INCOMPLETE));

            assertThat(oretraceSays).as("CMRT %s, %s: items incomplete per Oretrace vs the Checker (H70 = %s); findings %s",
                    version, file.getKey(), checker.get("H70"), d.getFindings()).isEqualTo(checkerSays);
            long incomplete = checkerSays.values().stream().filter(Boolean::booleanValue).count();
            assertThat(Double.parseDouble(checker.get("H70"))).as("the Checker's own total").isEqualTo((double) incomplete);
            if (file.getKey().equals("complete")) {
                assertThat(incomplete).as("LibreOffice recalculated (the blank's cached total is not 0)").isZero();
            }
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(7);
    }

    /** An address with an "@" satisfies the Checker; that Oretrace still finds it malformed is its own stricter rule. */
    private static boolean beyondTheChecker(Finding f, Declaration d) {
        if (f.getCode() != FindingCode.INVALID_EMAIL) {
            return false;
        }
        String value = "D16".equals(f.getCell()) ? d.getCompany().getContactEmail() : d.getCompany().getAuthorizerEmail();
        return value != null && value.contains("@");
    }

    private static boolean has(Declaration d, FindingCode code) {
        return d.getFindings().stream().anyMatch(f -> f.getCode() == code && f.getSeverity() == Severity.ERROR);
    }

    private static Declaration evaluate(String version, byte[] bytes) {
        StoredFile stored = new StoredFile(bytes, "cmrt.xlsx", NOW, "parity", Channel.UPLOAD);
        Declaration d = new Declaration(stored, "cmrt.xlsx", Channel.UPLOAD, NOW, "parity");
        new DeclarationReading(new CmrtReader(), new TemplateSmelterDirectory(version)).read(d, bytes, TODAY, NOW);
        assertThat(d.getRejectionCode()).isNull();
        return d;
    }

    /** Checker row -> the Declaration cell its column B formula reads (the last reference: the answer itself). */
    private static Map<Integer, String> checkerItems(byte[] template) throws Exception {
        Map<String, String> formulas = sheetFormulas(template, "Checker");
        Map<Integer, String> items = new TreeMap<>();
        for (int row = 4; row <= 63; row++) {
            String formula = formulas.get("B" + row);
            if (formula == null || formulas.get("H" + row) == null) {
                continue;
            }
            Matcher m = DECLARATION_CELL.matcher(formula);
            String cell = null;
            while (m.find()) {
                cell = m.group(1) + m.group(2);
            }
            if (cell != null) {
                items.put(row, cell);
            }
        }
        return items;
    }

    static Map<String, String> sheet(byte[] xlsx, String name) throws Exception {
        return read(xlsx, name, false);
    }

    static Map<String, String> sheetFormulas(byte[] xlsx, String name) throws Exception {
        return read(xlsx, name, true);
    }

    /** One sheet's cells through POI's streaming reader: values as cached, or the formulas' text. */
    private static Map<String, String> read(byte[] xlsx, String name, boolean formulas) throws Exception {
        Map<String, String> cells = new LinkedHashMap<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    if (!name.equals(sheets.getSheetName())) {
                        continue;
                    }
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                            new XSSFSheetXMLHandler.SheetContentsHandler() {
                                @Override
                                public void startRow(int rowNum) {
                                }

                                @Override
                                public void endRow(int rowNum) {
                                }

                                @Override
                                public void cell(String ref, String value, XSSFComment comment) {
                                    cells.put(ref, value);
                                }
                            }, new DataFormatter(), formulas));
                    parser.parse(new InputSource(in));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return cells;
    }
}
