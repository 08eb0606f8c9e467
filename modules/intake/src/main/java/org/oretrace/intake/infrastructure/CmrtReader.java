package org.oretrace.intake.infrastructure;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.oretrace.intake.domain.RejectionCode;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads a supplier's CMRT fast and safely: only the parts needed (Revision, Declaration, Smelter
 * List, Product List, Smelter Look-up and the shared strings) are inflated, under zip-bomb guards, and walked with
 * a scanner that decodes only the wanted cells (see {@link SheetScanner}). POI tells old binary
 * and encrypted files apart. Never throws for bad input: every problem becomes a
 * {@link CmrtReading.Rejection} with a code and a message for the supplier. Thread-safe.
 */
public class CmrtReader {

    public static final long DEFAULT_MAX_BYTES = 25L * 1024 * 1024;

    static final String REVISION = "Revision";
    static final String DECLARATION = "Declaration";
    static final String SMELTER_LIST = "Smelter List";
    static final String PRODUCT_LIST = "Product List";
    static final String SMELTER_LOOKUP = "Smelter Look-up";

    private static final Logger LOG = Logger.getLogger(CmrtReader.class.getName());
    private static final String MACRO_CONTENT_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

    private final long maxBytes;
    private final ReadingLimits limits;

    public CmrtReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public CmrtReader(long maxBytes) {
        this(maxBytes, ReadingLimits.defaults());
    }

    public CmrtReader(long maxBytes, ReadingLimits limits) {
        this.maxBytes = maxBytes;
        this.limits = limits;
    }

    public ReadingLimits limits() {
        return limits;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public CmrtReading read(byte[] bytes, String fileName) {
        if (bytes == null || bytes.length == 0) {
            return CmrtReading.rejected(RejectionCode.EMPTY_FILE,
                    "The file is empty (0 bytes). Please send the completed CMRT workbook again.");
        }
        if (bytes.length > maxBytes) {
            return CmrtReading.rejected(RejectionCode.TOO_LARGE, String.format(Locale.ROOT,
                    "The file is %s, more than the %s we accept. A completed CMRT is usually under 3 MB: please "
                            + "send the workbook without added pictures or attachments.",
                    megabytes(bytes.length), megabytes(maxBytes)));
        }
        FileSignature signature = FileSignature.of(bytes);
        try {
            return switch (signature) {
                case ZIP -> readPackage(bytes, fileName);
                case OLE2 -> readOle2(bytes);
                default -> CmrtReading.rejected(RejectionCode.NOT_XLSX, signature.notAWorkbookMessage());
            };
        } catch (ReadingLimitExceeded e) {
            LOG.log(Level.WARNING, "Refused {0} ({1}): {2}", new Object[] {fileName, e.code(), e.getMessage()});
            return CmrtReading.rejected(e.code(), e.getMessage());
        } catch (IOException | SAXException e) {
            return classify(e);
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError vmError && !(e instanceof OutOfMemoryError)) {
                throw vmError;
            }
            CmrtReading reading = classify(e);
            if (!(e instanceof OutOfMemoryError)) {
                // damaged input is told apart from damage above; this is a gap in the reader, worth a look
                LOG.log(Level.WARNING, "The reader failed on " + fileName + "; the file is rejected as "
                        + reading.rejection().code(), e);
            }
            return reading;
        }
    }

