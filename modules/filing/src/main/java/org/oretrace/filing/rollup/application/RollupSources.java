package org.oretrace.filing.rollup.application;

import org.oretrace.kernel.Metal;
import org.oretrace.kernel.cmrt.RmiTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What our own CMRT and EMRT need beyond the filing's sources: the suppliers' answers (intake), the newest blank
 * template an administrator uploaded and the survey's figures per template (outreach). Each from the owning module's
 * published interface, never its tables.
 */
public interface RollupSources {

    /** The answers of the year's accepted declarations of that template, one per supplier (its latest accepted). */
    List<DeclarationAnswers> acceptedAnswers(int year, RmiTemplate kind);

    /** The newest blank of that template uploaded to any campaign: highest version, then latest upload. */
    Optional<BlankTemplate> newestTemplate(RmiTemplate kind);

    /** Suppliers the year's campaign asked for that template, and those who returned it; zeros without a campaign. */
    Survey survey(int year, RmiTemplate kind);

    default List<DeclarationAnswers> acceptedAnswers(int year) {
        return acceptedAnswers(year, RmiTemplate.CMRT);
    }

    default Optional<BlankTemplate> newestTemplate() {
        return newestTemplate(RmiTemplate.CMRT);
    }

    /** @param metal null for the company questions */
    record Answer(String question, Metal metal, String answer) {
    }

    /** An EMRT Smelter List row as written: mineral (B), ID (A), look-up name (C), name (D), country (E). */
    record SmelterRow(String metal, String smelterId, String lookupName, String name, String country) {
    }

    /** An EMRT 2.x Mine List row as written, columns A (mineral) to M (comment). */
    record MineRow(String mineral, String smelterName, String mineName, String mineId, String sourceId, String country,
                   String street, String city, String province, String contactName, String contactEmail,
                   String nextSteps, String comment) {
    }

    record DeclarationAnswers(long declarationId, long supplierId, String companyName, List<Answer> answers,
                              List<SmelterRow> smelters, List<MineRow> mines) {
        public DeclarationAnswers(long declarationId, long supplierId, String companyName, List<Answer> answers,
                                  List<SmelterRow> smelters) {
            this(declarationId, supplierId, companyName, answers, smelters, List.of());
        }

        public DeclarationAnswers(long declarationId, long supplierId, String companyName, List<Answer> answers) {
            this(declarationId, supplierId, companyName, answers, List.of(), List.of());
        }
    }

    record BlankTemplate(String fileName, String version, byte[] content, Instant uploadedAt, int campaignYear) {
    }

    record Survey(int solicited, int responded) {
        public static final Survey NONE = new Survey(0, 0);
    }
}
