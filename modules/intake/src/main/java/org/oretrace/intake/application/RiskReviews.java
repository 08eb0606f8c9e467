package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.RiskOutcome;
import org.oretrace.intake.domain.RiskReview;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.audit.AuditTrail;
import org.oretrace.kernel.events.DeclarationEvaluated;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.time.ApplicationClock;

/**
 * The risk review of a declaration with red flags (OECD Guidance step 3): a compliance officer records the
 * assessment and the action taken. Accepting makes the declaration accepted; asking the supplier sends the
 * corrective action through the supplier's request (the same path as any correction); escalating keeps it in
 * review until a later decision. Screen and REST call this one service.
 */
@ApplicationScoped
public class RiskReviews {

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ApplicationClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    DeclarationIntake intake;

    @Inject
    Event<DeclarationEvaluated> evaluated;

    /** The email that asks the supplier; null fields take the corrective-action draft's. */
    public record Question(String to, String subject, String body) {
    }

    /** What was recorded, and where a question to the supplier went (null when nothing was sent). */
    public record Recorded(RiskReview review, DeclarationIntake.CorrectiveActionSent sent) {
    }

    @Allowed(Role.COMPLIANCE)
    @Transactional
    public Recorded record(long declarationId, RiskOutcome outcome, String assessment, Question question) {
        Declaration d = em.find(Declaration.class, declarationId);
        if (d == null) {
            throw new BusinessRuleException("Declaration " + declarationId + " does not exist");
        }
        RiskReview review = d.reviewRisk(outcome, assessment, currentUser.name(), clock.now());
        audit.record("Declaration", declarationId, "risk review", outcome.label() + " (" + review.getRedFlags()
                + " red flag" + (review.getRedFlags() == 1 ? "" : "s") + "): " + review.getAssessment());
        DeclarationIntake.CorrectiveActionSent sent = null;
        switch (outcome) {
            case ACCEPTED_WITH_REASON -> evaluated.fire(new DeclarationEvaluated(declarationId, d.getSupplierId(),
                    d.getReportingYear(), DeclarationEvaluated.Outcome.ACCEPTED));
            case ASKED_SUPPLIER -> {
                CorrectiveAction draft = CorrectiveAction.draft(d, currentUser.name(), clock.zone());
                Question q = question == null ? new Question(null, null, null) : question;
                sent = intake.sendCorrectiveAction(declarationId, orElse(q.to(), draft.to()),
                        orElse(q.subject(), draft.subject()), orElse(q.body(), draft.body()));
                // the supplier has something to do again: its request needs follow-up, as for a correction
                evaluated.fire(new DeclarationEvaluated(declarationId, d.getSupplierId(), d.getReportingYear(),
                        DeclarationEvaluated.Outcome.NEEDS_FOLLOW_UP));
            }
            case ESCALATED -> {
                // stays in risk review: the escalation's answer is recorded as a later review
            }
        }
        return new Recorded(review, sent);
    }

    /**
     * The risk-review queue: declarations in risk review, i.e. whose red flags wait for our decision (none yet, or
     * escalated; those whose supplier was asked wait for the supplier and are not in it), oldest first, with their findings and smelter rows loaded for the evidence. At most {@code max}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<Declaration> queue(int max) {
        java.util.List<Declaration> waiting = new java.util.ArrayList<>();
        for (Declaration d : em.createQuery("select d from Declaration d where d.status = :s order by d.receivedAt, d.id",
                        Declaration.class)
                .setParameter("s", org.oretrace.intake.domain.DeclarationStatus.RISK_REVIEW)
                .getResultList()) {
            if (waiting.size() >= max) {
                break;
            }
            if (d.awaitsRiskReview()) {
                d.smelterList().size();
                d.getRiskReviews().size();
                waiting.add(d);
            }
        }
        return waiting;
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
