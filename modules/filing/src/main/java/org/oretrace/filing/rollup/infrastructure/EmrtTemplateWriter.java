package org.oretrace.filing.rollup.infrastructure;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.oretrace.filing.rollup.domain.EmrtChoices;
import org.oretrace.filing.rollup.domain.RolledAnswer;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Metal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes our EMRT into RMI's own blank EMRT 2.x with Apache POI, into the cells a person's Excel fills (the layout
 * intake's EMRT reader reads, intake README "EMRT facts"): the six minerals chosen in D12–G13, company fields D16–D26,
 * questions 1–7 from row 30 every 12 rows (one row per mineral in the template's alphabetical order), A 115, B 117, C
 * per mineral from 120, D–G from 131; Smelter and Product List as in the CMRT ({@link CmrtTemplateWriter#lists}); the
 * Mine List from row 5 (A mineral ... M comment).
 * Formulas, lists and protection stay as RMI made them; the workbook asks to be recalculated when opened.
 */
public final class EmrtTemplateWriter {

    /** The 2.x mineral choice cells, in the order of {@link EmrtChoices#MINERALS}. */
    private static final String[] CHOICE_CELLS = {"D12", "E12", "G12", "D13", "E13", "G13"};
    private static final int FIRST_MINE_ROW = 5;

    private EmrtTemplateWriter() {
    }

    public static CmrtTemplateWriter.Written write(byte[] template, CmrtTemplateWriter.Company company,
                                                   List<RolledAnswer> answers, List<CmrtTemplateWriter.SmelterLine> smelters,
                                                   List<Metal> notYetIdentified, List<String[]> products,
                                                   List<String[]> mines) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream(2 * 1024 * 1024)) {
            Sheet declaration = wb.getSheet("Declaration");
            Sheet smelterList = wb.getSheet("Smelter List");
            Sheet productList = wb.getSheet("Product List");
            if (declaration == null || smelterList == null || productList == null) {
                throw new BusinessRuleException("The template lacks the Declaration, Smelter List or Product List sheet");
            }
            String version = CmrtTemplateWriter.version(wb);
            if (new BigDecimal(version).compareTo(BigDecimal.valueOf(2)) < 0) {
                throw new BusinessRuleException("Our EMRT is written into EMRT 2.0 or newer; the newest blank EMRT uploaded is "
                        + version + ": upload RMI's EMRT 2.1 to a campaign");
            }
            CmrtTemplateWriter.put(declaration, "D3", "English");
            for (int i = 0; i < CHOICE_CELLS.length; i++) {
                CmrtTemplateWriter.put(declaration, CHOICE_CELLS[i], EmrtChoices.MINERALS.get(i).displayName());
            }
            company(declaration, company);
            // every answer cell starts empty: ours are the only answers in the file
            for (int q = 1; q <= 7; q++) {
                for (int slot = 0; slot < 10; slot++) {
                    clear(declaration, questionRow(q, slot));
                }
            }
            for (int slot = 0; slot < 10; slot++) {
                clear(declaration, 120 + slot);
            }
            for (char q : "ABDEFG".toCharArray()) {
                clear(declaration, companyRow(q));
            }
            for (RolledAnswer a : answers) {
                int row = row(a);
                CmrtTemplateWriter.put(declaration, "D" + row, a.answer());
                CmrtTemplateWriter.put(declaration, "G" + row, a.comment());
            }
            int rows = CmrtTemplateWriter.lists(wb, smelterList, productList, smelters, notYetIdentified, products);
            mineList(wb, mines);
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
            return new CmrtTemplateWriter.Written(out.toByteArray(), version, rows);
        } catch (IOException | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new BusinessRuleException("The blank EMRT cannot be read: " + e.getMessage());
        }
    }

    /**
     * The Mine List from row 5, columns A (mineral) to M (comment), as a supplier types them; the template's own
     * columns after M (country and province codes) are its formulas and stay.
     */
    private static void mineList(XSSFWorkbook wb, List<String[]> mines) {
        if (mines.isEmpty()) {
            return;
        }
        Sheet mineList = wb.getSheet("Mine List");
        if (mineList == null) {
            throw new BusinessRuleException("The blank EMRT has no Mine List sheet for the suppliers' mines");
        }
        for (int i = 0; i < mines.size(); i++) {
            String[] cells = mines.get(i);
            for (int c = 0; c < cells.length; c++) {
                CmrtTemplateWriter.put(mineList, (char) ('A' + c) + String.valueOf(FIRST_MINE_ROW + i), cells[c]);
            }
        }
    }

    /** The Declaration row of an answer: questions per mineral by its slot, C per mineral, the company's A–G. */
    static int row(RolledAnswer a) {
        if (a.isCompanyQuestion()) {
            return companyRow(a.question().charAt(0));
        }
        int slot = EmrtChoices.MINERALS.indexOf(a.metal());
        return a.question().equals("C") ? 120 + slot : questionRow(Integer.parseInt(a.question()), slot);
    }

    private static int questionRow(int question, int slot) {
        return 29 + (question - 1) * 12 + 1 + slot;
    }

    private static int companyRow(char question) {
        return switch (question) {
            case 'A' -> 115;
            case 'B' -> 117;
            default -> 131 + 2 * (question - 'D');
        };
    }

    private static void clear(Sheet declaration, int row) {
        CmrtTemplateWriter.put(declaration, "D" + row, null);
        CmrtTemplateWriter.put(declaration, "G" + row, null);
    }

    /** D8 name, D9 scope, D10 its description, D16–D26 as the CMRT's D12–D22 (unique ID ... date). */
    private static void company(Sheet d, CmrtTemplateWriter.Company c) {
        CmrtTemplateWriter.put(d, "D8", c.name());
        CmrtTemplateWriter.put(d, "D9", c.scope());
        CmrtTemplateWriter.put(d, "D10", c.scopeDescription());
        String[] values = {c.uniqueId(), c.uniqueIdAuthority(), c.address(), c.contactName(), c.contactEmail(),
            c.contactPhone(), c.authorizer(), c.authorizerTitle(), c.authorizerEmail(), c.authorizerPhone()};
        for (int i = 0; i < values.length; i++) {
            CmrtTemplateWriter.put(d, "D" + (16 + i), values[i]);
        }
        CmrtTemplateWriter.put(d, "D26", c.effectiveDate());
    }
}
