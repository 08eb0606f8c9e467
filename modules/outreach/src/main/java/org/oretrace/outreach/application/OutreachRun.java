package org.oretrace.outreach.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/** One pass of the automatic work: follow-up steps due today, then the outbox. Used by the timer and by operators. */
@ApplicationScoped
public class OutreachRun {

    private static final Logger LOG = Logger.getLogger(OutreachRun.class.getName());

    @Inject
    FollowUps followUps;

    @Inject
    OutboxSender sender;

    public record Result(FollowUps.Result followUps, OutboxDelivery.Result outbox) {
    }

    public Result now() {
        FollowUps.Result steps = followUps.runDue();
        OutboxDelivery.Result mail = sender.deliverDue();
        if (mail.attempted() > 0 || steps.reminders() + steps.escalations() + steps.finalNotices() > 0) {
            LOG.info(() -> "Outreach run: " + steps + ", " + mail);
        }
        return new Result(steps, mail);
    }
}
