package org.oretrace.intake.infrastructure;

import org.apache.poi.ss.usermodel.Sheet;
import org.oretrace.kernel.Metal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a workbook in the RMI EMRT cell layout (1.x or 2.x, {@link EmrtLayout}) with the values where a supplier's
 * Excel puts them, the positions {@link EmrtReader} reads: title in Revision!B3 and Declaration!D2, "Revision 2.1" in
 * Declaration!J3, Smelter List!Q3 and Mine List!M3; D8–D10 and the company fields; in 2.x the minerals chosen in
 * D12–G13 (the others "(Delete Cobalt)" as the template words it), questions 1–7 and C per chosen mineral in the
 * template's alphabetical order, A–G; Smelter List rows (A–E) and, in 2.x, Mine List rows (A–M) from row 5; Product
 * List from row 6. Like {@link CmrtWriter} it writes the layout, not RMI's template (no formulas, look-up list or
 * protection): for the demo's supplier EMRTs and its run-time blank EMRT, since the product ships no RMI file.
 */
public class EmrtWriter {

    private static final int D = 3; // zero-based column indexes
    private static final String TITLE = "Extended Minerals Reporting Template (EMRT)";
    /** Revision!B3 as RMI's 2.1 words it. */
    private static final String REVISION_TITLE = "Extended Mineral Reporting Template";

    /** A Mine List row (2.x), columns A–M as the template orders them. */
    public record Mine(String mineral, String smelterName, String mineName, String mineId, String sourceId,
                       String country, String street, String city, String province, String contactName,
                       String contactEmail, String nextSteps, String comment) {
        String[] cells() {
            return new String[]{mineral, smelterName, mineName, mineId, sourceId, country, street, city, province,
                contactName, contactEmail, nextSteps, comment};
        }
    }

    /** 2.x: where the blank chooses its six minerals (D12 Cobalt, E12 Copper, G12, D13, E13, G13), zero-based. */
    private static final int[][] CHOICE_CELLS = {{11, 3}, {11, 4}, {11, 6}, {12, 3}, {12, 4}, {12, 6}};

    private final String version;
    private final String language;
    private final EmrtLayout layout;
    private final List<Metal> minerals = new ArrayList<>();
    private final DeclarationAnswers declarationAnswers = new DeclarationAnswers();
    private final Map<Integer, Map<Metal, String[]>> mineralAnswers = new LinkedHashMap<>();
    private final Map<Metal, String[]> cAnswers = new EnumMap<>(Metal.class);
    private final List<String[]> smelters = new ArrayList<>();
    private final List<Mine> mines = new ArrayList<>();
    private final List<String[]> products = new ArrayList<>();

    /**
     * @param version  "1.1" ... "2.1"
     * @param language the display language as the template lists it (e.g. "English")
     */
    public EmrtWriter(String version, String language) {
        this.version = version;
        this.language = language;
        this.layout = EmrtLayout.of(new BigDecimal(version));
        // as the blank ships: 1.x always lists cobalt and mica, 2.x has all six minerals chosen
        minerals.addAll(layout == EmrtLayout.V1 ? layout.fixedMinerals() : EmrtLayout.MINERALS);
    }

    /** Company information: D8 name, D9 scope, D10 its description, then the layout's unique ID ... date rows. */
    public EmrtWriter company(String name, String scope, String scopeDescription, String uniqueId, String uniqueIdAuthority,
                              String address, String contactName, String contactEmail, String contactPhone,
                              String authorizer, String authorizerTitle, String authorizerEmail, String authorizerPhone,
                              LocalDate effectiveDate) {
        declarationAnswers.value(8, name);
        declarationAnswers.value(9, scope);
        declarationAnswers.value(10, scopeDescription);
        Object[] fields = {uniqueId, uniqueIdAuthority, address, contactName, contactEmail, contactPhone, authorizer,
            authorizerTitle, authorizerEmail, authorizerPhone, effectiveDate};
        for (int i = 0; i < fields.length; i++) {
            declarationAnswers.value(layout.companyRow(i), fields[i]);
        }
        return this;
    }

    /** 2.x: the minerals the declaration covers (the questions list them in the template's alphabetical order). */
    public EmrtWriter minerals(List<Metal> chosen) {
        if (layout == EmrtLayout.V1) {
            throw new IllegalStateException("EMRT " + version + " always lists cobalt and mica");
        }
        if (!EmrtLayout.MINERALS.containsAll(chosen)) {
            throw new IllegalArgumentException("The EMRT covers " + EmrtLayout.MINERALS + ", not " + chosen);
        }
        minerals.clear();
        minerals.addAll(EmrtLayout.MINERALS.stream().filter(chosen::contains).toList());
        return this;
    }

    /** Question 1–7 for a mineral, with an optional comment; its row follows the mineral's place in the list. */
    public EmrtWriter answer(int question, Metal mineral, String answer, String comment) {
        mineralAnswers.computeIfAbsent(question, q -> new EnumMap<>(Metal.class)).put(mineral, new String[]{answer, comment});
        return this;
    }

