package org.oretrace.outreach.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.oretrace.kernel.audit.AuditTrail;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.outreach.domain.CampaignStatus;
import org.oretrace.outreach.domain.FollowUpPolicy;
import org.oretrace.outreach.domain.MailKind;
import org.oretrace.outreach.domain.RequestState;
import org.oretrace.outreach.domain.SurveyRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies each running campaign's follow-up policy to its open requests. Each request is handled in
 * a transaction of its own; the request's version column makes a second node (or a second timer
 * tick) that took the same step roll back, mail included, so a reminder is queued once.
 */
@ApplicationScoped
public class FollowUps {

    private static final Logger LOG = Logger.getLogger(FollowUps.class.getName());

    @Inject
    JtaUnitOfWork unitOfWork;

    @Inject
    RequestMailer mailer;

    @Inject
    ApplicationClock clock;

    @Inject
    AuditTrail audit;

    public record Result(int reminders, int escalations, int finalNotices, int correctiveActions, int skipped,
                         int collisions) {
    }

    public Result runDue() {
        LocalDate today = clock.today();
        List<Long> candidates = unitOfWork.inNewTransaction(em -> em.createQuery(
                        "select r.id from SurveyRequest r where r.campaign.status = :running and r.state in :open"
                                + " and r.lastStepOn < :today order by r.id", Long.class)
                .setParameter("running", CampaignStatus.LAUNCHED)
                .setParameter("open", List.of(RequestState.SENT, RequestState.REMINDED, RequestState.ESCALATED,
                        RequestState.PARTIAL, RequestState.NEEDS_FOLLOW_UP))
                .setParameter("today", today)
                .getResultList());
        int[] counts = new int[6];
        for (long id : candidates) {
            try {
                MailKind[] taken = unitOfWork.inNewTransaction(em -> step(em.find(SurveyRequest.class, id), today));
                for (MailKind kind : taken) {
                    switch (kind) {
                        case REMINDER -> counts[0]++;
                        case ESCALATION -> counts[1]++;
                        case FINAL_NOTICE -> counts[2]++;
                        case CORRECTIVE_ACTION -> counts[3]++;
                        default -> counts[4]++;
                    }
                }
            } catch (RuntimeException collision) {
                // another node took this step first (optimistic lock) or the request changed meanwhile
                counts[5]++;
                LOG.log(Level.FINE, "Follow-up of request " + id + " left to another run", collision);
            }
        }
        return new Result(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    }

    private MailKind[] step(SurveyRequest request, LocalDate today) {
        List<FollowUpPolicy.Step> due = request.dueSteps(today);
        if (due.isEmpty()) {
            return new MailKind[0];
        }
        boolean finalNotice = due.stream().anyMatch(s -> s.kind() == MailKind.FINAL_NOTICE);
        boolean reminder = due.stream().anyMatch(s -> s.kind() == MailKind.REMINDER);
        boolean escalation = due.stream().anyMatch(s -> s.kind() == MailKind.ESCALATION);
        List<MailKind> taken = new ArrayList<>();
        // several missed steps at once (server down for days) become one mail to the supplier, not a burst
        if (finalNotice) {
            if (mailer.toSupplier(request, MailKind.FINAL_NOTICE).isPresent()) {
                taken.add(MailKind.FINAL_NOTICE);
                request.finalNoticeSent(today);
            }
        } else if (reminder) {
            MailKind kind = request.getState() == RequestState.NEEDS_FOLLOW_UP ? MailKind.CORRECTIVE_ACTION : MailKind.REMINDER;
            if (mailer.toSupplier(request, kind).isPresent()) {
                taken.add(kind);
                request.reminded(today);
            }
        }
        if (escalation && mailer.toOwner(request).isPresent()) {
            taken.add(MailKind.ESCALATION);
            request.escalated(today);
        }
        // steps that could not be mailed are logged and not retried every minute
        request.stepSkipped(today);
        audit.recordAs(CurrentUser.SYSTEM, "SurveyRequest", request.getId(), "follow-up",
                request.getSupplier().getSupplierNumber() + " " + request.getCampaign().getReportingYear() + ": "
                        + (taken.isEmpty() ? "nothing could be mailed" : taken.stream().map(MailKind::label).toList()));
        return taken.toArray(MailKind[]::new);
    }
}
