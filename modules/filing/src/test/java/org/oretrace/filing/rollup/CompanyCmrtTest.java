package org.oretrace.filing.rollup;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oretrace.filing.domain.ConsolidatedSmelter;
import org.oretrace.filing.rollup.application.CmrtRollup;
import org.oretrace.filing.rollup.domain.AnswerOverride;
import org.oretrace.filing.rollup.domain.CompanyCmrt;
import org.oretrace.filing.rollup.domain.RolledAnswer;
import org.oretrace.filing.testing.Registrants;
import org.oretrace.filing.testing.TemplateYear;
import org.oretrace.intake.application.DeclarationReading;
import org.oretrace.intake.domain.Answer;
import org.oretrace.intake.domain.Channel;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.Finding;
import org.oretrace.intake.domain.Severity;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.intake.domain.StoredFile;
import org.oretrace.intake.infrastructure.CmrtReader;
import org.oretrace.intake.testing.LibreOffice;
import org.oretrace.intake.testing.TemplateSmelterDirectory;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.ReportingYear;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Our own CMRT from a year of declarations built on RMI's real 6.5 list (58 accepted of 77 asked, unresolved names,
 * a covered-country smelter), written into RMI's real blank 6.5 template: the roll-up rules give the answers the
 * suppliers' answers imply, intake's own reader reads the file back without an error, and LibreOffice's recalculation
 * of the template's own Checker finds nothing missing.
 */
class CompanyCmrtTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 1);
    private static final Instant NOW = Instant.parse("2024-03-01T10:00:00Z");

    private static TemplateYear year;
    private static CmrtRollup rollup;

    @BeforeAll
    static void year() {
        year = TemplateYear.standard();
        rollup = new CmrtRollup(year, new YearAnswers(year));
    }

    private static CompanyCmrt cmrt() {
        CompanyCmrt c = new CompanyCmrt(2023, 1, NOW, "alice");
        c.choose(false, null, null, "eric.scroggins@allison.example", "compliance@allison.example", "+1 317 242 5000",
                "https://www.allisontransmission.com/conflict-minerals");
        return c;
    }

    @Test
    void answersFollowTheRulesFromTheSuppliersAnswers() {
        Map<String, RolledAnswer> a = rollup.review(cmrt(), true).byKey();
        Set<Metal> declared = EnumSet.noneOf(Metal.class);
        year.declarations.forEach(d -> declared.addAll(YearAnswers.declared(d)));
        for (Metal m : List.of(Metal.TANTALUM, Metal.TIN, Metal.GOLD, Metal.TUNGSTEN)) {
            RolledAnswer q1 = a.get("1." + m.name());
            assertThat(q1.answer()).as("Q1 %s", m).isEqualTo(declared.contains(m) ? "Yes" : "No");
            long declaring = year.declarations.stream().filter(d -> YearAnswers.declared(d).contains(m)).count();
            assertThat(q1.basis()).as("Q1 %s links the declarations behind it", m).hasSize((int) declaring);
        }
        // 58 of 77 responded: 75.3 %, the template's band "Greater than 75%"
        assertThat(a.get("6.TIN").answer()).isEqualTo("Greater than 75%");
        assertThat(org.oretrace.filing.rollup.domain.RollupRules.responseRate(57, 76)).isEqualTo("Greater than 50%");
        assertThat(org.oretrace.filing.rollup.domain.RollupRules.responseRate(0, 76)).isEqualTo("None");
        assertThat(org.oretrace.filing.rollup.domain.RollupRules.responseRate(76, 76)).isEqualTo("100%");
        // Q3: fixture declarations 9, 18, ... answer Yes for tin and gold; a smelter on the list is in a covered country
        assertThat(a.get("3.TIN").answer()).isEqualTo("Yes");
        boolean tinQ4Unknown = year.declarations.stream().anyMatch(d -> d.id() == YearAnswers.TIN_Q4_UNKNOWN
                && YearAnswers.declared(d).contains(Metal.TIN));
        assertThat(a.get("4.TIN").answer()).isEqualTo(tinQ4Unknown ? "Unknown" : "No");
        assertThat(a.get("4.TUNGSTEN").answer()).isEqualTo("No");
        // Q5: some gold declarations say recycled, not all: No
        assertThat(a.get("5.GOLD").answer()).isEqualTo("No");
        // Q7: not every supplier responded, so not every smelter is known
        assertThat(a.get("7.TUNGSTEN").answer()).isEqualTo("No");
        // Q8: tin and gold have names no smelter ID was found for; tungsten has none
        assertThat(a.get("8.TIN").answer()).isEqualTo("No");
        assertThat(a.get("8.TUNGSTEN").answer()).isEqualTo("Yes");
        assertThat(a.get("B").answer()).isEqualTo("Yes");
        assertThat(a.get("B").comment()).isEqualTo("https://www.allisontransmission.com/conflict-minerals");
        assertThat(a.get("E").answer()).isEqualTo("Yes, in conformance with IPC1755 (e.g., CMRT)");
        assertThat(a.get("H").answer()).isEqualTo("Yes, with the SEC");
        assertThat(a.get("F").basis()).hasSize(58);
    }

    @Test
    void anOverrideReplacesTheAnswerAndKeepsTheGeneratedOneAndTheReason() {
        CompanyCmrt c = cmrt();
        c.override(new AnswerOverride("C", CmrtRollup.checkOverride("C", "Yes", "Clause 14 of our supplier terms"),
                "Clause 14 of our supplier terms", "bob", NOW));
        RolledAnswer a = rollup.review(c, true).byKey().get("C");
        assertThat(a.answer()).isEqualTo("Yes");
        assertThat(a.generated()).isEqualTo("No");
        assertThat(a.overrideReason()).isEqualTo("Clause 14 of our supplier terms");
        assertThat(a.overriddenBy()).isEqualTo("bob");
        assertThatThrownBy(() -> CmrtRollup.checkOverride("C", "Perhaps", "x")).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("Yes, No");
        assertThatThrownBy(() -> CmrtRollup.checkOverride("6.TIN", "100%", " ")).hasMessageContaining("reason");
        assertThatThrownBy(() -> CmrtRollup.checkOverride("9.TIN", "Yes", "r")).hasMessageContaining("Unknown question");
    }

    @Test
    void anOverrideThatBringsAMetalIntoScopeAsksForTheAnswersTheTemplateThenRequires() {
        CompanyCmrt c = cmrt();
        c.override(new AnswerOverride("1.TUNGSTEN", "No", "We stopped using tungsten carbide tools", "bob", NOW));
        List<RolledAnswer> answers = rollup.review(c, true).answers();
        assertThat(CmrtRollup.unanswered(answers)).isEmpty();
        List<RolledAnswer> onlyTin = List.of(RolledAnswer.of("1", Metal.TIN, "Yes", null, "r", List.of()),
                RolledAnswer.of("2", Metal.TIN, "Yes", null, "r", List.of()),
                RolledAnswer.of("3", Metal.TIN, null, null, "r", List.of()));
        assertThat(CmrtRollup.unanswered(onlyTin)).contains("Q1 Tantalum", "Q3 Tin", "Q8 Tin").doesNotContain("Q2 Tin", "Q2 Gold");
    }

    @Test
    void generatedFileReadsBackThroughIntakeWithoutErrorAndPassesTheTemplatesChecker() throws Exception {
        CompanyCmrt c = cmrt();
        c.choose(true, null, "GB-100 | Gearbox 100\nGB-200 | Gearbox 200", "eric.scroggins@allison.example",
                "compliance@allison.example", "+1 317 242 5000", "https://www.allisontransmission.com/conflict-minerals");
        // tungsten taken out of scope by hand: its Q2–Q8 and its smelters are left out of the file
        c.override(new AnswerOverride("1.TUNGSTEN", "No", "We stopped using tungsten carbide tools", "bob", NOW));
        CmrtRollup.Generated g = rollup.generate(c, Registrants.allison(), true, TODAY);
        assertThat(g.templateVersion()).isEqualTo("6.5");
        assertThat(g.sha256()).hasSize(64);

        Declaration d = read(g.content());
        List<Finding> errors = d.getFindings().stream().filter(f -> f.getSeverity() == Severity.ERROR).toList();
        assertThat(errors).as("intake's findings: %s", d.getFindings()).isEmpty();
        assertThat(d.getTemplateVersion()).isEqualTo("6.5");
        assertThat(d.getCompany().getName()).isEqualTo("Allison Transmission Holdings, Inc.");
        assertThat(d.getScope()).isEqualTo("B. Product (or List of Products)");
        assertThat(d.getProducts()).hasSize(2);
        Map<String, RolledAnswer> rolled = rollup.review(c, true).byKey();
        for (Answer a : d.getAnswers()) {
            // tungsten's later questions are not asked once its Q1 is "No": the file leaves them empty
            boolean notAsked = a.getMetal() == Metal.TUNGSTEN && !"1".equals(a.getQuestion());
            assertThat(a.getAnswer()).as("answer %s %s", a.getQuestion(), a.getMetal())
                    .isEqualTo(notAsked ? null : rolled.get(RolledAnswer.key(a.getQuestion(), a.getMetal())).answer());
        }
        List<Metal> inScope = org.oretrace.filing.rollup.domain.RollupRules.inScope(rolled);
        assertThat(inScope).doesNotContain(Metal.TUNGSTEN);
        assertThat(d.getAnswers()).filteredOn(a -> a.getMetal() == Metal.TUNGSTEN && a.getAnswer() != null)
                .extracting(Answer::getQuestion).containsExactly("1");
        Set<String> expected = new org.oretrace.filing.application.Consolidation(year)
                .smelterList(ReportingYear.of(2023), LocalDate.of(2023, 12, 31), false).smelters().stream()
                .filter(s -> inScope.contains(s.metal())).map(ConsolidatedSmelter::smelterId).collect(Collectors.toCollection(TreeSet::new));
        Set<String> readBack = d.getSmelters().stream().map(SmelterRow::getResolvedSmelterId)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(readBack).as("every consolidated smelter of the in-scope metals, resolved again by intake").isEqualTo(expected);

        Path soffice = LibreOffice.soffice().orElse(null);
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed: the Checker cannot be recalculated");
        Map<String, String> checker = recalculatedChecker(soffice, g.content());
        assertThat(Double.parseDouble(checker.get("H70"))).as("the Checker's count of missing items; its column H: %s",
                checker.entrySet().stream().filter(e -> e.getKey().startsWith("H")).toList()).isZero();
    }

    private static Declaration read(byte[] bytes) {
        StoredFile stored = new StoredFile(bytes, "our-cmrt.xlsx", NOW, "test", Channel.UPLOAD);
        Declaration d = new Declaration(stored, "our-cmrt.xlsx", Channel.UPLOAD, NOW, "test");
        new DeclarationReading(new CmrtReader(), new TemplateSmelterDirectory("6.5")).read(d, bytes, TODAY, NOW);
        assertThat(d.getRejectionCode()).isNull();
        return d;
    }

    /** LibreOffice recalculates every formula (intake's test helper, as CheckerParityTest); the Checker sheet's values. */
    static Map<String, String> recalculatedChecker(Path soffice, byte[] xlsx) throws Exception {
        Path dir = Files.createTempDirectory("our-cmrt");
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.write(in.resolve("cmrt.xlsx"), xlsx);
        LibreOffice.recalculate(soffice, dir, in, out, List.of("cmrt"), 10);
        Path result = out.resolve("cmrt.xlsx");
        Map<String, String> cells = new java.util.TreeMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(result)))) {
            DataFormatter text = new DataFormatter();
            for (var row : wb.getSheet("Checker")) {
                for (var cell : row) {
                    String v = cell.getCellType() != org.apache.poi.ss.usermodel.CellType.FORMULA ? text.formatCellValue(cell)
                            : switch (cell.getCachedFormulaResultType()) {
                                case NUMERIC -> String.valueOf(cell.getNumericCellValue());
                                case STRING -> cell.getStringCellValue();
                                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                                default -> "#ERROR";
                            };
                    cells.put(cell.getAddress().formatAsString(), v);
                }
            }
        }
        return cells;
    }
}
