package org.oretrace.intake.infrastructure;

import org.oretrace.kernel.cmrt.TemplateEvidence;

import java.util.List;

/** The cells where an RMI template (CMRT or EMRT) states its revision, as the kernel's detector reads them. */
final class RevisionCells {

    private RevisionCells() {
    }

    /** A sink for the Revision sheet that keeps the text of each such cell. */
    static SheetScanner.Sink into(List<String> texts) {
        return new SheetScanner.Sink() {
            @Override
            public boolean wants(int row, int column) {
                return TemplateEvidence.wantsRevisionCell(row, column);
            }

            @Override
            public void cell(int row, int column, SheetScanner.Cell cell) {
                if (cell.text() != null) {
                    texts.add(cell.text());
                }
            }
        };
    }
}
