package org.oretrace.intake.infrastructure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oretrace.intake.application.EmrtRules;
import org.oretrace.intake.domain.MineRow;
import org.oretrace.intake.domain.RejectionCode;
import org.oretrace.intake.infrastructure.EmrtContent.EmrtAnswer;
import org.oretrace.intake.testing.EmrtFile;
import org.oretrace.intake.testing.EmrtFile.MineLine;
import org.oretrace.intake.testing.EmrtFile.SmelterLine;
import org.oretrace.intake.testing.EmrtLookup;
import org.oretrace.intake.testing.Templates;
import org.oretrace.kernel.Metal;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Every EMRT version, filled through its real blank template, read back exactly. */
class EmrtReaderTest {

    private final EmrtReader reader = new EmrtReader();

    static List<String> versions() {
        return Templates.EMRT_VERSIONS;
    }

    @ParameterizedTest(name = "EMRT {0}")
    @MethodSource("versions")
    void readsTheDeclarationMineralsSmeltersMinesAndProducts(String version) {
        boolean v2 = version.startsWith("2");
        EmrtFile file = EmrtFile.of(version);
        String cobaltSmelter = EmrtLookup.smelters(version, "Cobalt", 1).get(0).lookupName();
        byte[] bytes = file.toBytes();
        EmrtReading reading = reader.read(bytes, "emrt.xlsx");

        assertThat(reading.rejection()).isNull();
        EmrtContent c = reading.content();
        assertThat(c.templateVersion()).isEqualTo(version);
        assertThat(c.language()).isEqualTo("English");
        assertThat(c.company().getName()).isEqualTo("ACME Batteries Ltd.");
        assertThat(c.scope()).isEqualTo(EmrtFile.PRODUCT_B);
        assertThat(c.company().getUniqueId()).isEqualTo("987654321");
        assertThat(c.company().getContactEmail()).isEqualTo("ann.chen@acme.example");
        assertThat(c.company().getAuthorizerTitle()).isEqualTo("Director of Compliance");
        assertThat(c.company().getAuthorizerPhone()).isEqualTo("+1 555 0101");
        assertThat(c.company().getEffectiveDate()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(c.minerals()).containsExactlyElementsOf(v2 ? List.of(Metal.COBALT, Metal.COPPER)
                : List.of(Metal.COBALT, Metal.MICA));
        assertThat(c.answer("1", Metal.COBALT)).extracting(EmrtAnswer::answer, EmrtAnswer::row)
                .containsExactly("Yes", v2 ? 30 : 26);
        assertThat(c.answer("5", Metal.COBALT).answer()).isEqualTo("100%");
        assertThat(c.answer("A", null).comment()).isEqualTo("https://acme.example/minerals-policy");
        assertThat(c.answer("E", null).answer()).isEqualTo(EmrtFile.E_IPC);
        assertThat(c.answer("C", Metal.COBALT).answer()).isEqualTo("Yes");
        if (v2) {
            assertThat(c.answer("7", Metal.COPPER)).extracting(EmrtAnswer::answer, EmrtAnswer::row).containsExactly("Yes", 103);
            String copperSmelter = EmrtLookup.smelters(version, "Copper", 1).get(0).lookupName();
            assertThat(c.smelters()).extracting(s -> s.getRow(), s -> s.getMetal(), s -> s.getLookupName())
                    .containsExactly(tuple(5, "Cobalt", cobaltSmelter), tuple(6, "Copper", copperSmelter));
            assertThat(c.mines()).extracting(MineRow::getMineral, MineRow::getMineName,
                    MineRow::getMineId, MineRow::getCountry)
                    .containsExactly(tuple("Cobalt", "Kamoto Mine", "MINE-001", "CONGO, DEMOCRATIC REPUBLIC OF THE"));
            assertThat(c.hasMineList()).isTrue();
        } else {
            assertThat(c.answer("2", Metal.MICA)).extracting(EmrtAnswer::answer, EmrtAnswer::row).containsExactly("No", 33);
            assertThat(c.answer("4", Metal.MICA)).as("1.x asks question 4 about cobalt only").isNull();
            assertThat(c.smelters()).extracting(s -> s.getRow(), s -> s.getMetal(), s -> s.getLookupName())
                    .containsExactly(tuple(5, "Cobalt", cobaltSmelter));
            assertThat(c.mines()).isEmpty();
            assertThat(c.hasMineList()).isFalse();
        }
        assertThat(c.products()).extracting(p -> p.getNumber(), p -> p.getName())
                .containsExactly(tuple("B-100", "Battery pack BP-1"));
        assertThat(EmrtRules.check(c)).as("a complete EMRT has no findings").isEmpty();

        CmrtReading asCmrt = new CmrtReader().read(bytes, "emrt.xlsx");
        assertThat(asCmrt.rejection().code()).isEqualTo(RejectionCode.OTHER_RMI_TEMPLATE);
        assertThat(asCmrt.rejection().message()).contains("Extended Minerals Reporting Template (EMRT)", "not the Conflict");

        if (v2) {
            // the CMRT reader's limits, checked while reading: the rows after the limit are never looked at
            EmrtReading tooMany = new EmrtReader(new CmrtReader(CmrtReader.DEFAULT_MAX_BYTES,
                    ReadingLimits.defaults().withRows(1, 10))).read(bytes, "emrt.xlsx");
            assertThat(tooMany.rejection().code()).isEqualTo(RejectionCode.TOO_MANY_ROWS);
            assertThat(tooMany.rejection().message()).contains("'Smelter List'", "more than 1 filled rows");
            assertThat(new EmrtReader(new CmrtReader(bytes.length - 1)).read(bytes, "emrt.xlsx").rejection().code())
                    .isEqualTo(RejectionCode.TOO_LARGE);
        }
        findsTheGapsWithTheirCells(version);
        if (v2) {
            listsTheChosenMineralsInTheTemplatesOrder(version);
        }
    }

    /** One writing of the template costs seconds: each version's cases run in one test. */
    private void findsTheGapsWithTheirCells(String version) {
        boolean v2 = version.startsWith("2");
        EmrtFile file = EmrtFile.of(version).set("D8", null).answer(3, Metal.COBALT, null)
                .smelter(SmelterLine.notListed("Cobalt", null, "CHINA"));
        EmrtContent c = reader.read(file.toBytes(), "emrt.xlsx").content();
        assertThat(EmrtRules.check(c)).extracting(f -> f.getCode().name(), f -> f.getSheet() + "!" + f.getCell())
                .containsExactlyInAnyOrder(tuple("MISSING_REQUIRED_FIELD", "Declaration!D8"),
                        tuple("MISSING_ANSWER", "Declaration!D" + (v2 ? 54 : 38)),
                        tuple("NOT_LISTED_INCOMPLETE", "Smelter List!C" + (v2 ? 7 : 6)));
    }

    private void listsTheChosenMineralsInTheTemplatesOrder(String version) {
        EmrtFile file = EmrtFile.of(version).minerals(List.of(Metal.NICKEL, Metal.LITHIUM, Metal.GRAPHITE))
                .declare(Metal.NICKEL).answer(1, Metal.LITHIUM, "No").answer(1, Metal.GRAPHITE, "Unknown").noSmelters()
                .smelter(SmelterLine.byLookup("Nickel", EmrtLookup.smelters(version, "Nickel", 1).get(0).lookupName()))
                .mine(new MineLine("Nickel", "N", "Nickel Mine", null, "INDONESIA"));
        EmrtContent c = reader.read(file.toBytes(), "emrt.xlsx").content();
        assertThat(c.minerals()).containsExactly(Metal.GRAPHITE, Metal.LITHIUM, Metal.NICKEL);
        assertThat(c.answer("1", Metal.NICKEL).row()).isEqualTo(32);
        assertThat(c.answer("1", Metal.GRAPHITE)).extracting(EmrtAnswer::answer, EmrtAnswer::row).containsExactly("Unknown", 30);
        assertThat(c.answer("C", Metal.NICKEL).row()).isEqualTo(122);
        assertThat(c.mines()).hasSize(2);
        assertThat(EmrtRules.check(c)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theEmrtReaderRejectsACmrtSayingAnEmrtWasAskedFor() {
        EmrtReading asEmrt = reader.read(Templates.cmrt("6.5"), "cmrt.xlsx");
        assertThat(asEmrt.rejection().code()).isEqualTo(RejectionCode.OTHER_RMI_TEMPLATE);
        assertThat(asEmrt.rejection().message()).contains("Conflict Minerals Reporting Template (CMRT)",
                "not the Extended Minerals Reporting Template (EMRT) that was asked for");
    }
}
