package org.oretrace.intake.infrastructure;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oretrace.intake.domain.Answer;
import org.oretrace.intake.domain.ProductRow;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.intake.testing.CmrtFile.SmelterLine;
import org.oretrace.intake.testing.Repackage;
import org.oretrace.intake.testing.TemplateLookup;
import org.oretrace.kernel.Metal;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streaming reader against POI's {@code XSSFWorkbook} on the same files: every cell of the sheets
 * the reader scans (typed values and formula results), then the declaration the reader builds from
 * them against the same cells as POI reads them.
 */
class CmrtReaderDifferentialTest {

    static Stream<Arguments> files() {
        List<Arguments> files = new ArrayList<>();
        files.add(Arguments.of("6.5 with gold, comments and products", CmrtFile.of("6.5").declare(Metal.GOLD)
                .comment(3, Metal.GOLD, "Ünïcödé & <angle> ☃ 𝄞").companyAnswer('G', "No", "audit planned\r\nfor 2026 _x_")
                .smeltersById("Gold", 8).smelter(SmelterLine.notListed("Gold", "Small & <Refiner>", "PERU").recycled("Yes"))
                .product("P-200", "Housing").product("P-201", "Cover").toBytes()));
        files.add(Arguments.of("6.01 with 100% as a number", CmrtFile.of("6.01").declare(Metal.TANTALUM)
                .smeltersById("Tantalum", 3).toBytes()));
        files.add(Arguments.of("6.1 date typed as text", CmrtFile.of("6.1").set("D22", "March 15, 2024").toBytes()));
        files.add(Arguments.of("6.22 by look-up name", CmrtFile.of("6.22").smelter(SmelterLine.byLookup("Tin",
                TemplateLookup.smelters("6.22", "Tin", 4).get(3).lookupName())).toBytes()));
        files.add(Arguments.of("6.31 pre-filled blank answers kept", CmrtFile.of("6.31").keepPrefilled().toBytes()));
        files.add(Arguments.of("6.4 Korean, saved by LibreOffice", Repackage.withZeroCachedResults(
                CmrtFile.of("6.4").language("Korean").declare(Metal.TUNGSTEN).smeltersById("Tungsten", 4).toBytes())));
        files.add(Arguments.of("6.5 written by openpyxl", Repackage.asOpenpyxl(CmrtFile.of("6.5").toBytes())));
        files.add(Arguments.of("CmrtWriter 6.22", new CmrtWriter("6.22", "Français")
                .company("Fournisseur SA", "B. Product (or List of Products)", null, "FR1", "SIREN", "1 rue, Lyon",
                        "Éloïse", "eloise@f.example", "+33", "Luc", "PDG", "luc@f.example", "+33 1", LocalDate.of(2024, 1, 2))
                .answer(1, Metal.GOLD, "Yes", null).answer(2, Metal.GOLD, "Yes", "dans les contacts")
                .smelter("CID000035", "Gold", null, null, null).product("F-1", "Connecteur", "or").toBytes()));
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void readsWhatPoiReads(String name, byte[] file) throws Exception {
        try (XSSFWorkbook poi = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            everyCellOfTheScannedSheetsIsWhatPoiReads(name, file, poi);
            theDeclarationIsBuiltFromTheCellsPoiReads(name, file, poi);
        }
    }

    private static void everyCellOfTheScannedSheetsIsWhatPoiReads(String name, byte[] file, XSSFWorkbook poi)
            throws Exception {
        try (WorkbookPackage pkg = WorkbookPackage.open(file)) {
            byte[] strings = pkg.sharedStringsPart() == null ? null : pkg.requiredPart(pkg.sharedStringsPart());
            SharedStrings table = strings == null ? null : new SharedStrings(strings);
            int compared = 0;
            for (String sheet : List.of(CmrtReader.REVISION, CmrtReader.DECLARATION, CmrtReader.SMELTER_LIST,
                    CmrtReader.PRODUCT_LIST)) {
                Map<String, String> ours = new TreeMap<>();
                new SheetScanner(pkg.requiredPart(pkg.sheets().get(sheet)), table, new SheetScanner.Sink() {
                    @Override
                    public boolean wants(int row, int column) {
                        return true;
                    }

                    @Override
                    public void cell(int row, int column, SheetScanner.Cell cell) {
                        if (cell.text() != null && !cell.text().isEmpty()) {
                            ours.put(SheetExcerpt.columnLetters(column) + row, describe(cell.text(), cell.numeric(),
                                    cell.formula()));
                        }
                    }

                    @Override
                    public boolean formulaResults() {
                        return true;
                    }
                }).scan();
                Map<String, String> theirs = poiCells(poi.getSheet(sheet));
                List<String> differences = new ArrayList<>();
                java.util.Set<String> cells = new java.util.TreeSet<>(ours.keySet());
                cells.addAll(theirs.keySet());
                for (String cell : cells) {
                    if (!java.util.Objects.equals(ours.get(cell), theirs.get(cell))) {
                        differences.add(cell + ": ours " + ours.get(cell) + ", POI " + theirs.get(cell));
                    }
                }
                assertThat(differences).as(name + " / " + sheet).isEmpty();
                compared += theirs.size();
            }
            assertThat(compared).as(name).isGreaterThan(30);
        }
    }

    private static void theDeclarationIsBuiltFromTheCellsPoiReads(String name, byte[] file, XSSFWorkbook poi) {
        CmrtReading reading = new CmrtReader().read(file, name + ".xlsx");
        assertThat(reading.rejection()).as(name).isNull();
        CmrtContent content = reading.content();
        Sheet declaration = poi.getSheet(CmrtReader.DECLARATION);
        assertThat(content.company().getName()).isEqualTo(typed(declaration, "D8"));
        assertThat(content.company().getContactEmail()).isEqualTo(typed(declaration, "D16"));
        assertThat(content.scope()).isEqualTo(typed(declaration, "D9"));
        for (Answer a : content.answers()) {
            int row = a.getMetal() == null ? CmrtSheets.companyQuestionRow(a.getQuestion().charAt(0))
                    : CmrtSheets.row(a.getQuestion()) + CmrtSheets.METAL_ROWS.indexOf(a.getMetal());
            Cell cell = cell(declaration, "D" + row);
            String expected = typed(declaration, "D" + row);
            if ("6".equals(a.getQuestion()) && cell != null && cell.getCellType() == CellType.NUMERIC) {
                expected = Math.round(cell.getNumericCellValue() * 100) + "%";
            }
            assertThat(a.getAnswer()).as(name + " D" + row).isEqualTo(expected);
            assertThat(a.getComment()).as(name + " G" + row).isEqualTo(typed(declaration, "G" + row));
        }

        Sheet list = poi.getSheet(CmrtReader.SMELTER_LIST);
        List<String> poiRows = new ArrayList<>();
        for (int r = CmrtSheets.FIRST_SMELTER_ROW; r <= list.getLastRowNum() + 1; r++) {
            List<String> values = new ArrayList<>();
            boolean filled = false;
            for (String column : List.of("A", "B", "C", "D", "E", "K", "L", "M", "N", "O", "P", "Q")) {
                String value = typed(list, column + r);
                values.add(value);
                filled |= value != null && "ABCDE".contains(column);
            }
            if (filled) {
                poiRows.add(r + ": " + values);
            }
        }
        assertThat(content.smelters().stream().map(CmrtReaderDifferentialTest::row).toList()).as(name)
                .isEqualTo(poiRows);

        Sheet products = poi.getSheet(CmrtReader.PRODUCT_LIST);
        List<String> poiProducts = new ArrayList<>();
        for (int r = CmrtSheets.FIRST_PRODUCT_ROW; r <= products.getLastRowNum() + 1; r++) {
            List<String> values = List.of(String.valueOf(typed(products, "B" + r)),
                    String.valueOf(typed(products, "C" + r)), String.valueOf(typed(products, "D" + r)));
            if (!values.equals(List.of("null", "null", "null"))) {
                poiProducts.add(r + ": " + values);
            }
        }
        assertThat(content.products().stream().map(p -> p.getRow() + ": " + List.of(String.valueOf(p.getNumber()),
                String.valueOf(p.getName()), String.valueOf(p.getComment()))).toList()).as(name).isEqualTo(poiProducts);
    }

    private static String row(SmelterRow s) {
        return s.getRow() + ": " + java.util.Arrays.asList(s.getSmelterIdInput(), s.getMetal(), s.getLookupName(),
                s.getName(), s.getCountry(), s.getContactName(), s.getContactEmail(), s.getNextSteps(), s.getMineName(),
                s.getMineCountry(), s.getRecycledOrScrap(), s.getComment());
    }

    /** Every non-empty cell as POI reads it: formulas by their cached result, flagged as formulas. */
    private static Map<String, String> poiCells(Sheet sheet) {
        Map<String, String> cells = new TreeMap<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                boolean formula = cell.getCellType() == CellType.FORMULA;
                if (formula && !((XSSFCell) cell).getCTCell().isSetV()) {
                    continue; // no cached result at all (openpyxl, our own LibreOffice rewrite)
                }
                CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
                String text = switch (type) {
                    case STRING -> cell.getStringCellValue();
                    case NUMERIC -> Double.toString(cell.getNumericCellValue());
                    case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                    default -> null;
                };
                // an empty cached result is no content, whether the file writes <v></v> or <v/>
                if (text != null && !text.isEmpty()) {
                    cells.put(new CellReference(cell).formatAsString(false), describe(text, type == CellType.NUMERIC, formula));
                }
            }
        }
        return cells;
    }

    private static String describe(String text, boolean numeric, boolean formula) {
        String value = numeric ? Double.toString(Double.parseDouble(text)) : text;
        return (formula ? "=" : "") + (numeric ? "#" : "") + value;
    }

    private static Cell cell(Sheet sheet, String address) {
        CellReference ref = new CellReference(address);
        Row row = sheet.getRow(ref.getRow());
        return row == null ? null : row.getCell(ref.getCol());
    }

    /** What the supplier typed, as the reader defines it: no formulas, blanks as null, text stripped. */
    private static String typed(Sheet sheet, String address) {
        Cell cell = cell(sheet, address);
        if (cell == null) {
            return null;
        }
        String text = switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> new java.math.BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros()
                    .toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> null;
        };
        return text == null || text.isBlank() ? null : text.strip();
    }
}
