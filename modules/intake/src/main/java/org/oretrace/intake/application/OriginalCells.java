package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.oretrace.intake.domain.StoredFile;
import org.oretrace.intake.infrastructure.SheetExcerpt;
import org.oretrace.kernel.BusinessRuleException;

/** Shows where a finding points: the cells around it in the original file exactly as the supplier sent it. */
@ApplicationScoped
public class OriginalCells {

    @Inject
    Declarations declarations;

    /** @throws BusinessRuleException when there is no such declaration, sheet or cell */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SheetExcerpt around(long declarationId, String sheet, String cell) {
        StoredFile file = declarations.original(declarationId)
                .orElseThrow(() -> new BusinessRuleException("There is no declaration " + declarationId + "."));
        return SheetExcerpt.around(file.getContent(), sheet, cell);
    }
}
