package org.oretrace.kernel.web;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChartNumbersTest {

    @Test
    void theTableHoldsARowPerLabelAndAColumnPerDataSetOfTheChartItself() {
        String json = ChartConfig.bar().horizontal().stacked()
                .labels(List.of("Smelter not identified", "Email \"address\""))
                .dataset(ChartConfig.series("Errors", ChartConfig.NOT_CONFORMANT, List.of(12L, 1_250L)))
                .dataset(ChartConfig.series("Warnings", ChartConfig.ACTIVE, Arrays.asList(3, null)))
                .toJson();

        ChartNumbers.Table table = ChartNumbers.of(json);

        assertThat(table.series()).containsExactly("Errors", "Warnings");
        assertThat(table.rows()).containsExactly(
                new ChartNumbers.Row("Smelter not identified", List.of("12", "3")),
                new ChartNumbers.Row("Email \"address\"", List.of("1,250", "no figure")));
        assertThat(json).contains("\"indexAxis\":\"y\"");
    }

    @Test
    void noChartNoRows() {
        assertThat(ChartNumbers.of(null).rows()).isEmpty();
        assertThat(ChartNumbers.of(" ").series()).isEmpty();
    }
}
