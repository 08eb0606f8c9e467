package org.oretrace.filing.rollup.domain;

import org.oretrace.kernel.Metal;

import java.util.List;
import java.util.Map;

/**
 * What the roll-up rules read, gathered from the modules that own it.
 *
 * @param declarations       the year's accepted declarations, one per supplier (intake)
 * @param solicited          suppliers our campaign of the year asked (outreach)
 * @param responded          of those, the ones who responded (outreach)
 * @param coveredCountrySmelters per metal, the consolidated smelters located in a covered country (registry)
 * @param smelters           per metal, the consolidated smelters with an ID
 * @param unresolvedNames    per metal, reported names no smelter ID was found for
 * @param correctiveActions  corrective-action requests our campaign sent (outreach)
 * @param formSdFiling       whether the year has a Form SD filing in Oretrace (we file with the SEC)
 * @param policyUrl          where our responsible minerals sourcing policy is published; null when not given
 * @param policyDescribed    the program on the year's filing workspace describes our policy (its text written)
 */
public record RollupInput(List<SupplierDeclaration> declarations, int solicited, int responded,
                          Map<Metal, Long> coveredCountrySmelters, Map<Metal, Long> smelters,
                          Map<Metal, Long> unresolvedNames, long correctiveActions, boolean formSdFiling, String policyUrl,
                          boolean policyDescribed) {

    public RollupInput(List<SupplierDeclaration> declarations, int solicited, int responded,
                       Map<Metal, Long> coveredCountrySmelters, Map<Metal, Long> smelters,
                       Map<Metal, Long> unresolvedNames, long correctiveActions, boolean formSdFiling, String policyUrl) {
        this(declarations, solicited, responded, coveredCountrySmelters, smelters, unresolvedNames, correctiveActions,
                formSdFiling, policyUrl, false);
    }

    /** One accepted declaration's answers, keyed like {@link RolledAnswer#key}: "1.TIN", "A". */
    public record SupplierDeclaration(long declarationId, String supplierName, Map<String, String> answers) {
        public String answer(String question, Metal metal) {
            return answers.get(RolledAnswer.key(question, metal));
        }
    }
}
