package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.oretrace.intake.domain.StoredFile;
import org.oretrace.intake.infrastructure.CmrtReader;
import org.oretrace.intake.infrastructure.SheetExcerpt;
import org.oretrace.kernel.BusinessRuleException;

import java.util.Locale;

/**
 * Shows where a finding points: the cells around it in the original file exactly as the supplier sent it.
 * Read within the configured reading limits (intake's {@link IntakeSettings}, the same as the reader's), so
 * that opening a hostile original costs no more than reading it did.
 */
@ApplicationScoped
public class OriginalCells {

    @Inject
    Declarations declarations;

    @Inject
    IntakeSettings settings;

    /** @throws BusinessRuleException when there is no such declaration, sheet or cell, or the file breaks a limit */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SheetExcerpt around(long declarationId, String sheet, String cell) {
        StoredFile file = declarations.original(declarationId)
                .orElseThrow(() -> new BusinessRuleException("There is no declaration " + declarationId + "."));
        return around(file.getContent(), sheet, cell);
    }

    /** The window of {@code content} around the cell, within the configured file size and reading limits. */
    SheetExcerpt around(byte[] content, String sheet, String cell) {
        CmrtReader reader = settings.reader();
        if (content != null && content.length > reader.maxBytes()) {
            throw new BusinessRuleException(String.format(Locale.ROOT, "The original workbook cannot be shown: it has "
                    + "%,d bytes, more than the %,d read from one file (oretrace.intake.max-file-bytes).",
                    content.length, reader.maxBytes()));
        }
        return SheetExcerpt.around(content, sheet, cell, reader.limits());
    }
}
