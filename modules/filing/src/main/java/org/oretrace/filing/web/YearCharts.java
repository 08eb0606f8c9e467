package org.oretrace.filing.web;

import org.oretrace.kernel.json.Jsons;
import org.oretrace.filing.application.YearRow;
import org.oretrace.kernel.web.ChartConfig;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Chart.js configurations (for p:chart) of the years compared, through the kernel's {@link ChartConfig}. */
final class YearCharts {

    private YearCharts() {
    }

    /** Response rate and conformant share per year, both in percent on one axis from 0 to 100. */
    static String rates(List<YearRow> rows) {
        List<YearRow> years = oldestFirst(rows);
        ChartConfig chart = chart(ChartConfig.line(), years)
                .dataset(line("Response rate (%)", ChartConfig.PRIMARY, values(years, YearRow::responseRatePercent)))
                .dataset(line("RMAP conformant share (%)", ChartConfig.CONFORMANT, values(years, YearRow::conformantSharePercent)));
        chart.scale("y").add("min", 0).add("max", 100).add("ticks", Jsons.object().add("precision", 0));
        return chart.toJson();
    }

    /** Smelters identified per year, stacked by RMAP category: the bar's height is the year's total. */
    static String smelters(List<YearRow> rows) {
        List<YearRow> years = oldestFirst(rows);
        return chart(ChartConfig.bar(), years)
                .dataset(ChartConfig.series("Conformant", ChartConfig.CONFORMANT, values(years, YearRow::smeltersConformant)))
                .dataset(ChartConfig.series("Active", ChartConfig.ACTIVE, values(years, YearRow::smeltersActive)))
                .dataset(ChartConfig.series("Not conformant", ChartConfig.NOT_CONFORMANT, values(years, YearRow::smeltersNotConformant)))
                .dataset(ChartConfig.series("Unknown (no RMAP list covers them)", ChartConfig.UNKNOWN,
                        values(years, YearRow::smeltersRmapUnknown)))
                .stacked().countsFromZero().toJson();
    }

    /** What both charts share: one label per year, legend below, filling the page's height, no animation. */
    private static ChartConfig chart(ChartConfig chart, List<YearRow> years) {
        return chart.labels(years.stream().map(YearRow::chartLabel).toList()).fillHeight().legendBelow();
    }

    /** Time runs left to right on a chart, while the table lists the newest year first. */
    private static List<YearRow> oldestFirst(List<YearRow> rows) {
        return rows.stream().sorted(Comparator.comparingInt(YearRow::reportingYear)).toList();
    }

    /** A figure the facts do not hold is a gap in the line, not a zero. */
    private static List<Long> values(List<YearRow> years, Function<YearRow, Long> figure) {
        return years.stream().map(figure).toList();
    }

    private static jakarta.json.JsonObjectBuilder line(String label, String colour, List<Long> data) {
        return ChartConfig.series(label, colour, data).add("borderColor", colour).add("borderWidth", 2)
                .add("pointRadius", 4).add("fill", false);
    }
}
