package org.oretrace.kernel.web.tables;

import org.junit.jupiter.api.Test;
import org.primefaces.component.export.ColumnValue;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV export's cells: what a spreadsheet would run as a formula is made text, everything else is kept as it is. */
class TableExportersTest {

    @Test
    void cellsStartingLikeAFormulaBecomeText() {
        for (String formula : new String[] {"=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)"}) {
            assertThat(TableExporters.Csv.safe(ColumnValue.of(formula)).getValue()).isEqualTo("'" + formula);
        }
    }

    @Test
    void otherCellsAreKept() {
        ColumnValue plain = ColumnValue.of("Tabletools Gears");
        assertThat(TableExporters.Csv.safe(plain)).isSameAs(plain);
        ColumnValue number = ColumnValue.of(-5);
        assertThat(TableExporters.Csv.safe(number)).isSameAs(number);
        assertThat(TableExporters.Csv.safe(ColumnValue.of(""))).extracting(ColumnValue::getValue).isEqualTo("");
        assertThat(TableExporters.Csv.safe(null)).isNull();
    }
}