    private CmrtReading readOle2(byte[] bytes) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return CmrtReading.rejected(RejectionCode.ENCRYPTED, "The workbook is protected with a password to "
                        + "open, so we cannot read it. Please remove the password (File > Info > Protect Workbook > "
                        + "Encrypt with Password, clear it) and send the file again. Sheet protection is fine.");
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return CmrtReading.rejected(RejectionCode.LEGACY_XLS, "This is an old Excel 97-2003 workbook (.xls). "
                        + "The CMRT must be sent as an .xlsx file: open it in Excel and use File > Save As > "
                        + "Excel Workbook (*.xlsx).");
            }
            return CmrtReading.rejected(RejectionCode.NOT_XLSX, "This is an older Microsoft Office document, not an "
                    + "Excel workbook. Please send the completed CMRT as an .xlsx file.");
        }
    }

    private CmrtReading readPackage(byte[] bytes, String fileName) throws IOException, SAXException {
        CmrtSheets sheets = new CmrtSheets(limits);
        return scanWorkbook(bytes, fileName, limits, "CMRT", sheets::sinkFor, sheets::toReading, CmrtReading::rejected);
    }

    /**
     * Opens the workbook package within the reading limits and streams each sheet a sink wants through it; the CMRT
     * and the EMRT reader differ only in their sinks and their reading.
     *
     * @param template "CMRT" or "EMRT", for the rejection messages
     */
    static <R> R scanWorkbook(byte[] bytes, String fileName, ReadingLimits limits, String template,
                              Function<String, SheetScanner.Sink> sinks, BiFunction<Set<String>, Boolean, R> reading,
                              BiFunction<RejectionCode, String, R> rejected) throws IOException, SAXException {
        ReadingBudget budget = new ReadingBudget(limits);
        WorkbookPackage pkg = WorkbookPackage.open(bytes, budget);
        if (pkg == null) {
            return rejected.apply(RejectionCode.NOT_XLSX, "This is a ZIP archive, not an Excel workbook. "
                    + "Please send the completed " + template + " .xlsx file itself.");
        }
        try (pkg) {
            String type = pkg.workbookContentType();
            if (!pkg.hasWorkbook() || type != null && !type.contains("spreadsheetml")
                    && !type.startsWith("application/vnd.ms-excel")) {
                return rejected.apply(RejectionCode.NOT_XLSX, "This is an Office document but not an Excel "
                        + "workbook. Please send the completed " + template + " .xlsx file.");
            }
            boolean macros = MACRO_CONTENT_TYPE.equals(type)
                    || (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsm"));
            byte[] sharedStrings = pkg.sharedStringsPart() == null ? null : pkg.requiredPart(pkg.sharedStringsPart());
            // openpyxl writes inline strings only: no shared strings part
            SharedStrings strings = sharedStrings == null ? null
                    : new SharedStrings(sharedStrings, budget);
            for (Map.Entry<String, String> sheet : pkg.sheets().entrySet()) {
                SheetScanner.Sink sink = sinks.apply(sheet.getKey());
                byte[] xml = sink == null ? null : pkg.requiredPart(sheet.getValue());
                if (xml != null) {
                    new SheetScanner(xml, strings, sink, budget).scan();
                }
            }
            return reading.apply(pkg.sheets().keySet(), macros);
        }
    }

    /** Turns what went wrong into the code a supplier can act on; unsafe content wins over broken content. */
    static CmrtReading classify(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("max. ratio") || message.contains("max allowed")
                    || message.contains("doctype") || message.contains("external entit")
                    || message.contains("entity expansion") || t instanceof OutOfMemoryError) {
                LOG.log(Level.WARNING, "Refused an unsafe workbook: {0}", t.toString());
                return CmrtReading.rejected(RejectionCode.UNSAFE_FILE, "The file was refused for safety: its content "
                        + "expands to an abnormal size or refers to outside resources, which a genuine CMRT never does. "
                        + "Please save the CMRT again from Excel and send that copy.");
            }
        }
        LOG.log(Level.FINE, "Unreadable workbook", problem);
        return CmrtReading.rejected(RejectionCode.CORRUPT_FILE, "The file is damaged and cannot be opened as a "
                + "workbook (" + shortReason(problem) + "). Please open it in Excel to check it, save it again and "
                + "send the new copy.");
    }

    private static String shortReason(Throwable problem) {
        Throwable root = problem;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 160 ? message.substring(0, 157) + "..." : message;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
