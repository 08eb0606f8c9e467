package org.oretrace.filing.rollup;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oretrace.filing.rollup.application.CmrtRollup;
import org.oretrace.filing.rollup.application.EmrtRollup;
import org.oretrace.filing.rollup.application.EmrtMines;
import org.oretrace.filing.rollup.application.EmrtSmelters;
import org.oretrace.filing.rollup.domain.AnswerOverride;
import org.oretrace.filing.rollup.domain.CompanyCmrt;
import org.oretrace.filing.rollup.domain.EmrtChoices;
import org.oretrace.filing.rollup.domain.EmrtRollupRules;
import org.oretrace.filing.rollup.domain.RolledAnswer;
import org.oretrace.filing.testing.Registrants;
import org.oretrace.filing.testing.TemplateYear;
import org.oretrace.intake.application.DeclarationReading;
import org.oretrace.intake.domain.Answer;
import org.oretrace.intake.domain.Channel;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.Finding;
import org.oretrace.intake.domain.MineRow;
import org.oretrace.intake.domain.Severity;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.intake.domain.StoredFile;
import org.oretrace.intake.infrastructure.CmrtReader;
import org.oretrace.intake.testing.LibreOffice;
import org.oretrace.intake.testing.TemplateSmelterDirectory;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.cmrt.RmiTemplate;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Our own EMRT from three accepted supplier EMRTs ({@link EmrtAnswers}), and from none: the roll-up rules give the
 * answers the suppliers' answers imply, the file written into RMI's real blank EMRT 2.1 reads back through intake's own
 * EMRT reader without an error finding, and LibreOffice's recalculation of the template's own Checker finds nothing
 * missing.
 */
class CompanyEmrtTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 1);
    private static final Instant NOW = Instant.parse("2024-03-01T10:00:00Z");
    private static final String POLICY = "https://www.allisontransmission.com/responsible-minerals";

    private static TemplateYear year;
    private static EmrtRollup rollup;
    private static EmrtRollup noEmrts;

    @BeforeAll
    static void year() {
        year = TemplateYear.standard();
        rollup = new EmrtRollup(year, new EmrtAnswers());
        noEmrts = new EmrtRollup(year, new YearAnswers(year));
    }

    private static CompanyCmrt emrt() {
        CompanyCmrt c = new CompanyCmrt(RmiTemplate.EMRT, 2023, 1, NOW, "alice");
        c.choose(false, null, null, "eric.scroggins@allison.example", "compliance@allison.example", "+1 317 242 5000",
                POLICY);
        return c;
    }

    @Test
    void answersFollowTheRulesFromTheSuppliersEmrts() {
        EmrtRollup.Review review = rollup.review(emrt(), true, false);
        Map<String, RolledAnswer> a = review.byKey();
        assertThat(a.get("1.COBALT").answer()).isEqualTo("Yes");
        assertThat(a.get("1.COBALT").basis()).containsExactly(9001L, 9002L);
        assertThat(a.get("1.COPPER").answer()).as("the only supplier declaring copper says No").isEqualTo("No");
        assertThat(a.get("1.MICA").answer()).as("mica answered Unknown").isEqualTo("Unknown");
        assertThat(a.get("1.GRAPHITE").answer()).as("graphite 'Not declaring'").isEqualTo("Unknown");
        assertThat(a.get("1.LITHIUM").answer()).as("nobody told us").isEqualTo("Unknown");
        assertThat(a.get("1.LITHIUM").comment()).contains("None of the 3 accepted EMRTs");
        assertThat(a).doesNotContainKeys("2.COPPER", "2.MICA", "3.LITHIUM");
        assertThat(a.get("2.NICKEL").answer()).isEqualTo("Yes");
        assertThat(a.get("3.COBALT").answer()).as("one in-scope supplier answered Unknown").isEqualTo("Unknown");
        assertThat(a.get("3.NICKEL").answer()).isEqualTo("No");
        assertThat(a.get("4.COBALT").answer()).isEqualTo("No");
        // 3 of 4 asked returned the EMRT: 75.0 %, not more than 75
        assertThat(a.get("5.COBALT").answer()).isEqualTo("Greater than 50%");
        assertThat(EmrtRollupRules.responseRate(0, 0)).isEqualTo("Did not survey");
        assertThat(EmrtRollupRules.responseRate(4, 4)).isEqualTo("100%");
        assertThat(a.get("6.COBALT").answer()).as("9002 answers No").isEqualTo("No");
        assertThat(a.get("6.NICKEL").answer()).as("all in scope say Yes, but one supplier asked did not return it")
                .isEqualTo("No");
        assertThat(a.get("7.COBALT").answer()).isEqualTo("Yes");
        assertThat(a.get("7.NICKEL").comment()).isEqualTo("2 smelters or processors listed");
        assertThat(a.get("C.COBALT").answer()).isEqualTo("No");
        assertThat(a.get("A").answer()).isEqualTo("Yes");
        assertThat(a.get("B").comment()).isEqualTo(POLICY);
        assertThat(a.get("E").answer()).isEqualTo("Yes, in conformance with IPC1755 (e.g. EMRT)");
        assertThat(a.get("F").basis()).containsExactly(9001L, 9002L, 9003L);
        assertThat(a).doesNotContainKey("H");
        // the same refinery by ID twice (once in lower case) is one line with both declarations; "not yet identified" none
        assertThat(review.smelters()).extracting(EmrtSmelters.Smelter::mineral, EmrtSmelters.Smelter::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Metal.COBALT, EmrtAnswers.COBALT_REFINERY),
                        org.assertj.core.groups.Tuple.tuple(Metal.COBALT, EmrtAnswers.COBALT_BY_NAME),
                        org.assertj.core.groups.Tuple.tuple(Metal.NICKEL, "Nordic Nickel Works"),
                        org.assertj.core.groups.Tuple.tuple(Metal.NICKEL, EmrtAnswers.NICKEL_PROCESSOR));
        assertThat(review.smelters().get(0).declarations()).containsExactly(9001L, 9002L);
        assertThat(review.supplierOf()).containsEntry(9002L, "Volta Metals GmbH");
    }

    @Test
    void withoutAnyAcceptedEmrtEveryMineralIsUnknownWithTheReason() {
        Map<String, RolledAnswer> a = noEmrts.review(emrt(), true, false).byKey();
        for (Metal m : EmrtChoices.MINERALS) {
            assertThat(a.get("1." + m.name()).answer()).isEqualTo("Unknown");
            assertThat(a.get("1." + m.name()).comment()).isEqualTo("None of the 0 accepted EMRTs declares " + m.displayName());
        }
        assertThat(a.get("E").answer()).as("the campaign asked nobody for the EMRT").isEqualTo("No");
        assertThat(a.get("F").answer()).isEqualTo("No");
    }

    @Test
    void overridesAreCheckedAndAMineralBroughtIntoScopeAsksForItsAnswers() {
        assertThat(rollup.checkedOverride("C.COBALT", " Yes, when more processors are validated ", "Standard 4"))
                .isEqualTo("Yes, when more processors are validated");
        assertThatThrownBy(() -> rollup.checkedOverride("8.COBALT", "Yes", "r")).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("Unknown question");
        assertThatThrownBy(() -> rollup.checkedOverride("H", "No", "r")).hasMessageContaining("Unknown question");
        assertThatThrownBy(() -> rollup.checkedOverride("1.TIN", "Yes", "r")).hasMessageContaining("Unknown question");
        assertThatThrownBy(() -> rollup.checkedOverride("5.MICA", "Perhaps", "r")).hasMessageContaining("Did not survey");
        assertThatThrownBy(() -> rollup.checkedOverride("1.MICA", "Yes", " ")).hasMessageContaining("reason");
        CompanyCmrt c = emrt();
        c.override(new AnswerOverride("1.LITHIUM", "Yes", "Our own battery line buys lithium carbonate", "bob", NOW));
        c.override(new AnswerOverride("2.LITHIUM", "Yes", "It stays in the cells", "bob", NOW));
        List<RolledAnswer> answers = rollup.review(c, true, false).answers();
        assertThat(rollup.unansweredOf(answers)).containsExactly("Q3 Lithium", "Q4 Lithium", "Q5 Lithium", "Q6 Lithium",
                "Q7 Lithium", "C Lithium");
        assertThatThrownBy(() -> rollup.generate(c, Registrants.allison(), true, false, TODAY))
                .hasMessageContaining("Q3 Lithium");
    }

    @Test
    void generatedEmrtReadsBackThroughIntakeWithoutErrorAndPassesTheTemplatesChecker() throws Exception {
        CompanyCmrt c = emrt();
        c.choose(true, null, "GB-100 | Gearbox 100", "eric.scroggins@allison.example", "compliance@allison.example",
                "+1 317 242 5000", POLICY);
        c.override(new AnswerOverride("C.NICKEL", "Yes, when more processors are validated", "Nickel standard, §4",
                "bob", NOW));
        CmrtRollup.Generated g = rollup.generate(c, Registrants.allison(), true, false, TODAY);
        assertThat(g.templateVersion()).isEqualTo("2.1");
        assertThat(g.sha256()).hasSize(64);
        assertThat(g.smelterRows()).isEqualTo(4);

        Declaration d = read(g.content());
        List<Finding> errors = d.getFindings().stream().filter(f -> f.getSeverity() == Severity.ERROR).toList();
        assertThat(errors).as("intake's findings: %s", d.getFindings()).isEmpty();
        assertThat(d.isEmrt()).isTrue();
        assertThat(d.getTemplateVersion()).isEqualTo("2.1");
        assertThat(d.getCompany().getName()).isEqualTo("Allison Transmission Holdings, Inc.");
        assertThat(d.getMinerals()).containsExactlyElementsOf(EmrtChoices.MINERALS);
        Map<String, RolledAnswer> rolled = rollup.review(c, true, false).byKey();
        assertThat(rolled.get("C.NICKEL").answer()).isEqualTo("Yes, when more processors are validated");
        for (Answer a : d.getAnswers()) {
            RolledAnswer r = rolled.get(RolledAnswer.key(a.getQuestion(), a.getMetal()));
            assertThat(a.getAnswer()).as("answer %s %s", a.getQuestion(), a.getMetal())
                    .isEqualTo(r == null ? null : r.answer());
        }
        assertThat(d.getAnswers()).filteredOn(a -> a.getAnswer() != null).hasSize(rolled.size());
        assertThat(d.getEmrtSmelters()).extracting(SmelterRow::getMetal, SmelterRow::getLookupName).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Cobalt", EmrtAnswers.COBALT_REFINERY),
                org.assertj.core.groups.Tuple.tuple("Cobalt", EmrtAnswers.COBALT_BY_NAME),
                org.assertj.core.groups.Tuple.tuple("Nickel", "Smelter not listed"),
                org.assertj.core.groups.Tuple.tuple("Nickel", EmrtAnswers.NICKEL_PROCESSOR));
        assertThat(d.getProducts()).hasSize(1);
        // the Mine List: the suppliers' mines of the minerals in scope, one row per mine and smelter, read back equal
        List<EmrtMines.Mine> mines = EmrtMines.consolidate(new EmrtAnswers().acceptedAnswers(2023, RmiTemplate.EMRT),
                EmrtRollupRules.inScope(rolled));
        assertThat(mines).extracting(EmrtMines.Mine::mineral, EmrtMines.Mine::mineName, EmrtMines.Mine::smelterName,
                EmrtMines.Mine::declarations).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Metal.COBALT, "Kamoto Mine", EmrtAnswers.COBALT_REFINERY, List.of(9001L, 9002L)),
                org.assertj.core.groups.Tuple.tuple(Metal.COBALT, "Kamoto Mine", EmrtAnswers.COBALT_BY_NAME, List.of(9002L)),
                org.assertj.core.groups.Tuple.tuple(Metal.NICKEL, "Weda Bay Nickel Mine", EmrtAnswers.NICKEL_PROCESSOR, List.of(9002L)));
        assertThat(mines.get(0).cells()).as("the first supplier's row gives the details").containsExactly("Cobalt",
                EmrtAnswers.COBALT_REFINERY, "Kamoto Mine", "MINE-CD-0001", "RMI", "CONGO, DEMOCRATIC REPUBLIC OF THE",
                "Route de Likasi", "Kolwezi", "Lualaba", "Joseph Mbuyi", "j.mbuyi@kamoto.example", null,
                "artisanal sites excluded");
        assertThat(d.getMines()).extracting(CompanyEmrtTest::cells).containsExactlyElementsOf(
                mines.stream().map(m -> java.util.Arrays.stream(m.cells()).map(v -> v == null ? "" : v).toList()).toList());
        assertThat(d.getMines()).extracting(MineRow::getRow).containsExactly(5, 6, 7);

        assertCheckerFindsNothingMissing(g.content());
    }

    /** A Mine List row read back, columns A–M (empty cells as ""). */
    private static List<String> cells(MineRow m) {
        return java.util.stream.Stream.of(m.getMineral(), m.getSmelterName(), m.getMineName(), m.getMineId(),
                m.getSourceId(), m.getCountry(), m.getStreet(), m.getCity(), m.getProvince(), m.getContactName(),
                m.getContactEmail(), m.getNextSteps(), m.getComment()).map(v -> v == null ? "" : v).toList();
    }

    @Test
    void withoutAnyAcceptedEmrtTheFileIsStillCompleteAndHonest() throws Exception {
        CmrtRollup.Generated g = noEmrts.generate(emrt(), Registrants.allison(), true, false, TODAY);
        assertThat(g.smelterRows()).isZero();
        Declaration d = read(g.content());
        assertThat(d.getMines()).as("no accepted EMRT, no mine").isEmpty();
        assertThat(d.getFindings()).filteredOn(f -> f.getSeverity() == Severity.ERROR).isEmpty();
        assertThat(d.getAnswers()).filteredOn(a -> "1".equals(a.getQuestion())).extracting(Answer::getAnswer)
                .containsOnly("Unknown");
        assertCheckerFindsNothingMissing(g.content());
    }

    private static Declaration read(byte[] bytes) {
        StoredFile stored = new StoredFile(bytes, "our-emrt.xlsx", NOW, "test", Channel.UPLOAD);
        Declaration d = new Declaration(stored, "our-emrt.xlsx", Channel.UPLOAD, NOW, "test");
        // the registry as an installation has it after an admin imported RMI's EMRT 2.1 list (intake checks EMRT IDs)
        new DeclarationReading(new CmrtReader(), TemplateSmelterDirectory.withEmrt("6.5", "2.1"))
                .read(d, bytes, TODAY, NOW, Set.of(RmiTemplate.CMRT, RmiTemplate.EMRT));
        assertThat(d.getRejectionCode()).as("rejection: %s", d.getRejectionMessage()).isNull();
        return d;
    }

    /** LibreOffice recalculates the file; the Checker's total (the cell summing its column H) must be 0. */
    private static void assertCheckerFindsNothingMissing(byte[] xlsx) throws Exception {
        Path soffice = LibreOffice.soffice().orElse(null);
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed: the Checker cannot be recalculated");
        Path dir = Files.createTempDirectory("our-emrt");
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.write(in.resolve("emrt.xlsx"), xlsx);
        LibreOffice.recalculate(soffice, dir, in, out, List.of("emrt"), 10);
        Pattern sum = Pattern.compile("SUM\\(H4:H(\\d+)\\)");
        Map<Integer, Double> items = new TreeMap<>();
        Double total = null;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(out.resolve("emrt.xlsx"))))) {
            for (Row row : wb.getSheet("Checker")) {
                Cell h = row.getCell(7);
                if (h == null || h.getCellType() != CellType.FORMULA || h.getCachedFormulaResultType() != CellType.NUMERIC) {
                    continue;
                }
                Matcher m = sum.matcher(h.getCellFormula());
                if (m.find()) {
                    total = h.getNumericCellValue();
                } else {
                    items.put(row.getRowNum() + 1, h.getNumericCellValue());
                }
            }
        }
        assertThat(total).as("the Checker's total SUM(H4:Hn)").isNotNull();
        assertThat(total).as("the Checker's count of missing items; its column H: %s", items).isZero();
        assertThat(items.values()).as("items recognised").hasSizeGreaterThan(35);
    }
}
