package org.oretrace.filing.rollup.infrastructure;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.oretrace.filing.rollup.domain.RolledAnswer;
import org.oretrace.filing.rollup.domain.RollupRules;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Metal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes our CMRT into RMI's own blank template with Apache POI, into the cells a person's Excel fills (the layout
 * intake's reader reads: Declaration column D and G, Smelter List from row 5, Product List from row 6). Typing over a
 * template formula replaces it, as in Excel; every other formula, list, protection and sheet stays as RMI made it, and
 * the workbook asks to be recalculated when opened, so the Checker and the look-up columns show current results.
 */
public final class CmrtTemplateWriter {

    private static final Pattern REVISION = Pattern.compile("Revision\\s+(\\d+\\.\\d+)", Pattern.CASE_INSENSITIVE);
    private static final int FIRST_SMELTER_ROW = 5;
    private static final int FIRST_PRODUCT_ROW = 6;

    /** Declaration rows 8–22; null fields stay empty. */
    public record Company(String name, String scope, String scopeDescription, String uniqueId, String uniqueIdAuthority,
                          String address, String contactName, String contactEmail, String contactPhone,
                          String authorizer, String authorizerTitle, String authorizerEmail, String authorizerPhone,
                          LocalDate effectiveDate) {
    }

    /** A smelter of our list, by RMI smelter ID, with the registry's standard name and country. */
    public record SmelterLine(String smelterId, Metal metal, String standardName, String country) {
    }

    public record Written(byte[] content, String version, int smelterRows) {
    }

    private CmrtTemplateWriter() {
    }

    /** The template's CMRT version from "Revision 6.x" in Declaration!J3 (or Smelter List!Q3). */
    public static String version(XSSFWorkbook wb) {
        for (String[] at : new String[][]{{"Declaration", "J3"}, {"Smelter List", "Q3"}}) {
            Sheet sheet = wb.getSheet(at[0]);
            if (sheet == null) {
                continue;
            }
            CellReference ref = new CellReference(at[1]);
            Row row = sheet.getRow(ref.getRow());
            Cell cell = row == null ? null : row.getCell(ref.getCol());
            if (cell != null) {
                Matcher m = REVISION.matcher(new DataFormatter().formatCellValue(cell));
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        throw new BusinessRuleException("The template has no \"Revision 6.x\" text in Declaration!J3: not an RMI CMRT");
    }

    /**
     * @param notYetIdentified in-scope metals with no smelter on the list: one "Smelter not yet identified" row each, so
     *                         that the list says so (the Checker wants a row for every metal in scope)
     */
    public static Written write(byte[] template, Company company, List<RolledAnswer> answers, List<SmelterLine> smelters,
                                List<Metal> notYetIdentified, List<String[]> products) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream(2 * 1024 * 1024)) {
            Sheet declaration = wb.getSheet("Declaration");
            Sheet smelterList = wb.getSheet("Smelter List");
            Sheet productList = wb.getSheet("Product List");
            if (declaration == null || smelterList == null || productList == null) {
                throw new BusinessRuleException("The template lacks the Declaration, Smelter List or Product List sheet");
            }
            String version = version(wb);
            boolean numericHundred = new BigDecimal(version).compareTo(new BigDecimal("6.31")) < 0;
            put(declaration, "D3", "English"); // labels in English; the blank is saved with another language chosen
            company(declaration, company);
            // every answer cell starts empty: a blank may ship pre-filled answers (6.31 does) that would contradict ours
            for (int r = 26; r <= 71; r++) {
                if ((r - 26) % 6 < 4) {
                    put(declaration, "D" + r, null);
                    put(declaration, "G" + r, null);
                }
            }
            for (int r = 75; r <= 89; r += 2) {
                put(declaration, "D" + r, null);
                put(declaration, "G" + r, null);
            }
            for (RolledAnswer a : answers) {
                int row = a.isCompanyQuestion() ? 75 + 2 * (a.question().charAt(0) - 'A')
                        : 26 + (Integer.parseInt(a.question()) - 1) * 6 + RollupRules.METALS.indexOf(a.metal());
                // 6.01–6.22 keep the list entry 100% of Q6 as the number 1 (formatted 0%), as Excel stores it
                Object value = numericHundred && "6".equals(a.question()) && "100%".equals(a.answer()) ? (Object) 1.0 : a.answer();
                put(declaration, "D" + row, value);
                put(declaration, "G" + row, a.comment());
            }
            clearExample(smelterList, version);
            int row = FIRST_SMELTER_ROW + lists(wb, smelterList, productList, smelters, notYetIdentified, products);
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
            return new Written(out.toByteArray(), version, row - FIRST_SMELTER_ROW);
        } catch (IOException | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new BusinessRuleException("The blank CMRT cannot be read: " + e.getMessage());
        }
    }

    /**
     * Writes the Smelter List from row 5 and the Product List from row 6, as both templates lay them out (the EMRT's
     * column B holds the mineral); returns the smelter rows written.
     */
    static int lists(XSSFWorkbook wb, Sheet smelterList, Sheet productList, List<SmelterLine> smelters,
                     List<Metal> notYetIdentified, List<String[]> products) {
        Map<String, String[]> lookup = lookup(wb.getSheet("Smelter Look-up"));
        int row = FIRST_SMELTER_ROW;
        for (SmelterLine s : smelters) {
            // by ID; a row a supplier named without an ID (EMRT rows are not resolved) by the template's own name
            String[] known = s.smelterId() != null ? lookup.get(s.smelterId())
                    : lookup.get(s.metal().displayName() + "|" + s.standardName());
            put(smelterList, "A" + row, s.smelterId());
            put(smelterList, "B" + row, s.metal().displayName());
            if (known != null || (lookup.isEmpty() && s.smelterId() != null)) {
                // the template's own look-up name and country for the ID, so its formulas and lists agree
                put(smelterList, "C" + row, known != null ? known[0] : s.standardName());
                put(smelterList, "E" + row, known != null ? known[1] : s.country());
            } else {
                // an ID or name the template's list does not have (a smelter RMI removed): named as "not listed"
                put(smelterList, "C" + row, "Smelter not listed");
                put(smelterList, "D" + row, s.standardName());
                put(smelterList, "E" + row, s.country());
            }
            row++;
        }
        for (Metal m : notYetIdentified) {
            put(smelterList, "B" + row, m.displayName());
            put(smelterList, "C" + row, "Smelter not yet identified");
            row++;
        }
        int p = FIRST_PRODUCT_ROW;
        for (String[] product : products) {
            put(productList, "B" + p, product[0]);
            put(productList, "C" + p, product[1]);
            p++;
        }
        return row - FIRST_SMELTER_ROW;
    }

    private static void company(Sheet d, Company c) {
        String[] values = {c.name(), c.scope(), c.scopeDescription(), null, c.uniqueId(), c.uniqueIdAuthority(), c.address(),
            c.contactName(), c.contactEmail(), c.contactPhone(), c.authorizer(), c.authorizerTitle(), c.authorizerEmail(),
            c.authorizerPhone()};
        for (int i = 0; i < values.length; i++) {
            if (i != 3) { // D11 is the template's formula (a link for scope B), not an input
                put(d, "D" + (8 + i), values[i]);
            }
        }
        put(d, "D22", c.effectiveDate());
    }

    /** The 6.4 blank ships an example row (Tin, Alpha Metals, 242332 in F5); a person deletes it before filling. */
    private static void clearExample(Sheet list, String version) {
        if ("6.4".equals(version)) {
            for (String cell : new String[]{"B5", "C5", "F5"}) {
                put(list, cell, null);
            }
        }
    }

    /**
     * Smelter ID -> {look-up name, country} from the template's Smelter Look-up (A metal, B name, D country, E ID), and
     * "Metal|look-up name" -> the same for rows named without an ID.
     */
    private static Map<String, String[]> lookup(Sheet sheet) {
        Map<String, String[]> byId = new HashMap<>();
        if (sheet == null) {
            return byId;
        }
        DataFormatter text = new DataFormatter();
        for (int r = 4; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String id = text.formatCellValue(row.getCell(4)).strip().toUpperCase(Locale.ROOT);
            String name = text.formatCellValue(row.getCell(1)).strip();
            String standard = text.formatCellValue(row.getCell(2)).strip();
            if (id.isEmpty() || name.isEmpty()) {
                continue;
            }
            // the look-up row whose name is the standard name, else the ID's first row
            String[] entry = {name, text.formatCellValue(row.getCell(3)).strip()};
            if (!byId.containsKey(id) || name.equals(standard)) {
                byId.put(id, entry);
            }
            byId.putIfAbsent(text.formatCellValue(row.getCell(0)).strip() + "|" + name, entry);
        }
        return byId;
    }

    static void put(Sheet sheet, String address, Object value) {
        CellReference ref = new CellReference(address);
        Row row = sheet.getRow(ref.getRow());
        if (row == null) {
            if (value == null) {
                return;
            }
            row = sheet.createRow(ref.getRow());
        }
        Cell cell = row.getCell(ref.getCol());
        if (cell == null) {
            if (value == null) {
                return;
            }
            cell = row.createCell(ref.getCol());
        }
        if (cell.getCellType() == CellType.FORMULA) {
            cell.setBlank(); // typing over a formula replaces it
        }
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            if (!DateUtil.isCellDateFormatted(cell)) {
                CellStyle style = sheet.getWorkbook().createCellStyle();
                style.cloneStyleFrom(cell.getCellStyle());
                style.setDataFormat(sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("dd-mmm-yyyy"));
                cell.setCellStyle(style);
            }
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
