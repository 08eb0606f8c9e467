package org.oretrace.outreach.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.kernel.web.HomeTile;
import org.oretrace.outreach.published.CampaignStats;
import org.oretrace.outreach.application.Outbox;
import org.oretrace.outreach.domain.Campaign;
import org.oretrace.outreach.domain.OutboxState;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Home page figures: the latest campaign's response rate and overdue suppliers, and failed mail. */
@ApplicationScoped
public class OutreachTile implements HomeTile {

    /** Shared with OutreachWork so that a render aggregates the campaign once. */
    @Inject
    LatestCampaignFigures latest;

    @Inject
    Outbox outbox;

    @Inject
    ApplicationClock clock;

    @Override
    public String title() {
        return "Supplier outreach";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String chart() {
        return latest.campaign().filter(c -> c.getLaunchedOn() != null)
                .map(c -> ResponseChart.of(c, latest.stats(), clock.today())).orElse(null);
    }

    @Override
    public List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        Optional<Campaign> campaign = latest.campaign();
        if (campaign.isEmpty()) {
            figures.add(new Figure("No campaign yet", "", "/outreach/campaigns.xhtml"));
        } else {
            int year = campaign.get().getReportingYear();
            CampaignStats stats = latest.stats();
            String link = "/outreach/campaign.xhtml?year=" + year;
            figures.add(new Figure("Responses " + year, stats.summary(), link));
            figures.add(new Figure("Overdue suppliers", Integer.toString(stats.overdue().size()), link));
        }
        long failed = outbox.countByState().get(OutboxState.FAILED);
        figures.add(new Figure("Mail not delivered", Long.toString(failed), "/outreach/outbox.xhtml"));
        return figures;
    }
}
