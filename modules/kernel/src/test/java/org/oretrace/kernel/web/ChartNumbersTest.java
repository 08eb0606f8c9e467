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
    void fractionsAndLargeCountsReadAsBefore() {
        String json = ChartConfig.bar().labels(List.of("a", "b", "c"))
                .dataset(ChartConfig.series("Rate", ChartConfig.ACTIVE, List.of(45.5, -1_234_567L, 999.125))).toJson();
        assertThat(ChartNumbers.of(json).rows()).extracting(r -> r.values().get(0))
                .containsExactly("45.5", "-1,234,567", "999.125");
    }

    @Test
    void aChartIsReadOncePerRequestHoweverOftenThePageAsks() {
        String json = ChartConfig.bar().labels(List.of("Tin")).dataset(ChartConfig.series("n", ChartConfig.ACTIVE, List.of(1))).toJson();
        ChartNumbers request = new ChartNumbers();
        ChartNumbers.Table first = request.table(json);
        assertThat(request.table(json)).isSameAs(first);
        assertThat(new ChartNumbers().table(json)).as("another request reads it again").isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void noChartNoRows() {
        assertThat(ChartNumbers.of(null).rows()).isEmpty();
        assertThat(ChartNumbers.of(" ").series()).isEmpty();
    }
}
