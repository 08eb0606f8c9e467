package org.oretrace.outreach.web;

import org.oretrace.kernel.json.Jsons;
import jakarta.json.JsonObjectBuilder;
import org.oretrace.outreach.published.CampaignStats;
import org.oretrace.kernel.web.ChartConfig;

import org.oretrace.outreach.domain.Campaign;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The responses-over-time chart, shown on the campaign page and on the home page. */
final class ResponseChart {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_OF_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private ResponseChart() {
    }

    /**
     * Chart.js configuration: cumulative responses at the end of every day from the launch to today (or to
     * the last response of a closed campaign), against the number solicited. Every calendar day is a point,
     * so a quiet week looks flat instead of vanishing from the axis; the y axis runs from 0 to at least the
     * number solicited, so the gap to the target reads at a glance.
     */
    static String of(Campaign campaign, CampaignStats stats, LocalDate today) {
        List<String> labels = new ArrayList<>();
        List<Integer> cumulative = new ArrayList<>();
        List<Integer> solicited = new ArrayList<>();
        // a campaign asking for two templates draws a line per template too (who returned it, whatever else they did)
        boolean perTemplate = stats.byTemplate().size() > 1;
        Map<String, List<Integer>> templateLines = new LinkedHashMap<>();
        LocalDate first = campaign.getLaunchedOn();
        if (first != null) {
            TreeMap<LocalDate, Integer> byDay = byDay(stats.responsesOverTime());
            Map<String, TreeMap<LocalDate, Integer>> templateDays = new LinkedHashMap<>();
            if (perTemplate) {
                stats.byTemplate().forEach((template, figures) -> {
                    templateDays.put(template, byDay(figures.responsesOverTime()));
                    templateLines.put(template, new ArrayList<>());
                });
            }
            LocalDate last = campaign.isRunning() && today.isAfter(first) ? today : first;
            if (!byDay.isEmpty() && byDay.lastKey().isAfter(last)) {
                last = byDay.lastKey();
            }
            DateTimeFormatter format = first.getYear() == last.getYear() ? DAY : DAY_OF_YEAR;
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                Map.Entry<LocalDate, Integer> upToDay = byDay.floorEntry(day);
                labels.add(day.format(format));
                cumulative.add(upToDay == null ? 0 : upToDay.getValue());
                solicited.add(stats.solicited());
                for (Map.Entry<String, TreeMap<LocalDate, Integer>> template : templateDays.entrySet()) {
                    Map.Entry<LocalDate, Integer> back = template.getValue().floorEntry(day);
                    templateLines.get(template.getKey()).add(back == null ? 0 : back.getValue());
                }
            }
        }
        boolean fewPoints = first == null || stats.responsesOverTime().size() < 3;
        ChartConfig chart = ChartConfig.line().labels(labels)
                .dataset(ChartConfig.series(perTemplate ? "Answered in full" : "Responses", "rgba(31,95,139,0.15)", cumulative)
                        .add("borderColor", ChartConfig.PRIMARY).add("fill", "origin").add("stepped", true).add("borderWidth", 2)
                        .add("pointRadius", fewPoints ? 3 : 0).add("pointHitRadius", 6))
                .dataset(Jsons.object().add("label", "Solicited").add("data", ChartConfig.numbers(solicited))
                        .add("borderColor", "#9aa8b3").add("borderDash", Jsons.array().add(6).add(4))
                        .add("borderWidth", 1.5).add("pointRadius", 0).add("pointHitRadius", 0).add("fill", false));
        String[] colours = {"#b35c00", "#2e7d32"};
        int i = 0;
        for (Map.Entry<String, List<Integer>> line : templateLines.entrySet()) {
            chart.dataset(Jsons.object().add("label", line.getKey() + " returned")
                    .add("data", ChartConfig.numbers(line.getValue())).add("borderColor", colours[i++ % colours.length])
                    .add("stepped", true).add("borderWidth", 2).add("pointRadius", 0).add("pointHitRadius", 6).add("fill", false));
        }
        chart.fillHeight()
                .option("interaction", Jsons.object().add("mode", "index").add("intersect", false))
                .plugin("legend", Jsons.object().add("position", "bottom")
                        .add("labels", Jsons.object().add("boxWidth", 12).add("boxHeight", 2).add("font", small())));
        chart.scale("x").add("grid", grid()).add("ticks", Jsons.object().add("maxRotation", 0)
                .add("autoSkip", true).add("autoSkipPadding", 12).add("font", small()));
        chart.scale("y").add("grid", grid()).add("beginAtZero", true).add("min", 0)
                .add("suggestedMax", Math.max(1, stats.solicited()))
                .add("ticks", Jsons.object().add("precision", 0).add("maxTicksLimit", 6).add("font", small()));
        return chart.toJson();
    }

    private static TreeMap<LocalDate, Integer> byDay(List<CampaignStats.DailyResponses> overTime) {
        return overTime.stream().collect(Collectors.toMap(
                CampaignStats.DailyResponses::day, CampaignStats.DailyResponses::cumulative, (a, b) -> b, TreeMap::new));
    }

    private static JsonObjectBuilder grid() {
        return Jsons.object().add("color", "#eef1f4");
    }

    private static JsonObjectBuilder small() {
        return Jsons.object().add("size", 11);
    }
}
