package org.oretrace.intake.published;

import org.oretrace.kernel.Metal;

import java.util.List;

/**
 * The answers (questions 1–8 per metal, A–H) of a year's accepted declarations, one per supplier: its latest accepted
 * one, the population the filing's facts count. For filing's roll-up into the company's own CMRT.
 */
public interface AcceptedAnswers {

    List<DeclarationAnswers> ofYear(int reportingYear);

    /** @param metal null for the company questions A–H; answers are the template's English list entries */
    record AnswerValue(String question, Metal metal, String answer, String comment) {
    }

    /** @param scope the D9 text as written ("A. Company", ...) */
    record DeclarationAnswers(long declarationId, long supplierId, String companyName, String scope,
                              List<AnswerValue> answers) {
        public DeclarationAnswers {
            answers = List.copyOf(answers);
        }
    }
}
