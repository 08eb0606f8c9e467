package org.oretrace.intake.infrastructure;

import org.apache.poi.ss.usermodel.Sheet;
import org.oretrace.kernel.Metal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a workbook in the RMI CMRT 6.x cell layout, with the values where a supplier's Excel puts
 * them (the same positions {@link CmrtReader} reads). It writes the layout, not RMI's template: no
 * formulas, look-up lists or protection. Used for demo data and for a company's own CMRT answers.
 */
public class CmrtWriter {

    private static final int D = 3; // zero-based column indexes

    private final String version;
    private final String language;
    private final DeclarationAnswers declarationAnswers = new DeclarationAnswers();
    private final List<String[]> smelters = new ArrayList<>();
    private final List<String[]> products = new ArrayList<>();

    /**
     * @param version  "6.01" ... "6.5"
     * @param language the display language as the template lists it (e.g. "English", "Deutsch")
     */
    public CmrtWriter(String version, String language) {
        this.version = version;
        this.language = language;
    }

    /** Company information, Declaration rows 8–22 (column D); null fields stay empty. */
    public CmrtWriter company(String name, String scope, String scopeDescription, String uniqueId, String uniqueIdAuthority,
                              String address, String contactName, String contactEmail, String contactPhone,
                              String authorizer, String authorizerTitle, String authorizerEmail, String authorizerPhone,
                              LocalDate effectiveDate) {
        declarationAnswers.value(8, name);
        declarationAnswers.value(9, scope);
        declarationAnswers.value(10, scopeDescription);
        declarationAnswers.value(12, uniqueId);
        declarationAnswers.value(13, uniqueIdAuthority);
        declarationAnswers.value(14, address);
        declarationAnswers.value(15, contactName);
        declarationAnswers.value(16, contactEmail);
        declarationAnswers.value(17, contactPhone);
        declarationAnswers.value(18, authorizer);
        declarationAnswers.value(19, authorizerTitle);
        declarationAnswers.value(20, authorizerEmail);
        declarationAnswers.value(21, authorizerPhone);
        declarationAnswers.value(22, effectiveDate);
        return this;
    }

    /** Answer to question 1–8 for one metal, with an optional comment. */
    public CmrtWriter answer(int question, Metal metal, String answer, String comment) {
        int row = CmrtSheets.row(String.valueOf(question)) + CmrtSheets.METAL_ROWS.indexOf(metal);
        declarationAnswers.answer(row, answer, comment);
        return this;
    }

    /** Answer to company question A–H, with an optional comment. */
    public CmrtWriter companyAnswer(char question, String answer, String comment) {
        int row = CmrtSheets.companyQuestionRow(question);
        declarationAnswers.answer(row, answer, comment);
        return this;
    }

    /** A Smelter List row: the ID typed in A, metal in B, look-up name in C, name in D, country in E. */
    public CmrtWriter smelter(String smelterId, String metal, String lookupName, String name, String country) {
        smelters.add(new String[]{smelterId, metal, lookupName, name, country});
        return this;
    }

    public CmrtWriter product(String number, String name, String comment) {
        products.add(new String[]{number, name, comment});
        return this;
    }

    public byte[] toBytes() {
        LayoutCells cells = new LayoutCells();
        Sheet revision = cells.sheet(CmrtReader.REVISION);
        LayoutCells.text(revision, 1, 1, "Conflict Minerals Reporting Template (CMRT)");
        LayoutCells.text(revision, 2, 1, "Revision " + version);

        Sheet declaration = cells.sheet(CmrtReader.DECLARATION);
        LayoutCells.text(declaration, 1, D, "Conflict Minerals Reporting Template (CMRT)");
        LayoutCells.text(declaration, 2, D, language);
        LayoutCells.text(declaration, 2, 9, "Revision " + version);
        declarationAnswers.writeTo(cells, declaration);

        LayoutCells.smelterList(cells.sheet(CmrtReader.SMELTER_LIST), version, "Metal", smelters);

        Sheet productList = cells.sheet(CmrtReader.PRODUCT_LIST);
        LayoutCells.text(productList, 4, 1, "Responder's Product Number");
        LayoutCells.text(productList, 4, 2, "Responder's Product Name");
        LayoutCells.text(productList, 4, 3, "Comments");
        for (int i = 0; i < products.size(); i++) {
            String[] p = products.get(i);
            for (int c = 0; c < p.length; c++) {
                LayoutCells.text(productList, CmrtSheets.FIRST_PRODUCT_ROW - 1 + i, c + 1, p[c]);
            }
        }
        return cells.toBytes();
    }
}
