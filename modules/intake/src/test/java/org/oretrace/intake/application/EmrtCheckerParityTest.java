package org.oretrace.intake.application;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oretrace.intake.domain.Finding;
import org.oretrace.intake.domain.FindingCode;
import org.oretrace.intake.domain.Severity;
import org.oretrace.intake.infrastructure.EmrtContent;
import org.oretrace.intake.infrastructure.EmrtReader;
import org.oretrace.intake.infrastructure.EmrtReading;
import org.oretrace.intake.testing.LibreOffice;
import org.oretrace.intake.testing.EmrtFile;
import org.oretrace.intake.testing.EmrtFile.SmelterLine;
import org.oretrace.intake.testing.Templates;
import org.oretrace.kernel.Metal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * {@link EmrtRules} against the EMRT's own Checker, like {@link CheckerParityTest} for the CMRT: real blank EMRTs
 * filled with POI in several answer combinations, recalculated by LibreOffice, then the Checker's "incomplete"
 * column H compared item by item with Oretrace's error findings for the same file, and the Checker's own total
 * with the items it sums. Which Declaration cells an item looks at is read from the Checker's column B formulas;
 * the smelter items (column A "Smelter List - Cobalt" in 1.x, {@code =Declaration!AA12}... in 2.x, the minerals
 * in the template's order), the Product List item and the "Smelter not listed" item are recognised by column A.
 * The default build checks 1.3 and 2.1 (one per layout); {@code -Doretrace.parity.versions=all} checks all six,
 * a list such as {@code 1.1,2.0} those. Skipped, saying why, only when LibreOffice is not installed.
 */
class EmrtCheckerParityTest {

    private static final Pattern DECLARATION_CELL = Pattern.compile("Declaration!\\$?([A-Z]+)\\$?(\\d+)");
    private static final Pattern SUM = Pattern.compile("SUM\\(H4:H(\\d+)\\)");
    private static final Set<FindingCode> CHECKER_CODES = Set.of(FindingCode.MISSING_REQUIRED_FIELD,
            FindingCode.MISSING_ANSWER, FindingCode.INVALID_EMAIL, FindingCode.SCOPE_DESCRIPTION_MISSING,
            FindingCode.POLICY_URL_MISSING, FindingCode.INVALID_ANSWER);

    static Stream<String> versions() {
        String chosen = System.getProperty("oretrace.parity.versions", "");
        List<String> all = Templates.EMRT_VERSIONS;
        if (chosen.equals("all")) {
            return all.stream();
        }
        List<String> picked = Stream.of(chosen.split(",")).map(String::trim).filter(all::contains).toList();
        return picked.isEmpty() ? Stream.of("1.3", "2.1") : picked.stream();
    }

    private static Map<String, UnaryOperator<EmrtFile>> cases(String version) {
        boolean v2 = version.startsWith("2");
        Map<String, UnaryOperator<EmrtFile>> cases = new LinkedHashMap<>();
        cases.put("complete", f -> f);
        // independent items share a file (one LibreOffice conversion costs seconds): company fields, company
        // questions and the Smelter/Product List gaps together
        cases.put("company-smelter-product-gaps", f -> f.set("D8", null).set("D" + (v2 ? 20 : 16), "ann-at-acme")
                .set("D9", EmrtFile.USER_DEFINED_C).set("D10", null).set("D" + (v2 ? 25 : 21), null)
                .companyAnswer('A', "Yes", null).companyAnswer('B', "Yes", "x").companyAnswer('F', null, null)
                .companyAnswer('E', "Yes, Using Other Format (Describe)", null).noSmelters().noProducts()
                .smelter(SmelterLine.notListed("Cobalt", "Unnamed Cobalt Works", null))
                .smelter(new SmelterLine(null, "Mica", null, "A mica processor typed in D only", "INDIA")));
        cases.put("cobalt-not-used", f -> f.answer(1, Metal.COBALT, "No").answer(2, Metal.COBALT, null)
                .answer(3, Metal.COBALT, null).cAnswer(Metal.COBALT, null).companyAnswer('D', null, null));
        cases.put("q2-unknown-and-gaps", f -> f.answer(2, Metal.COBALT, "Unknown").answer(3, Metal.COBALT, null)
                .answer(5, v2 ? Metal.COPPER : Metal.COBALT, null).cAnswer(v2 ? Metal.COPPER : Metal.COBALT, null)
                .answer(2, v2 ? Metal.COPPER : Metal.MICA, "Yes").answer(1, Metal.MICA, "Yes"));
        cases.put("q1-blank", f -> f.answer(1, Metal.COBALT, null).answer(2, Metal.COBALT, null)
                .answer(6, Metal.COBALT, null).companyAnswer('B', "No", null));
        if (v2) {
            cases.put("no-mineral-chosen", f -> f.minerals(List.of()));
            cases.put("four-minerals", f -> f.minerals(List.of(Metal.NICKEL, Metal.COBALT, Metal.MICA, Metal.LITHIUM))
                    .declare(Metal.NICKEL).answer(1, Metal.MICA, "Not declaring").answer(1, Metal.LITHIUM, "Yes"));
        }
        return cases;
    }

    @ParameterizedTest(name = "EMRT {0}")
    @MethodSource("versions")
    void oretraceFlagsWhatTheCheckerFlags(String version) throws Exception {
        Path soffice = LibreOffice.soffice().orElse(null);
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed, so the Checker's formulas "
                + "cannot be evaluated: apt-get install -y libreoffice-calc-nogui (.ci/run does)");
        Path dir = Files.createTempDirectory("emrt-parity-" + version);
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, EmrtFile> filled = new LinkedHashMap<>();
        for (Map.Entry<String, UnaryOperator<EmrtFile>> c : cases(version).entrySet()) {
            EmrtFile file = c.getValue().apply(EmrtFile.of(version));
            byte[] bytes = file.toBytes();
            files.put(c.getKey(), bytes);
            filled.put(c.getKey(), file);
            Files.write(in.resolve(c.getKey() + ".xlsx"), bytes);
        }
        LibreOffice.recalculate(soffice, dir, in, out, files.keySet(), 20);

        Map<String, String> formulas = CheckerParityTest.sheetFormulas(Templates.emrt(version), "Checker");
        int[] total = totalRow(formulas);
        int sumTo = total[1];
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Map<String, String> checker = CheckerParityTest.sheet(Files.readAllBytes(out.resolve(file.getKey() + ".xlsx")),
                    "Checker");
            EmrtReading reading = new EmrtReader().read(file.getValue(), "emrt.xlsx");
            assertThat(reading.rejection()).isNull();
            EmrtContent content = reading.content();
            List<Finding> findings = EmrtRules.check(content);
            Map<String, Boolean> checkerSays = new TreeMap<>();
            Map<String, Boolean> oretraceSays = new TreeMap<>();
            double summed = 0;
            int items = 0;
            for (int row = 4; row < 140; row++) {
                String a = formulas.getOrDefault("A" + row, "");
                String b = formulas.getOrDefault("B" + row, "");
                if (formulas.get("H" + row) == null || formulas.get("F" + row) == null) {
                    continue;
                }
                String key = "Checker!H" + row + " ";
                Boolean ours = null;
                if (a.contains("Smelter not listed")) {
                    key += "not-listed rows";
                    ours = has(findings, FindingCode.NOT_LISTED_INCOMPLETE, null);
                } else if (a.equals("Product List")) {
                    key += "Product List!B6";
                    ours = has(findings, FindingCode.SCOPE_PRODUCTS_MISSING, null);
                } else if (a.startsWith("Smelter List - ") || a.matches("Declaration!\\$?AA\\$?\\d+")) {
                    Metal mineral = a.startsWith("Smelter List - ") ? Metal.fromText(a.substring(15)).orElseThrow()
                            : slot(content, Integer.parseInt(a.replaceAll("\\D", "")) - 12);
                    key += "smelters of " + (mineral == null ? "(no mineral)" : mineral.displayName());
                    ours = mineral != null && has(findings, FindingCode.METAL_WITHOUT_SMELTERS,
                            "D" + content.answer("1", mineral).row());
                } else if (a.matches("Declaration!\\$?B\\$?12") && b.isEmpty()) {
                    key += "D12 minerals";
                    ours = anyAt(findings, List.of("D12"));
                } else {
                    List<String> cells = new ArrayList<>();
                    Matcher m = DECLARATION_CELL.matcher(b);
                    while (m.find()) {
                        cells.add(m.group(1) + m.group(2));
                    }
                    if (cells.isEmpty()) {
                        continue;
                    }
                    key += String.join("/", cells.stream().distinct().toList());
                    ours = anyAt(findings, cells);
                }
                boolean theirs = "1".equals(checker.get("H" + row));
                checkerSays.put(key, theirs);
                oretraceSays.put(key, ours);
                items++;
                if (row <= sumTo && theirs) {
                    summed++;
                }
            }
            assertThat(oretraceSays).as("EMRT %s, %s: items incomplete per Oretrace vs the Checker; findings %s",
                    version, file.getKey(), findings).isEqualTo(checkerSays);
            assertThat(Double.parseDouble(checker.get("H" + total[0]))).as("the Checker's own total").isEqualTo(summed);
            if (file.getKey().equals("complete")) {
                assertThat(summed).as("LibreOffice recalculated (the blank's cached total is not 0)").isZero();
            }
            assertThat(items).as("Checker items recognised").isGreaterThan(35);
        }
    }

    /** The Checker's total: its row and the last row it sums (1.1 sums to 62 and leaves 63–65 out, totals in 66). */
    private static int[] totalRow(Map<String, String> formulas) {
        for (int row = 50; row < 140; row++) {
            Matcher m = SUM.matcher(formulas.getOrDefault("H" + row, ""));
            if (m.find()) {
                assertThat(row).as("the total sits below the items").isGreaterThan(Integer.parseInt(m.group(1)));
                return new int[]{row, Integer.parseInt(m.group(1))};
            }
        }
        throw new AssertionError("no total SUM(H4:Hn) in the Checker");
    }

    private static Metal slot(EmrtContent content, int slot) {
        return slot < content.minerals().size() ? content.minerals().get(slot) : null;
    }

    private static boolean anyAt(List<Finding> findings, List<String> cells) {
        return findings.stream().anyMatch(f -> f.getSeverity() == Severity.ERROR && CHECKER_CODES.contains(f.getCode())
                && "Declaration".equals(f.getSheet()) && cells.contains(f.getCell()));
    }

    private static boolean has(List<Finding> findings, FindingCode code, String cell) {
        return findings.stream().anyMatch(f -> f.getCode() == code && f.getSeverity() == Severity.ERROR
                && (cell == null || cell.equals(f.getCell())));
    }
}