    /** Company question C, which the EMRT asks per mineral. */
    public EmrtWriter cAnswer(Metal mineral, String answer, String comment) {
        cAnswers.put(mineral, new String[]{answer, comment});
        return this;
    }

    /** Company question A, B, D–G, with an optional comment. */
    public EmrtWriter companyAnswer(char question, String answer, String comment) {
        if (question == 'C' || EmrtLayout.COMPANY_QUESTIONS.indexOf(question) < 0) {
            throw new IllegalArgumentException("Company question " + question + ": use A, B, D–G (C with cAnswer)");
        }
        int row = layout.companyQuestionRow(question);
        declarationAnswers.answer(row, answer, comment);
        return this;
    }

    /** A Smelter List row: the ID typed in A, mineral in B, look-up name in C, name in D, country in E. */
    public EmrtWriter smelter(String smelterId, String mineral, String lookupName, String name, String country) {
        smelters.add(new String[]{smelterId, mineral, lookupName, name, country});
        return this;
    }

    /** A Mine List row (2.x only: 1.x has no Mine List). */
    public EmrtWriter mine(Mine mine) {
        if (layout == EmrtLayout.V1) {
            throw new IllegalStateException("EMRT " + version + " has no Mine List");
        }
        mines.add(mine);
        return this;
    }

    public EmrtWriter product(String number, String name, String comment) {
        products.add(new String[]{number, name, comment});
        return this;
    }

    public byte[] toBytes() {
        LayoutCells cells = new LayoutCells();
        Sheet revision = cells.sheet(CmrtReader.REVISION);
        LayoutCells.text(revision, 2, 1, REVISION_TITLE);
        LayoutCells.text(revision, 3, 1, "Revision " + version);

        Sheet declaration = cells.sheet(CmrtReader.DECLARATION);
        LayoutCells.text(declaration, 1, D, TITLE);
        LayoutCells.text(declaration, 2, D, language);
        LayoutCells.text(declaration, 2, 9, "Revision " + version);
        if (layout == EmrtLayout.V2) {
            for (int i = 0; i < EmrtLayout.MINERALS.size(); i++) {
                Metal m = EmrtLayout.MINERALS.get(i);
                LayoutCells.text(declaration, CHOICE_CELLS[i][0], CHOICE_CELLS[i][1],
                        minerals.contains(m) ? m.displayName() : "(Delete " + m.displayName() + ")");
            }
        }
        mineralAnswers.forEach((question, byMineral) -> byMineral.forEach((mineral, a) -> {
            int slot = minerals.indexOf(mineral);
            if (slot >= 0 && layout.asks(question, mineral)) {
                answerAt(layout.questionRow(question, slot), a);
            }
        }));
        cAnswers.forEach((mineral, a) -> {
            if (minerals.contains(mineral)) {
                answerAt(layout.cRow(minerals.indexOf(mineral)), a);
            }
        });
        declarationAnswers.writeTo(cells, declaration);

        LayoutCells.smelterList(cells.sheet(CmrtReader.SMELTER_LIST), version, "Mineral", smelters);

        if (layout == EmrtLayout.V2) {
            Sheet mineList = cells.sheet(EmrtSheets.MINE_LIST);
            LayoutCells.text(mineList, 2, 12, "Revision " + version);
            String[] header = {"Mineral", "Name of smelter sourcing from this mine", "Mine Name", "Mine Identification",
                "Mine Source ID", "Mine Country", "Mine Street", "Mine City", "Mine State / Province", "Mine Contact Name",
                "Mine Contact Email", "Proposed next steps", "Comments"};
            for (int c = 0; c < header.length; c++) {
                LayoutCells.text(mineList, 3, c, header[c]);
            }
            for (int i = 0; i < mines.size(); i++) {
                String[] m = mines.get(i).cells();
                for (int c = 0; c < m.length; c++) {
                    LayoutCells.text(mineList, LayoutCells.FIRST_SMELTER_ROW - 1 + i, c, m[c]);
                }
            }
        }

        Sheet productList = cells.sheet(CmrtReader.PRODUCT_LIST);
        // 2.x: B number, C name, D and E the requester's number and name, F comments; 1.x: B, C, D comments
        int commentColumn = layout == EmrtLayout.V1 ? 3 : 5;
        LayoutCells.text(productList, 4, 1, "Responder's Product Number");
        LayoutCells.text(productList, 4, 2, "Responder's Product Name");
        LayoutCells.text(productList, 4, commentColumn, "Comments");
        for (int i = 0; i < products.size(); i++) {
            String[] p = products.get(i);
            int row = EmrtSheets.FIRST_PRODUCT_ROW - 1 + i;
            LayoutCells.text(productList, row, 1, p[0]);
            LayoutCells.text(productList, row, 2, p[1]);
            LayoutCells.text(productList, row, commentColumn, p[2]);
        }
        return cells.toBytes();
    }

    private void answerAt(int row, String[] answer) {
        declarationAnswers.answer(row, answer[0], answer[1]);
    }
}
