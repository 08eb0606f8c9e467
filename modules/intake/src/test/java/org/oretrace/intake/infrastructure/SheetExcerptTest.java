package org.oretrace.intake.infrastructure;

import org.junit.jupiter.api.Test;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.intake.testing.CmrtFile.SmelterLine;
import org.oretrace.intake.testing.Repackage;
import org.oretrace.kernel.BusinessRuleException;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cells around a finding, read from the stored original on real templates. */
class SheetExcerptTest {

    private static final byte[] FILE = CmrtFile.of("6.22").set("D16", "ann at acme").set("D22", "15 Mar 2024")
            .smelter(SmelterLine.notListed("Tin", "Small <Tin> & Co", "BOLIVIA")).toBytes();

    @Test
    void fifteenRowsAroundTheCellWithTheValuesAsTheFileHoldsThem() {
        SheetExcerpt x = SheetExcerpt.around(FILE, "Declaration", "d16");
        assertThat(x.cell()).isEqualTo("D16");
        assertThat(x.column()).isEqualTo("D");
        assertThat(x.row()).isEqualTo(16);
        assertThat(x.value().text()).isEqualTo("ann at acme");
        assertThat(x.value().target()).isTrue();
        assertThat(x.rows()).extracting(SheetExcerpt.Row::number).containsExactly(9, 10, 11, 12, 13, 14, 15, 16, 17,
                18, 19, 20, 21, 22, 23);
        assertThat(x.columns()).contains("B", "D").allSatisfy(c -> assertThat(c).matches("[A-Z]+"));
        assertThat(cell(x, "D15").text()).isEqualTo("Ann Chen");
        assertThat(cell(x, "D22").text()).isEqualTo("15 Mar 2024");
        SheetExcerpt.Cell label = cell(x, "B16");
        assertThat(label.formula()).as("labels follow the language by formula").isTrue();
        assertThat(label.text()).isNotBlank();
        assertThat(x.rows().stream().flatMap(r -> r.cells().stream()).filter(SheetExcerpt.Cell::target)).hasSize(1);
    }

    @Test
    void theSmelterListAtTheTopStartsAtRowOneAndShowsTypedAndLookedUpValues() {
        SheetExcerpt x = SheetExcerpt.around(FILE, "Smelter List", "D6");
        assertThat(x.rows().get(0).number()).isEqualTo(1);
        assertThat(x.rows()).hasSize(13);
        assertThat(x.value().text()).isEqualTo("Small <Tin> & Co");
        assertThat(cell(x, "E6").text()).isEqualTo("BOLIVIA");
        assertThat(cell(x, "A5").text()).startsWith("CID");
        assertThat(x.columns()).hasSizeLessThanOrEqualTo(SheetExcerpt.MAX_COLUMNS).contains("A", "D", "E");
    }

    @Test
    void workbooksWithoutSharedStringsOrFormulasToo() {
        byte[] openpyxl = Repackage.asOpenpyxl(FILE);
        assertThat(SheetExcerpt.around(openpyxl, "Declaration", "D16").value().text()).isEqualTo("ann at acme");
        byte[] written = new CmrtWriter("6.5", "English").product("P-1", "Gear", "steel").toBytes();
        SheetExcerpt products = SheetExcerpt.around(written, "Product List", "C6");
        assertThat(products.value().text()).isEqualTo("Gear");
        assertThat(products.columns()).containsExactly("B", "C", "D");
    }

    @Test
    void aCellFarAwayGivesAnEmptyWindow() {
        SheetExcerpt x = SheetExcerpt.around(FILE, "Declaration", "XFD1048576");
        assertThat(x.columns()).containsExactly("XFD");
        assertThat(x.value().text()).isNull();
    }

    @Test
    void badReferencesSheetsAndFilesAreRefusedWithAMessage() {
        assertThatThrownBy(() -> SheetExcerpt.around(FILE, "Declaration", "16D"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("not a cell reference");
        assertThatThrownBy(() -> SheetExcerpt.around(FILE, "Declaration", "XFE1"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("not a cell reference");
        assertThatThrownBy(() -> SheetExcerpt.around(FILE, "Budget", "D16"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("no sheet 'Budget'");
        assertThatThrownBy(() -> SheetExcerpt.around("%PDF-1.4".getBytes(), "Declaration", "D16"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("not an Excel workbook");
        assertThatThrownBy(() -> SheetExcerpt.around(Arrays.copyOf(FILE, FILE.length / 2), "Declaration", "D16"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("CORRUPT_FILE");
        byte[] hostile = Repackage.mapPart(FILE, CmrtReaderRobustnessTest.sheetPart(FILE, "Declaration"),
                xml -> xml.replaceFirst("<worksheet ", "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><worksheet "));
        assertThatThrownBy(() -> SheetExcerpt.around(hostile, "Declaration", "D16"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("UNSAFE_FILE");
    }

    private static SheetExcerpt.Cell cell(SheetExcerpt x, String reference) {
        return x.rows().stream().flatMap(r -> r.cells().stream()).filter(c -> c.reference().equals(reference))
                .findFirst().orElseThrow(() -> new AssertionError(reference + " not in " + x.columns()));
    }
}
