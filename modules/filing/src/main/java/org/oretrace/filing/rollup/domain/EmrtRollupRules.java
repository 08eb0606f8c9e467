package org.oretrace.filing.rollup.domain;

import org.oretrace.kernel.Metal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.oretrace.filing.rollup.domain.SupplierAnswers.filter;
import static org.oretrace.filing.rollup.domain.SupplierAnswers.ids;
import static org.oretrace.filing.rollup.domain.SupplierAnswers.no;
import static org.oretrace.filing.rollup.domain.SupplierAnswers.yes;

/**
 * The roll-up of our suppliers' accepted EMRTs into our own EMRT 2.x, one rule per question (the README's table). A
 * mineral is in scope when its Q1 and Q2 are "Yes", as the template's Checker asks Q3–Q7 and C. A mineral no accepted
 * declaration answers is "Unknown" with the reason: we have not been told.
 */
public final class EmrtRollupRules {

    private EmrtRollupRules() {
    }

    /**
     * @param in the EMRT declarations; {@code solicited}/{@code responded} are the campaign's EMRT figures and
     *           {@code smelters} the consolidated EMRT smelters per mineral
     */
    public static List<RolledAnswer> answers(RollupInput in) {
        List<RolledAnswer> out = new ArrayList<>();
        for (Metal m : EmrtChoices.MINERALS) {
            mineral(in, m, out);
        }
        company(in, out);
        return out;
    }

    private static void mineral(RollupInput in, Metal m, List<RolledAnswer> out) {
        String name = m.displayName();
        List<RollupInput.SupplierDeclaration> answered = filter(in.declarations(), d -> d.answer("1", m) != null);
        List<RollupInput.SupplierDeclaration> q1Yes = filter(answered, d -> yes(d.answer("1", m)));
        boolean allNo = !answered.isEmpty() && answered.stream().allMatch(d -> no(d.answer("1", m)));
        String q1 = !q1Yes.isEmpty() ? "Yes" : allNo ? "No" : "Unknown";
        out.add(RolledAnswer.of("1", m, q1, answered.isEmpty()
                        ? "None of the " + in.declarations().size() + " accepted EMRTs declares " + name
                        : q1Yes.size() + " of " + answered.size() + " suppliers declaring " + name + " use it",
                "Yes when any accepted EMRT answers Q1 \"Yes\" for " + name + "; No when every one that declares " + name
                        + " answers \"No\"; else Unknown (no supplier told us, or one answered \"Unknown\" or \"Not declaring\")",
                ids(q1Yes.isEmpty() ? answered : q1Yes)));
        if (!q1Yes.isEmpty()) {
            List<RollupInput.SupplierDeclaration> inScope = filter(q1Yes, d -> yes(d.answer("2", m)));
            String q2 = SupplierAnswers.anyYes(q1Yes, "2", m);
            out.add(RolledAnswer.of("2", m, q2, inScope.size() + " of " + q1Yes.size() + " say " + name
                    + " remains in the product", "Yes when any declaration with Q1 \"Yes\" answers Q2 \"Yes\"; Unknown when "
                    + "one answers \"Unknown\" or nothing; else No", ids(inScope.isEmpty() ? q1Yes : inScope)));
            if (!inScope.isEmpty()) {
                inScope(in, m, inScope, out);
            }
        }
    }

