package org.oretrace.kernel.cmrt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link TemplateDetector} looks at in a workbook, filled by whoever reads it (intake's streaming reader,
 * outreach's check of a blank CMRT) so both look at the same cells: the sheet names, the texts at the top of the
 * Revision sheet, the Declaration sheet's top rows (title in D2, "Revision 6.5" in J3) and the Smelter List's header
 * rows. Rows and columns are 1-based, as Excel shows them; {@code wants*} says which cells to hand in.
 */
public final class TemplateEvidence {

    public static final String REVISION = "Revision";
    public static final String DECLARATION = "Declaration";
    public static final String SMELTER_LIST = "Smelter List";

    private final Set<String> sheetNames = new LinkedHashSet<>();
    private final List<String> revisionTexts = new ArrayList<>();
    private final Map<Integer, String> declaration = new HashMap<>();
    private final List<String> smelterListHeader = new ArrayList<>();

    public static boolean wantsRevisionCell(int row, int column) {
        return row <= 8 && column <= 6;
    }

    public static boolean wantsDeclarationCell(int row, int column) {
        return row <= 5 && column <= 16;
    }

    public static boolean wantsSmelterListCell(int row, int column) {
        return row <= 3 && column <= 20;
    }

    public TemplateEvidence sheet(String name) {
        sheetNames.add(name);
        return this;
    }

    public TemplateEvidence sheets(Iterable<String> names) {
        names.forEach(sheetNames::add);
        return this;
    }

    public TemplateEvidence revisionText(String text) {
        if (text != null) {
            revisionTexts.add(text);
        }
        return this;
    }

    public TemplateEvidence declarationText(int row, int column, String text) {
        if (text != null && wantsDeclarationCell(row, column)) {
            declaration.put(row * 64 + column, text);
        }
        return this;
    }

    public TemplateEvidence smelterListText(String text) {
        if (text != null) {
            smelterListHeader.add(text);
        }
        return this;
    }

    Set<String> sheetNames() {
        return sheetNames;
    }

    List<String> revisionTexts() {
        return revisionTexts;
    }

    String declarationText(int row, int column) {
        return declaration.get(row * 64 + column);
    }

    List<String> smelterListHeader() {
        return smelterListHeader;
    }
}
