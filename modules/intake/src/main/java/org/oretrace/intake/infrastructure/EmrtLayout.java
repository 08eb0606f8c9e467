package org.oretrace.intake.infrastructure;

import org.oretrace.kernel.Metal;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where the EMRT keeps its answers. Two layouts, read from the real templates (README, "EMRT facts"):
 * <ul>
 *   <li>1.x (1.1, 1.11, 1.2, 1.3): cobalt and mica only, fixed rows; company fields D12–D22 as in the CMRT;
 *   questions 1–7 from row 25 every 6 rows (cobalt, then mica; question 4 asks about cobalt only); company
 *   questions A–G from row 69 every 2 rows, C per mineral in rows 74–75.</li>
 *   <li>2.x (2.0, 2.1): the supplier chooses the minerals in D12, E12, G12, H12, I12, D13, E13, G13, H13, I13
 *   ("Cobalt", or "(Delete Cobalt)" to take it out); the questions list the chosen minerals in alphabetical order
 *   (the template's own sort in hidden column AA); company fields D16–D26; questions 1–7 from row 29 every 12 rows;
 *   A, B from row 115, C in 120–129, D–G from row 131.</li>
 * </ul>
 */
enum EmrtLayout {
    V1(List.of(Metal.COBALT, Metal.MICA), 12, 25, 6, 69, 74, 77),
    V2(List.of(), 16, 29, 12, 115, 120, 131);

    static final BigDecimal OLDEST = new BigDecimal("1.1");
    static final BigDecimal NEWEST_KNOWN = new BigDecimal("2.1");
    /** The mineral choice cells of 2.x (row, column). */
    static final int[][] MINERAL_CELLS = {{12, 4}, {12, 5}, {12, 7}, {12, 8}, {12, 9}, {13, 4}, {13, 5}, {13, 7},
        {13, 8}, {13, 9}};
    /** The EMRT's minerals in the templates' alphabetical order. */
    static final List<Metal> MINERALS = List.of(Metal.COBALT, Metal.COPPER, Metal.GRAPHITE, Metal.LITHIUM,
            Metal.MICA, Metal.NICKEL);
    static final String COMPANY_QUESTIONS = "ABCDEFG";

    private final List<Metal> fixedMinerals;
    private final int firstCompanyRow;
    private final int firstQuestionRow;
    private final int questionStep;
    private final int questionARow;
    private final int firstCRow;
    private final int questionDRow;

    EmrtLayout(List<Metal> fixedMinerals, int firstCompanyRow, int firstQuestionRow, int questionStep,
               int questionARow, int firstCRow, int questionDRow) {
        this.fixedMinerals = fixedMinerals;
        this.firstCompanyRow = firstCompanyRow;
        this.firstQuestionRow = firstQuestionRow;
        this.questionStep = questionStep;
        this.questionARow = questionARow;
        this.firstCRow = firstCRow;
        this.questionDRow = questionDRow;
    }

    static EmrtLayout of(BigDecimal version) {
        return version.compareTo(BigDecimal.valueOf(2)) >= 0 ? V2 : V1;
    }

    /** 1.x: cobalt and mica whatever was answered; 2.x: empty (the supplier's choice decides). */
    List<Metal> fixedMinerals() {
        return fixedMinerals;
    }

    /** Row of the company field: 0 unique ID, 1 its authority, 2 address, 3 contact, ..., 10 the date. */
    int companyRow(int field) {
        return firstCompanyRow + field;
    }

    /** Row of question 1–7 for the mineral in the given slot (0 = the first mineral listed). */
    int questionRow(int question, int slot) {
        return firstQuestionRow + (question - 1) * questionStep + 1 + slot;
    }

    /** Row of a company question A–G; for C the header row (its answers are per mineral, {@link #cRow}). */
    int companyQuestionRow(char question) {
        return switch (question) {
            case 'A' -> questionARow;
            case 'B' -> questionARow + 2;
            case 'C' -> questionARow + 4;
            default -> questionDRow + 2 * (question - 'D');
        };
    }

    int cRow(int slot) {
        return firstCRow + slot;
    }

    /** Question 4 of 1.x (100% recycled) asks about cobalt only. */
    boolean asks(int question, Metal mineral) {
        return this != V1 || question != 4 || mineral == Metal.COBALT;
    }

    /** The answer "not declaring" of question 1/2: 1.x words it as "Not applicable for this declaration". */
    String notDeclaring() {
        return this == V1 ? "Not applicable for this declaration" : "Not declaring";
    }

    int lastDeclarationRow() {
        return questionDRow + 6;
    }
}
