package org.oretrace.kernel.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChartConfigTest {

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void aStackedBarChartWithEscapedLabelsAndTitle() {
        String json = ChartConfig.bar()
                .labels(List.of("Gold", "Tin \"</script><b>x</b>"))
                .dataset(ChartConfig.series("Conformant", ChartConfig.CONFORMANT, List.of(3L, 4L)))
                .dataset(ChartConfig.series("Unknown", ChartConfig.UNKNOWN, Arrays.asList(1, null)))
                .stacked().countsFromZero().title("Smelters by RMAP status at 2025-12-31").toJson();

        JsonObject chart = parse(json);
        assertThat(chart.getString("type")).isEqualTo("bar");
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getString(1)).isEqualTo("Tin \"</script><b>x</b>");
        assertThat(json).doesNotContain("Tin \"<");
        var datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertThat(datasets.getJsonObject(0).getJsonArray("data").getJsonNumber(1).longValue()).isEqualTo(4);
        assertThat(datasets.getJsonObject(1).getJsonArray("data").isNull(1)).as("a gap, not a zero").isTrue();
        assertThat(datasets.getJsonObject(0).getString("backgroundColor")).isEqualTo("#2e7d32");
        JsonObject options = chart.getJsonObject("options");
        assertThat(options.getBoolean("responsive")).isTrue();
        assertThat(options.getJsonObject("scales").getJsonObject("x").getBoolean("stacked")).isTrue();
        assertThat(options.getJsonObject("scales").getJsonObject("y").getBoolean("beginAtZero")).isTrue();
        assertThat(options.getJsonObject("plugins").getJsonObject("title").getString("text")).contains("2025-12-31");
        assertThat(options.containsKey("maintainAspectRatio")).isFalse();
    }

    @Test
    void aLineChartFillingItsHeightWithOptionsOfItsOwn() {
        ChartConfig config = ChartConfig.line().labels(List.of("2024", "2025"))
                .dataset(ChartConfig.series("Rate (%)", ChartConfig.PRIMARY, List.of(50.5, 75.0)).add("fill", false))
                .fillHeight().legendBelow()
                .option("interaction", Json.createObjectBuilder().add("mode", "index"));
        config.scale("y").add("min", 0).add("max", 100);
        JsonObject chart = parse(config.toJson());
        JsonObject options = chart.getJsonObject("options");
        assertThat(options.getBoolean("maintainAspectRatio")).isFalse();
        assertThat(options.getBoolean("animation")).isFalse();
        assertThat(options.getJsonObject("plugins").getJsonObject("legend").getString("position")).isEqualTo("bottom");
        assertThat(options.getJsonObject("interaction").getString("mode")).isEqualTo("index");
        assertThat(options.getJsonObject("scales").getJsonObject("y").getInt("max")).isEqualTo(100);
        assertThat(chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data")
                .getJsonNumber(0).doubleValue()).isEqualTo(50.5);
        assertThat(ChartConfig.bar().noLegend().toJson()).contains("\"legend\":{\"display\":false}").doesNotContain("scales");
    }
}
