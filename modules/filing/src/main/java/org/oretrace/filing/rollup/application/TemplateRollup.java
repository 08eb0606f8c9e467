package org.oretrace.filing.rollup.application;

import org.oretrace.filing.domain.Registrant;
import org.oretrace.filing.rollup.domain.CompanyCmrt;
import org.oretrace.filing.rollup.domain.RolledAnswer;
import org.oretrace.kernel.cmrt.RmiTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The roll-up of one template kind (our CMRT, our EMRT): what {@link RollupService}, the REST resource and the screen
 * ask of either. The rules, the template's questions and its layout are each kind's own.
 */
public interface TemplateRollup {

    RmiTemplate kind();

    /**
     * The answers as they stand, overrides applied.
     *
     * @param formSdFiling    the year has a Form SD filing in Oretrace
     * @param policyDescribed the program on the year's filing workspace describes our sourcing policy
     */
    Reviewed review(CompanyCmrt version, boolean formSdFiling, boolean policyDescribed);

    CmrtRollup.Generated generate(CompanyCmrt version, Registrant registrant, boolean formSdFiling, boolean policyDescribed,
                                  LocalDate today);

    /** Checks an override before it is stored (a question of the template, one of its answers, a reason); the answer. */
    String checkedOverride(String key, String answer, String reason);

    /** The answers the template's list allows for a question key ("1.COBALT", "A"). */
    List<String> choices(String key);

    /** Answers the template's Checker requires that are still empty (after overrides), as "Q2 Tin". */
    List<String> unansweredOf(List<RolledAnswer> answers);

    /** The answers with the declarations behind them, and the supplier of each declaration (for the links). */
    interface Reviewed {
        List<RolledAnswer> answers();

        Map<Long, String> supplierOf();

        default Map<String, RolledAnswer> byKey() {
            return byKey(answers());
        }

        static Map<String, RolledAnswer> byKey(List<RolledAnswer> answers) {
            return answers.stream().collect(Collectors.toMap(RolledAnswer::key, Function.identity(), (a, b) -> a,
                    java.util.LinkedHashMap::new));
        }
    }
}
