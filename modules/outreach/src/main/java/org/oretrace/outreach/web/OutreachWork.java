package org.oretrace.outreach.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.oretrace.kernel.web.DailyWork;
import org.oretrace.outreach.application.Outbox;
import org.oretrace.outreach.domain.OutboxState;

import java.util.ArrayList;
import java.util.List;

/** Suppliers past the due date of the latest campaign, and mail the server refused. */
@ApplicationScoped
public class OutreachWork implements DailyWork {

    /** Shared with OutreachTile so that a render aggregates the campaign once. */
    @Inject
    LatestCampaignFigures latest;

    @Inject
    Outbox outbox;

    @Override
    public List<Item> today() {
        List<Item> items = new ArrayList<>();
        latest.campaign().ifPresent(c -> {
            int overdue = latest.stats().overdue().size();
            items.add(new Item(overdue, (overdue == 1 ? "supplier is" : "suppliers are") + " overdue with the "
                    + c.getReportingYear() + " CMRT", "/outreach/campaign.xhtml?year=" + c.getReportingYear(), 10));
        });
        long failed = outbox.countByState().getOrDefault(OutboxState.FAILED, 0L);
        items.add(new Item(failed, failed == 1 ? "mail was not delivered" : "mails were not delivered", "/outreach/outbox.xhtml", 11));
        return items;
    }
}
