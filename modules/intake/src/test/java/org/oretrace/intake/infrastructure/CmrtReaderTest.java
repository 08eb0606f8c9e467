package org.oretrace.intake.infrastructure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oretrace.intake.domain.Answer;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.intake.testing.CmrtFile.SmelterLine;
import org.oretrace.intake.testing.LookupEntry;
import org.oretrace.intake.testing.Repackage;
import org.oretrace.intake.testing.TemplateLookup;
import org.oretrace.intake.testing.Templates;
import org.oretrace.kernel.Metal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CmrtReaderTest {

    private final CmrtReader reader = new CmrtReader();

    static Stream<String> versions() {
        return Templates.CMRT_VERSIONS.stream();
    }

    @ParameterizedTest
    @MethodSource("versions")
    void readsEverythingTheSupplierTypedInEveryVersion(String version) {
        List<LookupEntry> gold = TemplateLookup.smelters(version, "Gold", 2);
        byte[] file = CmrtFile.of(version)
                .declare(Metal.GOLD)
                .comment(3, Metal.GOLD, "none from covered countries")
                .companyAnswer('G', "No", "audit planned for 2026")
                .smelter(SmelterLine.byLookup("Gold", gold.get(1).lookupName()))
                .smelter(SmelterLine.notListed("Tungsten", "Hunan Small Works", "CHINA").recycled("Yes"))
                .product("P-200", "Gold wire 25um")
                .toBytes();

        CmrtReading reading = reader.read(file, "supplier.xlsx");

        assertThat(reading.rejection()).isNull();
        CmrtContent c = reading.content();
        assertThat(c.templateVersion()).isEqualTo(version);
        assertThat(c.language()).isEqualTo("English");
        assertThat(c.company().getName()).isEqualTo("ACME Components Ltd.");
        assertThat(c.company().getUniqueId()).isEqualTo("123456789");
        assertThat(c.company().getContactEmail()).isEqualTo("ann.chen@acme.example");
        assertThat(c.company().getAuthorizerTitle()).isEqualTo("Director of Compliance");
        assertThat(c.company().getEffectiveDate()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(c.scope()).isEqualTo(CmrtFile.PRODUCT_B);
        assertThat(answer(c, "1", Metal.TIN)).isEqualTo("Yes");
        assertThat(answer(c, "1", Metal.TANTALUM)).isEqualTo("No");
        assertThat(answer(c, "6", Metal.TIN)).isEqualTo("100%");
        assertThat(answer(c, "6", Metal.GOLD)).isEqualTo("100%");
        assertThat(answer(c, "3", Metal.TANTALUM)).isNull();
        assertThat(c.answers().stream().filter(a -> a.getQuestion().equals("3") && a.getMetal() == Metal.GOLD)
                .findFirst().orElseThrow().getComment()).isEqualTo("none from covered countries");
        assertThat(answer(c, "E", null)).isEqualTo("Yes, in conformance with IPC1755 (e.g., CMRT)");
        Answer g = c.answers().stream().filter(a -> a.getQuestion().equals("G")).findFirst().orElseThrow();
        assertThat(g.getAnswer()).isEqualTo("No");
        assertThat(g.getComment()).isEqualTo("audit planned for 2026");
        assertThat(c.answers()).hasSize(40);

        assertThat(c.smelters()).extracting(SmelterRow::getRow).containsExactly(5, 6, 7);
        SmelterRow byId = c.smelters().get(0);
        assertThat(byId.getSmelterIdInput()).isEqualTo(TemplateLookup.smelters(version, "Tin", 1).get(0).smelterId());
        assertThat(byId.getMetal()).as("B is a formula until typed over").isNull();
        SmelterRow byName = c.smelters().get(1);
        assertThat(byName.getMetal()).isEqualTo("Gold");
        assertThat(byName.getLookupName()).isEqualTo(gold.get(1).lookupName());
        assertThat(byName.getSmelterIdInput()).isNull();
        assertThat(byName.getCountry()).as("E is still the template's formula").isNull();
        SmelterRow notListed = c.smelters().get(2);
        assertThat(notListed.isNotListed()).isTrue();
        assertThat(notListed.getName()).isEqualTo("Hunan Small Works");
        assertThat(notListed.getCountry()).isEqualTo("CHINA");
        assertThat(notListed.getRecycledOrScrap()).isEqualTo("Yes");

        assertThat(c.products()).extracting(p -> p.getRow() + ":" + p.getNumber() + ":" + p.getName())
                .containsExactly("6:P-100:Solder paste SP-1", "7:P-200:Gold wire 25um");
        assertThat(reading.warnings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chinese", "Japanese", "Korean", "French", "Portuguese", "German", "Spanish", "Italian",
        "Turkish"})
    void readsByPositionWhateverTheDisplayLanguage(String language) {
        for (String version : List.of(Templates.CMRT_VERSIONS.get(language.length() % 6))) {
            CmrtReading reading = reader.read(CmrtFile.of(version).language(language).toBytes(), "x.xlsx");
            assertThat(reading.content().language()).isEqualTo(language);
            assertThat(reading.content().company().getName()).isEqualTo("ACME Components Ltd.");
            assertThat(answer(reading.content(), "2", Metal.TIN)).isEqualTo("Yes");
            assertThat(reading.content().smelters()).hasSize(1);
        }
    }

    @Test
    void oldTemplatesStoreTheQ6AnswerOneHundredPercentAsTheNumberOne() {
        byte[] file = CmrtFile.of("6.1").toBytes();
        assertThat(Repackage.text(Repackage.entries(file).get("xl/worksheets/sheet4.xml")))
                .as("the helper writes the number, as Excel does").containsPattern("<c r=\"D57\"[^>]*><v>1");
        assertThat(answer(reader.read(file, "x.xlsx").content(), "6", Metal.TIN)).isEqualTo("100%");
    }

    @Test
    void keepsThePrefilledAnswersOfTheBlank631TemplateWhenTheSupplierLeavesThem() {
        CmrtContent c = reader.read(CmrtFile.of("6.31").keepPrefilled().toBytes(), "x.xlsx").content();
        assertThat(answer(c, "3", Metal.TANTALUM)).isEqualTo("Yes");
        assertThat(answer(c, "4", Metal.TANTALUM)).isEqualTo("Unknown");
        assertThat(answer(c, "6", Metal.TANTALUM)).isEqualTo("100%");
        assertThat(answer(c, "1", Metal.TANTALUM)).isEqualTo("No");
    }

    @Test
    void theExampleRowOfTheBlank64TemplateIsReadAsARowTheSupplierLeftIn() {
        CmrtReading reading = reader.read(Templates.cmrt("6.4"), "RMI_CMRT_6.4.xlsx");
        assertThat(reading.content().smelters()).singleElement().satisfies(row -> {
            assertThat(row.getMetal()).isEqualTo("Tin");
            assertThat(row.getLookupName()).isEqualTo("Alpha Metals");
            assertThat(row.getCountry()).as("E5 is a formula").isNull();
        });
    }

    @ParameterizedTest
    @MethodSource("versions")
    void readsBlankTemplatesWithoutInventingData(String version) {
        CmrtReading reading = reader.read(Templates.cmrt(version), "blank.xlsx");
        assertThat(reading.rejection()).isNull();
        assertThat(reading.content().templateVersion()).isEqualTo(version);
        assertThat(reading.content().language()).isEqualTo("Chinese");
        assertThat(reading.content().company().getName()).isNull();
        assertThat(reading.content().products()).isEmpty();
        assertThat(reading.content().smelters()).hasSize(version.equals("6.4") ? 1 : 0);
    }

    @Test
    void readsOpenpyxlFilesWithInlineStringsAndNoCachedValues() {
        byte[] excel = CmrtFile.of("6.5").language("German").smeltersById("Tin", 3).toBytes();
        byte[] openpyxl = Repackage.asOpenpyxl(excel);
        assertThat(Repackage.entries(openpyxl)).doesNotContainKey("xl/sharedStrings.xml");

        CmrtContent c = reader.read(openpyxl, "openpyxl.xlsx").content();
        assertThat(c.language()).isEqualTo("German");
        assertThat(c.templateVersion()).isEqualTo("6.5");
        assertThat(c.company().getContactName()).isEqualTo("Ann Chen");
        assertThat(answer(c, "7", Metal.TIN)).isEqualTo("Yes");
        assertThat(c.smelters()).hasSize(4);
        assertThat(c.products()).hasSize(1);
    }

    @Test
    void ignoresFormulaResultsThatLibreOfficeRecalculatedToZero() {
        byte[] file = Repackage.withZeroCachedResults(CmrtFile.of("6.22").toBytes());
        CmrtContent c = reader.read(file, "libreoffice.xlsx").content();
        assertThat(c.smelters()).singleElement().satisfies(row -> {
            assertThat(row.getSmelterIdInput()).startsWith("CID");
            assertThat(row.getMetal()).isNull();
            assertThat(row.getCountry()).isNull();
        });
    }

    @Test
    void readsMacroEnabledWorkbooksWithAWarning() {
        CmrtReading reading = reader.read(Repackage.asXlsm(CmrtFile.of("6.5").toBytes()), "cmrt.xlsm");
        assertThat(reading.rejection()).isNull();
        assertThat(reading.content().macroEnabled()).isTrue();
        assertThat(reading.warnings()).singleElement().asString().contains("macro");
    }

    @Test
    void readsDatesTypedAsText() {
        for (String typed : List.of("15-Mar-2024", "2024-03-15", "March 15, 2024", "15.03.2024", "03/15/2024")) {
            CmrtContent c = reader.read(CmrtFile.of("6.5").set("D22", typed).toBytes(), "x.xlsx").content();
            assertThat(c.company().getEffectiveDate()).as(typed).isEqualTo(LocalDate.of(2024, 3, 15));
            assertThat(c.company().getEffectiveDateText()).isNull();
        }
        CmrtContent c = reader.read(CmrtFile.of("6.5").set("D22", "last spring").toBytes(), "x.xlsx").content();
        assertThat(c.company().getEffectiveDate()).isNull();
        assertThat(c.company().getEffectiveDateText()).isEqualTo("last spring");
    }

    private static String answer(CmrtContent c, String question, Metal metal) {
        return c.answers().stream().filter(a -> a.getQuestion().equals(question) && a.getMetal() == metal)
                .findFirst().orElseThrow().getAnswer();
    }
}
