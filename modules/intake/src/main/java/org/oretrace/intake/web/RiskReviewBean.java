package org.oretrace.intake.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.intake.application.RiskReviews;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.RiskOutcome;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.web.FieldErrors;
import org.oretrace.kernel.web.PageMessages;

import java.io.Serializable;

/**
 * The risk review panel of the declaration page: the red flags, the reviews recorded so far, and the form in
 * which a compliance officer records the assessment and the action. Asking the supplier sends the
 * corrective-action draft as it stands on the page (edited or not).
 */
@Named
@ViewScoped
public class RiskReviewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RiskReviews riskReviews;

    @Inject
    DeclarationBean page;

    private RiskOutcome outcome;
    private String assessment;

    public RiskOutcome[] getOutcomes() {
        return RiskOutcome.values();
    }

    /** The form is offered while red flags wait for a decision (none yet, escalated, or the supplier was asked). */
    public boolean isOpen() {
        Declaration d = page.getDeclaration();
        return d != null && d.awaitsRiskReview() && page.isCanChange();
    }

    /** Where a refused review is shown: next to the assessment, unless the refusal is about the action or the mail. */
    private static final FieldErrors RISK_FORM = FieldErrors.at("declaration:riskAssessment")
            .when("choose the action", "declaration:riskOutcome")
            .when("subject", "declaration:subject")
            .when("email address", "declaration:to")
            .when("text of the", "declaration:body");

    @Allowed(Role.COMPLIANCE)
    public void record() {
        try {
            RiskReviews.Recorded recorded = riskReviews.record(page.getId(), outcome, assessment,
                    new RiskReviews.Question(page.getDraftTo(), page.getDraftSubject(), page.getDraftBody()));
            PageMessages.info(switch (recorded.review().getOutcome()) {
                case ACCEPTED_WITH_REASON -> "Risk review recorded: accepted.";
                case ASKED_SUPPLIER -> "Risk review recorded: the supplier is asked"
                        + (recorded.sent() != null && recorded.sent().to() != null ? " (mail to " + recorded.sent().to() + ")." : ".");
                case ESCALATED -> "Risk review recorded: escalated. The declaration stays in risk review.";
            });
            outcome = null;
            assessment = null;
            page.load();
        } catch (BusinessRuleException e) {
            PageMessages.errorAt(RISK_FORM.fieldOf(e.getMessage()), e.getMessage());
        }
    }

    public RiskOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(RiskOutcome outcome) {
        this.outcome = outcome;
    }

    public String getAssessment() {
        return assessment;
    }

    public void setAssessment(String assessment) {
        this.assessment = assessment;
    }
}
