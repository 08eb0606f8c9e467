package org.oretrace.intake.infrastructure;

import org.apache.poi.ss.usermodel.Sheet;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a written CMRT or EMRT answers on its Declaration sheet: the value of a row in column D and its comment in column G
 * (the same columns in both templates), by the sheet's one-based row numbers.
 */
final class DeclarationAnswers {

    private static final int D = 3; // zero-based column indexes
    private static final int G = 6;

    private final Map<Integer, Object> values = new LinkedHashMap<>();
    private final Map<Integer, String> comments = new LinkedHashMap<>();

    /** A value in D; nothing for null. */
    void value(int row, Object value) {
        if (value != null) {
            values.put(row, value);
        }
    }

    /** An answer in D with its optional comment in G. */
    void answer(int row, Object answer, String comment) {
        value(row, answer);
        if (comment != null) {
            comments.put(row, comment);
        }
    }

    void writeTo(LayoutCells cells, Sheet declaration) {
        values.forEach((row, value) -> cells.value(declaration, row - 1, D, value));
        comments.forEach((row, comment) -> LayoutCells.text(declaration, row - 1, G, comment));
    }
}
