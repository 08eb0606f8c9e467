package org.oretrace.intake.testing;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.oretrace.kernel.Metal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills a real blank CMRT the way a supplier's Excel does: typed values in the input cells, the
 * template's formulas left alone unless the supplier types over them, cached results not
 * recalculated. Starts from a complete declaration (tin in scope, one tin smelter by ID, one
 * product) that tests then break one cell at a time.
 */
public final class CmrtFile {

    public static final List<String> LANGUAGES = List.of("English", "Chinese", "Japanese", "Korean", "French",
            "Portuguese", "German", "Spanish", "Italian", "Turkish");
    private static final List<Metal> METAL_ROWS = List.of(Metal.TANTALUM, Metal.TIN, Metal.GOLD, Metal.TUNGSTEN);
    public static final String COMPANY_A = "A. Company";
    public static final String PRODUCT_B = "B. Product (or List of Products)";
    public static final String USER_DEFINED_C = "C. User defined [Specify in 'Description of scope']";

    /** A typed Smelter List row: columns A–E and K–Q as the supplier fills them; null leaves the cell as it is. */
    public record SmelterLine(String id, String metal, String lookup, String name, String country, String recycled) {
        public static SmelterLine byId(String id) {
            return new SmelterLine(id, null, null, null, null, null);
        }

        public static SmelterLine byLookup(String metal, String lookup) {
            return new SmelterLine(null, metal, lookup, null, null, null);
        }

        public static SmelterLine notListed(String metal, String name, String country) {
            return new SmelterLine(null, metal, "Smelter not listed", name, country, null);
        }

        public SmelterLine recycled(String answer) {
            return new SmelterLine(id, metal, lookup, name, country, answer);
        }
    }

    private final String version;
    private String language = "English";
    private final Map<String, Object> declaration = new LinkedHashMap<>();
    private final List<SmelterLine> smelters = new ArrayList<>();
    private final List<String[]> products = new ArrayList<>();
    private final Map<String, Object> lookupSheet = new LinkedHashMap<>();
    private boolean keepPrefilled;

    private CmrtFile(String version) {
        this.version = version;
    }

    /** A complete, consistent declaration on the real blank template of that version. */
    public static CmrtFile of(String version) {
        CmrtFile file = new CmrtFile(version);
        file.set("D8", "ACME Components Ltd.").set("D9", PRODUCT_B).set("D12", "123456789").set("D13", "DUNS")
                .set("D14", "1 Foundry Road, Springfield, USA").set("D15", "Ann Chen")
                .set("D16", "ann.chen@acme.example").set("D17", "+1 555 0100").set("D18", "Bo Martin")
                .set("D19", "Director of Compliance").set("D20", "bo.martin@acme.example").set("D21", "+1 555 0101")
                .set("D22", LocalDate.of(2025, 1, 15));
        for (Metal metal : METAL_ROWS) {
            boolean tin = metal == Metal.TIN;
            file.answer(1, metal, tin ? "Yes" : "No").answer(2, metal, tin ? "Yes" : "No");
            for (int q = 3; q <= 8; q++) {
                file.answer(q, metal, null);
            }
        }
        file.answer(3, Metal.TIN, "No").answer(4, Metal.TIN, "No").answer(5, Metal.TIN, "No")
                .answer(6, Metal.TIN, "100%").answer(7, Metal.TIN, "Yes").answer(8, Metal.TIN, "Yes");
        for (char q = 'A'; q <= 'H'; q++) {
            file.companyAnswer(q, "Yes", null);
        }
        file.companyAnswer('B', "Yes", "https://acme.example/conflict-minerals-policy")
                .companyAnswer('E', "Yes, in conformance with IPC1755 (e.g., CMRT)", null)
                .companyAnswer('H', "No", null);
        file.smelters.add(SmelterLine.byId(TemplateLookup.smelters(version, "Tin", 1).get(0).smelterId()));
        file.products.add(new String[]{"P-100", "Solder paste SP-1", null});
        return file;
    }

    public String version() {
        return version;
    }

    /** Sets a Declaration cell ("D16"); null blanks it; a LocalDate is stored as Excel stores dates. */
    public CmrtFile set(String cell, Object value) {
        declaration.put(cell, value);
        return this;
    }

    public CmrtFile language(String englishName) {
        this.language = englishName;
        return this;
    }

    public CmrtFile answer(int question, Metal metal, String value) {
        return set("D" + (26 + (question - 1) * 6 + METAL_ROWS.indexOf(metal)), value);
    }

    public CmrtFile comment(int question, Metal metal, String comment) {
        return set("G" + (26 + (question - 1) * 6 + METAL_ROWS.indexOf(metal)), comment);
    }

    public CmrtFile companyAnswer(char question, String value, String comment) {
        int row = 75 + 2 * (question - 'A');
        return set("D" + row, value).set("G" + row, comment);
    }

    /** Declares a metal (Q1, Q2 Yes) with complete answers to Q3–Q8. */
    public CmrtFile declare(Metal metal) {
        return answer(1, metal, "Yes").answer(2, metal, "Yes").answer(3, metal, "No").answer(4, metal, "No")
                .answer(5, metal, "No").answer(6, metal, "100%").answer(7, metal, "Yes").answer(8, metal, "Yes");
    }

    public CmrtFile noSmelters() {
        smelters.clear();
        return this;
    }

    public CmrtFile smelter(SmelterLine line) {
        smelters.add(line);
        return this;
    }

