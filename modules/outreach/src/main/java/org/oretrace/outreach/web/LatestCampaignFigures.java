package org.oretrace.outreach.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.oretrace.outreach.application.CampaignStatistics;
import org.oretrace.outreach.application.Campaigns;
import org.oretrace.outreach.domain.Campaign;
import org.oretrace.outreach.published.CampaignStats;

import java.util.Optional;

/**
 * The latest campaign and its figures, read once per request (issue 18): the home page's tile chart, tile figures and
 * "what needs doing today" each aggregated the campaign's requests again, three times per render.
 */
@RequestScoped
public class LatestCampaignFigures {

    @Inject
    Campaigns campaigns;

    @Inject
    CampaignStatistics statistics;

    private Optional<Campaign> latest;
    private CampaignStats stats;

    /** The newest campaign, if any. */
    public Optional<Campaign> campaign() {
        if (latest == null) {
            latest = campaigns.list().stream().findFirst();
        }
        return latest;
    }

    /** Its figures; call only when {@link #campaign()} is present. */
    public CampaignStats stats() {
        if (stats == null) {
            stats = statistics.forYear(campaign().orElseThrow().getReportingYear());
        }
        return stats;
    }
}
