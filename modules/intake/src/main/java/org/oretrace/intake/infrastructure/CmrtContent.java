package org.oretrace.intake.infrastructure;

import org.oretrace.intake.domain.Answer;
import org.oretrace.intake.domain.Company;
import org.oretrace.intake.domain.ProductRow;
import org.oretrace.intake.domain.SmelterRow;

import java.util.List;

/**
 * Everything a supplier entered in a CMRT, read by cell position, and the file's own Smelter Look-up (the list its
 * formulas resolve smelter IDs with; {@link OwnLookup#NONE} when it has none).
 */
public record CmrtContent(String templateVersion, String language, boolean macroEnabled, Company company,
                          String scope, String scopeDescription, List<Answer> answers, List<SmelterRow> smelters,
                          List<ProductRow> products, OwnLookup ownLookup) {

    /** Content without a look-up sheet. */
    public CmrtContent(String templateVersion, String language, boolean macroEnabled, Company company, String scope,
                       String scopeDescription, List<Answer> answers, List<SmelterRow> smelters, List<ProductRow> products) {
        this(templateVersion, language, macroEnabled, company, scope, scopeDescription, answers, smelters, products,
                OwnLookup.NONE);
    }
}