    /** n real smelters of the metal by ID (cycling through the template's list when n is larger). */
    public CmrtFile smeltersById(String metal, int n) {
        List<LookupEntry> known = TemplateLookup.smelters(version, metal, Integer.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            smelters.add(SmelterLine.byId(known.get(i % known.size()).smelterId()));
        }
        return this;
    }

    public CmrtFile noProducts() {
        products.clear();
        return this;
    }

    public CmrtFile product(String number, String name) {
        products.add(new String[]{number, name, null});
        return this;
    }

    /** Changes a cell of the file's own Smelter Look-up sheet (an older, edited or forged list inside the file). */
    public CmrtFile lookupCell(String cell, Object value) {
        lookupSheet.put(cell, value);
        return this;
    }

    /** Leaves the answers that the blank 6.31 template ships pre-filled where the supplier did not answer. */
    public CmrtFile keepPrefilled() {
        this.keepPrefilled = true;
        return this;
    }

    /**
     * Writes the filled workbook. Loading a template costs seconds, so each version's workbook is
     * loaded once; the cells a file changes are put back afterwards.
     */
    public byte[] toBytes() {
        LoadedTemplate template = LoadedTemplate.of(version);
        synchronized (template) {
            List<Runnable> undo = new ArrayList<>();
            try {
                XSSFWorkbook wb = template.workbook();
                fill(wb, undo);
                ByteArrayOutputStream out = new ByteArrayOutputStream(2 * 1024 * 1024);
                wb.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                for (int i = undo.size() - 1; i >= 0; i--) {
                    undo.get(i).run();
                }
            }
        }
    }

    private void fill(XSSFWorkbook wb, List<Runnable> undo) {
        Sheet decl = wb.getSheet("Declaration");
        put(decl, "D3", languageChoice(), undo);
        boolean oldQ6 = Double.parseDouble(version) < 6.31;
        for (Map.Entry<String, Object> e : declaration.entrySet()) {
            Object value = e.getValue();
            if (value == null && keepPrefilled) {
                continue;
            }
            CellReference ref = new CellReference(e.getKey());
            boolean q6 = ref.getCol() == 3 && ref.getRow() + 1 >= 56 && ref.getRow() + 1 <= 59;
            if (oldQ6 && q6 && "100%".equals(value)) {
                value = 1.0; // Excel 6.01–6.22 keep the list entry 100% as the number 1
            }
            put(decl, e.getKey(), value, undo);
        }
        Sheet list = wb.getSheet("Smelter List");
        if ("6.4".equals(version)) {
            // the 6.4 blank ships an example row (Tin, Alpha Metals); a supplier deletes it
            put(list, "B5", null, undo);
            put(list, "C5", null, undo);
            put(list, "F5", null, undo);
        }
        int row = 5;
        for (SmelterLine line : smelters) {
            String[] columns = {"A", "B", "C", "D", "E", "P"};
            String[] values = {line.id(), line.metal(), line.lookup(), line.name(), line.country(), line.recycled()};
            for (int i = 0; i < columns.length; i++) {
                if (values[i] != null) {
                    put(list, columns[i] + row, values[i], undo);
                }
            }
            row++;
        }
        Sheet lookup = wb.getSheet("Smelter Look-up");
        lookupSheet.forEach((cell, value) -> put(lookup, cell, value, undo));
        Sheet productSheet = wb.getSheet("Product List");
        int prow = 6;
        for (String[] p : products) {
            put(productSheet, "B" + prow, p[0], undo);
            put(productSheet, "C" + prow, p[1], undo);
            put(productSheet, "D" + prow, p[2], undo);
            prow++;
        }
    }

    private String languageChoice() {
        int index = LANGUAGES.indexOf(language);
        if (index < 0) {
            return language;
        }
        String[] choices = {"English", "中文 Chinese", "日本語 Japanese", "한국어 Korean", "Français", "Português",
            "Deutsch", "Español", "6.01".equals(version) ? "italiano" : "Italiano", "Türkçe"};
        return choices[index];
    }

    static void put(Sheet sheet, String address, Object value, List<Runnable> undo) {
        CellReference ref = new CellReference(address);
        Row existingRow = sheet.getRow(ref.getRow());
        Row row = existingRow == null ? sheet.createRow(ref.getRow()) : existingRow;
        Cell existing = row.getCell(ref.getCol());
        Cell cell = existing == null ? row.createCell(ref.getCol()) : existing;
        undo.add(restorer(sheet, row, existingRow == null, cell, existing == null));
        if (cell.getCellType() == CellType.FORMULA) {
            cell.setBlank(); // typing over a formula replaces it
        }
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private static Runnable restorer(Sheet sheet, Row row, boolean newRow, Cell cell, boolean newCell) {
        if (newRow) {
            return () -> sheet.removeRow(row);
        }
        if (newCell) {
            return () -> row.removeCell(cell);
        }
        CellType type = cell.getCellType();
        String formula = type == CellType.FORMULA ? cell.getCellFormula() : null;
        String text = type == CellType.STRING ? cell.getStringCellValue() : null;
        double number = type == CellType.NUMERIC ? cell.getNumericCellValue() : 0;
        return () -> {
            switch (type) {
                case FORMULA -> cell.setCellFormula(formula);
                case STRING -> cell.setCellValue(text);
                case NUMERIC -> cell.setCellValue(number);
                default -> cell.setBlank();
            }
        };
    }
}
