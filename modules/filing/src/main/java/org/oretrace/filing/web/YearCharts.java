package org.oretrace.filing.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.oretrace.filing.application.YearRow;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Chart.js configurations (for p:chart) of the years compared; built with a JSON writer, so every label is escaped. */
final class YearCharts {

    private static final String CONFORMANT = "#2e7d32";
    private static final String ACTIVE = "#f9a825";
    private static final String OTHER = "#c62828";
    private static final String UNKNOWN = "#9e9e9e";
    private static final String RESPONSE = "#1f5f8b";

    private YearCharts() {
    }

    /** Response rate and conformant share per year, both in percent on one axis from 0 to 100. */
    static String rates(List<YearRow> rows) {
        List<YearRow> years = oldestFirst(rows);
        return chart("line", years, Json.createArrayBuilder()
                        .add(line("Response rate (%)", RESPONSE, values(years, YearRow::responseRatePercent)))
                        .add(line("RMAP conformant share (%)", CONFORMANT, values(years, YearRow::conformantSharePercent))),
                Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("min", 0).add("max", 100)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))));
    }

    /** Smelters identified per year, stacked by RMAP category: the bar's height is the year's total. */
    static String smelters(List<YearRow> rows) {
        List<YearRow> years = oldestFirst(rows);
        return chart("bar", years, Json.createArrayBuilder()
                        .add(bar("Conformant", CONFORMANT, values(years, YearRow::smeltersConformant)))
                        .add(bar("Active", ACTIVE, values(years, YearRow::smeltersActive)))
                        .add(bar("Not conformant", OTHER, values(years, YearRow::smeltersNotConformant)))
                        .add(bar("Unknown (no RMAP list covers them)", UNKNOWN, values(years, YearRow::smeltersRmapUnknown))),
                Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("stacked", true))
                        .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))));
    }

    /** The Chart.js configuration both charts share: one label per year, legend below, no animation. */
    private static String chart(String type, List<YearRow> years, JsonArrayBuilder datasets, JsonObjectBuilder scales) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels(years)).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")))
                        .add("scales", scales))
                .build().toString();
    }

    /** Time runs left to right on a chart, while the table lists the newest year first. */
    private static List<YearRow> oldestFirst(List<YearRow> rows) {
        return rows.stream().sorted(Comparator.comparingInt(YearRow::reportingYear)).toList();
    }

    private static JsonArrayBuilder labels(List<YearRow> years) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        years.forEach(y -> labels.add(y.chartLabel()));
        return labels;
    }

    /** A figure the facts do not hold is a gap in the line, not a zero. */
    private static JsonArrayBuilder values(List<YearRow> years, Function<YearRow, Long> figure) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (YearRow y : years) {
            Long v = figure.apply(y);
            if (v == null) {
                values.addNull();
            } else {
                values.add(v);
            }
        }
        return values;
    }

    private static JsonObjectBuilder line(String label, String colour, JsonArrayBuilder data) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", colour)
                .add("backgroundColor", colour).add("borderWidth", 2).add("pointRadius", 4).add("fill", false);
    }

    private static JsonObjectBuilder bar(String label, String colour, JsonArrayBuilder data) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }
}