    private static void inScope(RollupInput in, Metal m, List<RollupInput.SupplierDeclaration> inScope,
                                List<RolledAnswer> out) {
        List<RollupInput.SupplierDeclaration> q3Yes = filter(inScope, d -> yes(d.answer("3", m)));
        out.add(RolledAnswer.of("3", m, SupplierAnswers.anyYes(inScope, "3", m), q3Yes.size() + " of " + inScope.size()
                        + " in-scope suppliers source from conflict-affected and high-risk areas",
                "Yes when an in-scope supplier answers \"Yes\"; Unknown when one answers \"Unknown\" or nothing; else No",
                ids(q3Yes.isEmpty() ? inScope : q3Yes)));
        List<RollupInput.SupplierDeclaration> q4No = filter(inScope, d -> no(d.answer("4", m)));
        out.add(RolledAnswer.of("4", m, SupplierAnswers.allYes(inScope, "4", m),
                filter(inScope, d -> yes(d.answer("4", m))).size() + " of " + inScope.size() + " answer 100% recycled",
                "Yes only when every in-scope supplier answers \"Yes\"; No when any answers \"No\"; else Unknown",
                ids(q4No.isEmpty() ? inScope : q4No)));
        out.add(RolledAnswer.of("5", m, responseRate(in.responded(), in.solicited()), in.responded() + " of "
                        + in.solicited() + " suppliers asked for the EMRT returned it",
                "Our campaign's EMRT response rate: returned ÷ asked, in the template's bands; \"Did not survey\" when "
                        + "the year's campaign asked nobody for the EMRT", List.of()));
        boolean complete = in.solicited() > 0 && in.responded() == in.solicited();
        String q6 = SupplierAnswers.allYes(inScope, "6", m);
        out.add(RolledAnswer.of("6", m, "Yes".equals(q6) && !complete ? "No" : q6,
                filter(inScope, d -> yes(d.answer("6", m))).size() + " of " + inScope.size() + " identified all; "
                        + in.responded() + " of " + in.solicited() + " returned the EMRT",
                "Yes when every in-scope supplier answers \"Yes\" and every supplier asked returned the EMRT; No when one "
                        + "answers \"No\" or a supplier did not return it; else Unknown", ids(inScope)));
        long listed = in.smelters().getOrDefault(m, 0L);
        out.add(RolledAnswer.of("7", m, SupplierAnswers.allYes(inScope, "7", m), listed + " smelters or processors listed",
                "Yes when every in-scope supplier answers \"Yes\" (all it received is reported); No when any answers "
                        + "\"No\"; else Unknown", ids(inScope)));
        out.add(RolledAnswer.of("C", m, "No", null, "Oretrace holds no sourcing requirement we place on suppliers: No "
                + "unless overridden", List.of()));
    }

    private static void company(RollupInput in, List<RolledAnswer> out) {
        out.add(CompanyQuestions.policy(in));
        out.add(CompanyQuestions.policyPublished(in));
        out.add(CompanyQuestions.dueDiligence(in));
        out.add(CompanyQuestions.survey(in, EmrtChoices.E.get(0), "EMRT"));
        out.add(CompanyQuestions.reviewed(in));
        out.add(CompanyQuestions.correctiveAction(in));
    }

    /** The template's Q5 bands, and "Did not survey" when nobody was asked for the EMRT. */
    public static String responseRate(int responded, int solicited) {
        return solicited <= 0 ? "Did not survey" : RollupRules.responseRate(responded, solicited);
    }

    /** The minerals our EMRT declares in scope (Q1 and Q2 "Yes") with the given answers (overrides applied). */
    public static List<Metal> inScope(Map<String, RolledAnswer> byKey) {
        return EmrtChoices.MINERALS.stream().filter(m -> yes(answer(byKey, "1", m)) && yes(answer(byKey, "2", m))).toList();
    }

    /**
     * The questions the template's Checker asks of a mineral given its answers: Q1 always; Q2 unless Q1 is No, Unknown
     * or Not declaring; Q3–Q7 and C when Q1 and Q2 are "Yes". The company questions when any mineral is in scope.
     */
    public static List<String> asked(Map<String, RolledAnswer> byKey, Metal m) {
        String q1 = answer(byKey, "1", m);
        boolean q1Out = q1 != null && (no(q1) || q1.equalsIgnoreCase("Unknown") || q1.equalsIgnoreCase(EmrtChoices.NOT_DECLARING));
        if (q1 == null || q1Out) {
            return List.of("1");
        }
        return yes(answer(byKey, "2", m)) ? List.of("1", "2", "3", "4", "5", "6", "7", "C") : List.of("1", "2");
    }

    private static String answer(Map<String, RolledAnswer> byKey, String q, Metal m) {
        RolledAnswer a = byKey.get(RolledAnswer.key(q, m));
        return a == null ? null : a.answer();
    }
}
