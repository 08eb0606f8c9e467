package org.oretrace.filing.rollup.domain;

import org.oretrace.kernel.Metal;

import java.io.Serializable;
import java.util.List;

/**
 * One answer of our own CMRT: what the roll-up rule gives, why, and the declarations behind it; an override replaces
 * the answer and keeps the generated one beside it.
 *
 * @param key       "1.TIN" for question 1 of tin, "A" for company question A
 * @param answer    the answer written into the CMRT (the override when there is one); null leaves the cell empty
 * @param comment   written into column G beside the answer; null for none
 * @param rule      the roll-up rule in words, with the figures it used
 * @param basis     the accepted declarations the answer rests on (IDs, shown as links to intake's declaration page)
 * @param generated the answer the rule gives, kept when overridden
 */
public record RolledAnswer(String key, String question, Metal metal, String answer, String comment, String rule,
                           List<Long> basis, String generated, String overrideReason, String overriddenBy)
        implements Serializable {

    public RolledAnswer {
        basis = List.copyOf(basis);
    }

    public static RolledAnswer of(String question, Metal metal, String answer, String comment, String rule, List<Long> basis) {
        return new RolledAnswer(key(question, metal), question, metal, answer, comment, rule, basis, answer, null, null);
    }

    public static String key(String question, Metal metal) {
        return metal == null ? question : question + "." + metal.name();
    }

    public boolean overridden() {
        return overrideReason != null;
    }

    public RolledAnswer overriddenBy(AnswerOverride o) {
        return new RolledAnswer(key, question, metal, o.getAnswer(), comment, rule, basis, generated, o.getReason(),
                o.getOverriddenBy());
    }

    public boolean isCompanyQuestion() {
        return metal == null;
    }
}
