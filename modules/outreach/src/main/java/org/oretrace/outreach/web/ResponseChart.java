package org.oretrace.outreach.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.oretrace.outreach.application.CampaignStats;
import org.oretrace.outreach.domain.Campaign;

/** The responses-over-time chart, shown on the campaign page and on the home page. */
final class ResponseChart {

    private ResponseChart() {
    }

    /** Chart.js configuration: cumulative responses per day against the number solicited. */
    static String of(Campaign campaign, CampaignStats stats) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder cumulative = Json.createArrayBuilder();
        JsonArrayBuilder solicited = Json.createArrayBuilder();
        if (campaign.getLaunchedOn() != null) {
            labels.add(campaign.getLaunchedOn().toString());
            cumulative.add(0);
            solicited.add(stats.solicited());
        }
        for (CampaignStats.DailyResponses day : stats.responsesOverTime()) {
            labels.add(day.day().toString());
            cumulative.add(day.cumulative());
            solicited.add(stats.solicited());
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", "Responses").add("data", cumulative)
                                        .add("borderColor", "#1f5f8b").add("backgroundColor", "rgba(31,95,139,0.15)")
                                        .add("fill", true).add("stepped", true))
                                .add(Json.createObjectBuilder().add("label", "Solicited").add("data", solicited)
                                        .add("borderColor", "#9aa8b3").add("borderDash", Json.createArrayBuilder().add(6).add(4))
                                        .add("pointRadius", 0))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }
}
