package org.oretrace.outreach.infrastructure;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.oretrace.kernel.BusinessRuleException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an uploaded workbook is an RMI CMRT before 77 suppliers receive it, and reads its version
 * from the "Revision 6.x" text in Declaration!J3 (labels follow the chosen language; this cell does not).
 */
public final class BlankCmrtInspector {

    private static final Pattern REVISION = Pattern.compile("Revision\\s+(\\d+\\.\\d+)", Pattern.CASE_INSENSITIVE);

    private BlankCmrtInspector() {
    }

    /** The CMRT version, e.g. "6.5"; throws IllegalArgumentException when the file is not a CMRT. */
    public static String version(byte[] workbook) {
        if (workbook.length < 4 || workbook[0] != 'P' || workbook[1] != 'K') {
            throw new BusinessRuleException("Not an Excel workbook (.xlsx): upload the blank CMRT from the RMI website");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet declaration = book.getSheet("Declaration");
            if (declaration == null || book.getSheet("Smelter List") == null) {
                throw new BusinessRuleException("This workbook has no Declaration and Smelter List sheets: it is not a CMRT");
            }
            if (book.getSheet("Mine List") != null) {
                throw new BusinessRuleException("This is an EMRT (it has a Mine List sheet), not a CMRT");
            }
            Optional<String> version = revision(declaration, 2, 9);
            if (version.isEmpty()) {
                version = revision(book.getSheet("Smelter List"), 2, 16);
            }
            return version.orElseThrow(() -> new BusinessRuleException(
                    "No \"Revision 6.x\" text in Declaration!J3: not an RMI CMRT"));
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessRuleException known) {
                throw known;
            }
            throw new BusinessRuleException("The workbook cannot be read: " + e.getMessage());
        }
    }

    private static Optional<String> revision(Sheet sheet, int rowIndex, int columnIndex) {
        if (sheet == null) {
            return Optional.empty();
        }
        Row row = sheet.getRow(rowIndex);
        Cell cell = row == null ? null : row.getCell(columnIndex);
        if (cell == null) {
            return Optional.empty();
        }
        String text = cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
                : cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.STRING
                ? cell.getStringCellValue() : "";
        Matcher m = REVISION.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
