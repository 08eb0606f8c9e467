package org.oretrace.intake.infrastructure;

import org.oretrace.intake.domain.RejectionCode;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads a supplier's EMRT (1.1–2.1) the way {@link CmrtReader} reads a CMRT: the same size limit, zip-bomb guards,
 * reading budget and cell scanner, only the Revision, Declaration, Smelter List, Mine List and Product List parts
 * inflated. Never throws for bad input. Files that are no workbook at all get CmrtReader's rejection (it tells
 * old binary and encrypted files apart). Thread-safe.
 */
public class EmrtReader {

    private static final Logger LOG = Logger.getLogger(EmrtReader.class.getName());
    private static final String MACRO_CONTENT_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

    private final CmrtReader cmrtReader;

    public EmrtReader() {
        this(new CmrtReader());
    }

    /** Same limits as the CMRT reader it is given. */
    public EmrtReader(CmrtReader cmrtReader) {
        this.cmrtReader = cmrtReader;
    }

    public EmrtReading read(byte[] bytes, String fileName) {
        if (bytes == null || bytes.length == 0 || bytes.length > cmrtReader.maxBytes()
                || FileSignature.of(bytes) != FileSignature.ZIP) {
            return EmrtReading.of(cmrtReader.read(bytes, fileName));
        }
        try {
            return readPackage(bytes, fileName);
        } catch (ReadingLimitExceeded e) {
            LOG.log(Level.WARNING, "Refused {0} ({1}): {2}", new Object[] {fileName, e.code(), e.getMessage()});
            return EmrtReading.rejected(e.code(), e.getMessage());
        } catch (IOException | SAXException e) {
            return EmrtReading.of(CmrtReader.classify(e));
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError vmError && !(e instanceof OutOfMemoryError)) {
                throw vmError;
            }
            if (!(e instanceof OutOfMemoryError)) {
                LOG.log(Level.WARNING, "The EMRT reader failed on " + fileName, e);
            }
            return EmrtReading.of(CmrtReader.classify(e));
        }
    }

    private EmrtReading readPackage(byte[] bytes, String fileName) throws IOException, SAXException {
        ReadingLimits limits = cmrtReader.limits();
        ReadingBudget budget = new ReadingBudget(limits);
        WorkbookPackage pkg = WorkbookPackage.open(bytes, budget);
        if (pkg == null) {
            return EmrtReading.rejected(RejectionCode.NOT_XLSX, "This is a ZIP archive, not an Excel workbook. "
                    + "Please send the completed EMRT .xlsx file itself.");
        }
        try (pkg) {
            String type = pkg.workbookContentType();
            if (!pkg.hasWorkbook() || type != null && !type.contains("spreadsheetml")
                    && !type.startsWith("application/vnd.ms-excel")) {
                return EmrtReading.rejected(RejectionCode.NOT_XLSX, "This is an Office document but not an Excel "
                        + "workbook. Please send the completed EMRT .xlsx file.");
            }
            boolean macros = MACRO_CONTENT_TYPE.equals(type)
                    || (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsm"));
            byte[] sharedStrings = pkg.sharedStringsPart() == null ? null : pkg.requiredPart(pkg.sharedStringsPart());
            SharedStrings strings = sharedStrings == null ? null : new SharedStrings(sharedStrings, budget);
            EmrtSheets sheets = new EmrtSheets(limits);
            for (Map.Entry<String, String> sheet : pkg.sheets().entrySet()) {
                SheetScanner.Sink sink = sheets.sinkFor(sheet.getKey());
                byte[] xml = sink == null ? null : pkg.requiredPart(sheet.getValue());
                if (xml != null) {
                    new SheetScanner(xml, strings, sink, budget).scan();
                }
            }
            return sheets.toReading(pkg.sheets().keySet(), macros);
        }
    }
}
