package org.oretrace.intake.published;

import org.oretrace.kernel.Metal;
import org.oretrace.kernel.cmrt.RmiTemplate;

import java.util.List;

/**
 * The answers (questions 1–8 per metal, A–H) of a year's accepted declarations, one per supplier: its latest accepted
 * one, the population the filing's facts count. For filing's roll-up into the company's own CMRT and EMRT.
 */
public interface AcceptedAnswers {

    /** The CMRTs (an accepted EMRT neither supersedes a supplier's CMRT nor adds answers to it). */
    default List<DeclarationAnswers> ofYear(int reportingYear) {
        return ofYear(reportingYear, RmiTemplate.CMRT);
    }

    /**
     * The year's accepted declarations of one template, one per supplier (its latest accepted of that template). An
     * EMRT's answers are keyed by mineral ("1".."7" and "C" per mineral, "A", "B", "D".."G" for the company) and carry
     * its Smelter List rows (a row without a typed ID with the registry's match) and its Mine List rows as written.
     */
    List<DeclarationAnswers> ofYear(int reportingYear, RmiTemplate template);

    /** @param metal null for the company questions A–H; answers are the template's English list entries */
    record AnswerValue(String question, Metal metal, String answer, String comment) {
    }

    /**
     * A Smelter List row as the supplier wrote it: the mineral (column B), the ID (A; when the
     * supplier typed none, the RMI ID the registry matched the row to by its names), the look-up name (C: a name of the
     * template's list, "Smelter not listed" or "Smelter not yet identified"), the name (D) and country (E) typed in.
     */
    record SmelterValue(String metal, String smelterId, String lookupName, String name, String country) {
    }

    /** A Mine List row of an EMRT 2.x as the supplier typed it, columns A–M. */
    record MineValue(String mineral, String smelterName, String mineName, String mineId, String sourceId,
                     String country, String street, String city, String province, String contactName,
                     String contactEmail, String nextSteps, String comment) {
    }

    /**
     * @param scope    the D9 text as written ("A. Company", ...)
     * @param smelters the EMRT's Smelter List rows; empty for a CMRT (filing consolidates the CMRT rows itself)
     * @param mines    the EMRT's Mine List rows (2.x); empty for a CMRT and an EMRT 1.x
     */
    record DeclarationAnswers(long declarationId, long supplierId, String companyName, String scope,
                              List<AnswerValue> answers, List<SmelterValue> smelters, List<MineValue> mines) {
        public DeclarationAnswers {
            answers = List.copyOf(answers);
            smelters = List.copyOf(smelters);
            mines = List.copyOf(mines);
        }

        public DeclarationAnswers(long declarationId, long supplierId, String companyName, String scope,
                                  List<AnswerValue> answers, List<SmelterValue> smelters) {
            this(declarationId, supplierId, companyName, scope, answers, smelters, List.of());
        }

        public DeclarationAnswers(long declarationId, long supplierId, String companyName, String scope,
                                  List<AnswerValue> answers) {
            this(declarationId, supplierId, companyName, scope, answers, List.of(), List.of());
        }
    }
}
