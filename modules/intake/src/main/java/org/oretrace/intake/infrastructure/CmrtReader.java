package org.oretrace.intake.infrastructure;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.oretrace.intake.domain.RejectionCode;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads a supplier's CMRT fast and safely: POI opens the package (with its zip-bomb guards) and
 * only four parts are parsed with SAX: the Revision, Declaration, Smelter List and Product List
 * sheets, plus the shared strings. Never throws for bad input: every problem becomes a
 * {@link CmrtReading.Rejection} with a code and a message for the supplier. Thread-safe.
 */
public class CmrtReader {

    public static final long DEFAULT_MAX_BYTES = 25L * 1024 * 1024;

    static final String REVISION = "Revision";
    static final String DECLARATION = "Declaration";
    static final String SMELTER_LIST = "Smelter List";
    static final String PRODUCT_LIST = "Product List";

    private static final Logger LOG = Logger.getLogger(CmrtReader.class.getName());
    private static final SAXParserFactory SAX = secureSaxFactory();
    private static final String MACRO_CONTENT_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

    private final long maxBytes;

    public CmrtReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public CmrtReader(long maxBytes) {
        this.maxBytes = maxBytes;
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
        } catch (IOException | RuntimeException | SAXException | ParserConfigurationException | Error e) {
            if (e instanceof VirtualMachineError vmError && !(e instanceof OutOfMemoryError)) {
                throw vmError;
            }
            return classify(e);
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

    private CmrtReading readPackage(byte[] bytes, String fileName) throws IOException, SAXException,
            ParserConfigurationException {
        // POI reads a package randomly (only the parts we ask for) from a file, not from a stream
        Path temp = Files.createTempFile("oretrace-cmrt-", ".xlsx");
        try {
            Files.write(temp, bytes);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(temp.toFile())) {
                if (zip.getEntry("[Content_Types].xml") == null) {
                    return CmrtReading.rejected(RejectionCode.NOT_XLSX, "This is a ZIP archive, not an Excel "
                            + "workbook. Please send the completed CMRT .xlsx file itself.");
                }
            }
            OPCPackage pkg;
            try {
                pkg = OPCPackage.open(temp.toFile(), PackageAccess.READ);
            } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
                return CmrtReading.rejected(RejectionCode.NOT_XLSX, "This is a ZIP archive, not an Excel workbook. "
                        + "Please send the completed CMRT .xlsx file itself.");
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                return classify(e);
            }
            try {
                return readWorkbook(pkg, fileName);
            } finally {
                pkg.revert();
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private CmrtReading readWorkbook(OPCPackage pkg, String fileName) throws IOException, SAXException,
            ParserConfigurationException {
        PackageRelationshipCollection coreRelations =
                pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart core = coreRelations.size() == 0 ? null : pkg.getPart(coreRelations.getRelationship(0));
        if (core == null || !core.getContentType().contains("spreadsheetml")
                && !core.getContentType().startsWith("application/vnd.ms-excel")) {
            return CmrtReading.rejected(RejectionCode.NOT_XLSX, "This is an Office document but not an Excel "
                    + "workbook. Please send the completed CMRT .xlsx file.");
        }
        boolean macros = MACRO_CONTENT_TYPE.equals(core.getContentType())
                || (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsm"));

        XSSFReader xssf;
        try {
            xssf = new XSSFReader(pkg);
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            return classify(e);
        }
        SharedStrings strings = sharedStrings(pkg);
        CmrtSheets sheets = new CmrtSheets();
        Set<String> names = new HashSet<>();
        XSSFReader.SheetIterator it;
        try {
            it = (XSSFReader.SheetIterator) xssf.getSheetsData();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            return classify(e);
        }
        while (it.hasNext()) {
            try (InputStream in = it.next()) {
                String name = it.getSheetName();
                names.add(name);
                SheetCells.Sink sink = sheets.sinkFor(name);
                if (sink != null) {
                    parse(in, new SheetCells(strings, sink));
                }
            }
        }
        return sheets.toReading(names, macros);
    }

    private static SharedStrings sharedStrings(OPCPackage pkg) throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return null; // openpyxl writes inline strings only
        }
        // phonetic guides (furigana) are not part of what the supplier typed
        return new ReadOnlySharedStringsTable(parts.get(0), false);
    }

    private static void parse(InputStream in, SheetCells handler) throws IOException, SAXException,
            ParserConfigurationException {
        XMLReader reader = SAX.newSAXParser().getXMLReader();
        reader.setContentHandler(handler);
        reader.parse(new InputSource(in));
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

    private static SAXParserFactory secureSaxFactory() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setXIncludeAware(false);
            return factory;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The JDK's SAX parser cannot be configured securely", e);
        }
    }

}
