package org.oretrace.intake.infrastructure;

import org.oretrace.intake.domain.Company;
import org.oretrace.intake.domain.MineRow;
import org.oretrace.intake.domain.ProductRow;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.kernel.Metal;

import java.util.List;

/**
 * Everything a supplier entered in an EMRT, read by cell position: the declaration (company, scope), the minerals in
 * scope in the order the template lists them, the answers with the cell each came from, the Smelter List (its metal
 * column holds the mineral), the Mine List (2.x) and the Product List.
 */
public record EmrtContent(String templateVersion, String language, Company company, String scope,
                          String scopeDescription, List<Metal> minerals, List<String> otherMineralTexts,
                          List<EmrtAnswer> answers, List<SmelterRow> smelters, List<MineRow> mines,
                          List<ProductRow> products, boolean hasMineList, int companyFirstRow) {

    /**
     * An answer: question "1"–"7" per mineral, or "A"–"G" ("C" per mineral, the others for the company, mineral
     * null); row is the Declaration row of the answer (column D) and its comment (column G).
     */
    public record EmrtAnswer(String question, Metal mineral, String answer, String comment, int row) {
    }

    public EmrtAnswer answer(String question, Metal mineral) {
        return answers.stream().filter(a -> a.question().equals(question) && a.mineral() == mineral).findFirst()
                .orElse(null);
    }
}
