package org.oretrace.filing.rollup.domain;

import java.util.List;

/**
 * The company-level questions our CMRT and our EMRT share (policy, its publication, due diligence, survey, review,
 * corrective action), each rule once; the letter is the template's own (the same in both).
 */
final class CompanyQuestions {

    private CompanyQuestions() {
    }

    /** A: a responsible sourcing policy is established. */
    static RolledAnswer policy(RollupInput in) {
        boolean yes = hasPolicyUrl(in) || in.policyDescribed();
        return RolledAnswer.of("A", null, yes ? "Yes" : "No", null, "Yes when the program on the filing workspace "
                + "describes our policy or its web address is given on this screen", List.of());
    }

    /** B: the policy is on our website, its address in the comment. */
    static RolledAnswer policyPublished(RollupInput in) {
        boolean policy = hasPolicyUrl(in);
        return RolledAnswer.of("B", null, policy ? "Yes" : "No", policy ? in.policyUrl().strip() : null,
                "Yes, with the address in the comment, when our policy's web address is given", List.of());
    }

    /** D: due diligence measures (our campaign of the year). */
    static RolledAnswer dueDiligence(RollupInput in) {
        return RolledAnswer.of("D", null, in.solicited() > 0 ? "Yes" : "No", null,
                "Yes when the year has a campaign (RCOI survey, validation, follow-up, risk review)", List.of());
    }

    /** E: we survey our suppliers with this template. */
    static RolledAnswer survey(RollupInput in, String conformingAnswer, String template) {
        boolean campaign = in.solicited() > 0;
        return RolledAnswer.of("E", null, campaign ? conformingAnswer : "No",
                campaign ? in.solicited() + " suppliers surveyed with the " + template : null,
                "Yes (IPC1755, " + template + ") when the year's campaign asked for the " + template, List.of());
    }

    /** F: declarations are reviewed against our expectations. */
    static RolledAnswer reviewed(RollupInput in) {
        return RolledAnswer.of("F", null, in.declarations().isEmpty() ? "No" : "Yes",
                in.declarations().size() + " declarations checked and accepted",
                "Yes when declarations were checked against our rules and accepted", SupplierAnswers.ids(in.declarations()));
    }

    /** G: the review includes corrective action. */
    static RolledAnswer correctiveAction(RollupInput in) {
        return RolledAnswer.of("G", null, in.solicited() > 0 ? "Yes" : "No",
                in.correctiveActions() + " corrective-action requests sent",
                "Yes when the year has a campaign: findings go back to the supplier as corrective-action requests",
                List.of());
    }

    private static boolean hasPolicyUrl(RollupInput in) {
        return in.policyUrl() != null && !in.policyUrl().isBlank();
    }
}
