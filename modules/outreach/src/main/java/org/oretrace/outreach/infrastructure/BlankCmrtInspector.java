package org.oretrace.outreach.infrastructure;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.cmrt.TemplateDetection;
import org.oretrace.kernel.cmrt.TemplateDetector;
import org.oretrace.kernel.cmrt.RmiTemplate;
import org.oretrace.kernel.cmrt.TemplateEvidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

/**
 * Checks an uploaded workbook is the RMI template a campaign asks for (CMRT or EMRT) before 77 suppliers receive it, and
 * reads its version, with the same {@link TemplateDetector} that intake uses on the templates suppliers send back:
 * another RMI template (a CMRT uploaded as the EMRT, an EMRT, CRT or AMRT uploaded as the CMRT) is refused by name.
 */
public final class BlankCmrtInspector {

    private BlankCmrtInspector() {
    }

    /** The CMRT version, e.g. "6.5"; throws BusinessRuleException when the file is not a CMRT. */
    public static String version(byte[] workbook) {
        return version(workbook, RmiTemplate.CMRT);
    }

    /**
     * The version of the blank template, e.g. "6.5" for a CMRT or "2.1" for an EMRT; throws BusinessRuleException when
     * the file is not the template expected (a CMRT uploaded as the EMRT and the other way round are refused by name).
     */
    public static String version(byte[] workbook, RmiTemplate expected) {
        return versionOf(detect(workbook, expected.name()), expected);
    }

    /** What the workbook is; throws BusinessRuleException when it is no workbook that can be read. */
    static TemplateDetection detect(byte[] workbook, String code) {
        if (workbook.length < 4 || workbook[0] != 'P' || workbook[1] != 'K') {
            throw new BusinessRuleException("Not an Excel workbook (.xlsx): upload the blank " + code + " from the RMI website");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            return TemplateDetector.detect(evidence(book));
        } catch (IOException | RuntimeException e) {
            throw new BusinessRuleException("The workbook cannot be read: " + e.getMessage());
        }
    }

    /** The version of the template expected, or the refusal that names what the workbook is instead. */
    static String versionOf(TemplateDetection detected, RmiTemplate expected) {
        String code = expected.name();
        if (detected.template() == expected && detected.revision() == null) {
            throw new BusinessRuleException("No \"Revision\" text in the " + code + "'s Declaration sheet: not an RMI " + code);
        }
        if (detected.template() == expected) {
            return detected.revision();
        }
        String upload = ": upload the blank " + code + " from the RMI website";
        throw new BusinessRuleException(switch (detected.verdict()) {
            case CMRT -> "This is the RMI " + RmiTemplate.CMRT.fullName()
                    + (detected.revision() == null ? "" : " revision " + detected.revision()) + ", not the " + code + upload;
            case OTHER_TEMPLATE -> "This is " + detected.otherTemplateName() + ", not the " + code + upload;
            case NO_DECLARATION_SHEET, NOT_A_TEMPLATE -> "This workbook has no " + code
                    + " title nor a Declaration sheet with a revision: it is not " + (expected == RmiTemplate.EMRT ? "an " : "a ") + code;
        });
    }

    private static TemplateEvidence evidence(XSSFWorkbook book) {
        TemplateEvidence evidence = new TemplateEvidence();
        for (int i = 0; i < book.getNumberOfSheets(); i++) {
            evidence.sheet(book.getSheetName(i));
        }
        texts(book.getSheet(TemplateEvidence.REVISION), TemplateEvidence::wantsRevisionCell,
                cell -> evidence.revisionText(text(cell)));
        texts(book.getSheet(TemplateEvidence.DECLARATION), TemplateEvidence::wantsDeclarationCell,
                cell -> evidence.declarationText(cell.getRowIndex() + 1, cell.getColumnIndex() + 1, text(cell)));
        texts(book.getSheet(TemplateEvidence.SMELTER_LIST), TemplateEvidence::wantsSmelterListCell,
                cell -> evidence.smelterListText(text(cell)));
        return evidence;
    }

    /** The cells the detector wants, 1-based as in {@link TemplateEvidence}; only the top rows are visited. */
    private static void texts(Sheet sheet, BiPredicate<Integer, Integer> wants, Consumer<Cell> take) {
        if (sheet == null) {
            return;
        }
        for (Row row : sheet) {
            if (!wants.test(row.getRowNum() + 1, 1)) {
                break;
            }
            for (Cell cell : row) {
                if (wants.test(row.getRowNum() + 1, cell.getColumnIndex() + 1)) {
                    take.accept(cell);
                }
            }
        }
    }

    private static String text(Cell cell) {
        boolean string = cell.getCellType() == CellType.STRING
                || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.STRING;
        String text = string ? cell.getStringCellValue() : null;
        return text == null || text.isBlank() ? null : text;
    }
}
