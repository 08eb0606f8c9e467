package org.oretrace.filing.rollup.application;

import org.oretrace.kernel.Metal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What our own CMRT needs beyond the filing's sources: the suppliers' answers (intake) and the newest blank CMRT an
 * administrator uploaded (outreach). Each from the owning module's service, never its tables.
 */
public interface RollupSources {

    /** The answers of the year's accepted declarations, one per supplier (its latest accepted). */
    List<DeclarationAnswers> acceptedAnswers(int year);

    /** The newest blank CMRT uploaded to any campaign: highest version, then latest upload. */
    Optional<BlankTemplate> newestTemplate();

    /** @param metal null for the company questions A–H */
    record Answer(String question, Metal metal, String answer) {
    }

    record DeclarationAnswers(long declarationId, long supplierId, String companyName, List<Answer> answers) {
    }

    record BlankTemplate(String fileName, String version, byte[] content, Instant uploadedAt, int campaignYear) {
    }
}
