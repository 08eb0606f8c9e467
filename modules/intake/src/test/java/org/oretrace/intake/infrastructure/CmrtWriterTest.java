package org.oretrace.intake.infrastructure;

import org.junit.jupiter.api.Test;
import org.oretrace.intake.domain.Answer;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.kernel.Metal;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** What the writer writes, the reader reads back: the two agree on the CMRT layout. */
class CmrtWriterTest {

    @Test
    void aWrittenDeclarationReadsBackCellForCell() {
        byte[] bytes = new CmrtWriter("6.4", "Deutsch")
                .company("Acme Castings GmbH", "B. Product (or List of Products)", null, "DUNS 123456789", "D-U-N-S",
                        "Industriestr. 1, 70173 Stuttgart", "Jana Berger", "jana.berger@acme.example", "+49 711 1234",
                        "Paul Weber", "Managing Director", "paul.weber@acme.example", "+49 711 1235", LocalDate.of(2024, 3, 15))
                .answer(1, Metal.TIN, "Yes", null)
                .answer(1, Metal.GOLD, "No", "no gold in our parts")
                .answer(6, Metal.TIN, "Greater than 90%", null)
                .companyAnswer('B', "Yes", "https://acme.example/policy")
                .smelter("CID000402", "Tin", null, null, null)
                .smelter(null, "Tin", "Smelter not listed", "Kovohutě Příbram", "CZECHIA")
                .product("AC-100", "Cast housing", "aluminium")
                .toBytes();

        CmrtReading reading = new CmrtReader().read(bytes, "acme.xlsx");

        assertThat(reading.isRejected()).as(String.valueOf(reading.rejection())).isFalse();
        CmrtContent content = reading.content();
        assertThat(content.templateVersion()).isEqualTo("6.4");
        assertThat(content.language()).isEqualTo("German");
        assertThat(content.scope()).isEqualTo("B. Product (or List of Products)");
        assertThat(content.company().getName()).isEqualTo("Acme Castings GmbH");
        assertThat(content.company().getContactEmail()).isEqualTo("jana.berger@acme.example");
        assertThat(content.company().getEffectiveDate()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(content.answers()).anySatisfy(a -> {
            assertThat(a.getQuestion()).isEqualTo("1");
            assertThat(a.getMetal()).isEqualTo(Metal.GOLD);
            assertThat(a.getAnswer()).isEqualTo("No");
            assertThat(a.getComment()).isEqualTo("no gold in our parts");
        });
        assertThat(content.answers()).extracting(Answer::getQuestion, Answer::getAnswer)
                .contains(org.assertj.core.groups.Tuple.tuple("6", "Greater than 90%"), org.assertj.core.groups.Tuple.tuple("B", "Yes"));
        assertThat(content.smelters()).extracting(SmelterRow::getRow, SmelterRow::getSmelterIdInput, SmelterRow::getName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "CID000402", null),
                        org.assertj.core.groups.Tuple.tuple(6, null, "Kovohutě Příbram"));
        assertThat(content.products()).singleElement().satisfies(p -> assertThat(p.getName()).isEqualTo("Cast housing"));
    }
}
