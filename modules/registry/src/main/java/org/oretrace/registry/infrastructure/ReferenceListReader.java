package org.oretrace.registry.infrastructure;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.oretrace.kernel.BusinessRuleException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads RMI's smelter reference list from the "Smelter Look-up" sheet of a CMRT or EMRT workbook
 * with POI's streaming (SAX) API: only the Declaration header and the look-up sheet are parsed,
 * never the 5 MB Smelter List, and nothing is evaluated.
 */
public final class ReferenceListReader {

    static final String LOOKUP_SHEET = "Smelter Look-up";
    private static final int FIRST_DATA_ROW = 5;
    private static final Pattern REVISION = Pattern.compile("Revision\\s+(\\d+(?:\\.\\d+)*)");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern KIND = Pattern.compile("\\((CMRT|EMRT|CRT|AMRT)\\)");

    private ReferenceListReader() {
    }

    /**
     * @throws BusinessRuleException when the stream is not an RMI template with a look-up sheet
     */
    public static ReferenceList read(InputStream workbook) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(workbook)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Map<String, String> header = new HashMap<>();
            Map<String, String> revision = new HashMap<>();
            List<ReferenceRow> rows = null;
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (name.equals("Revision")) {
                        CellCollector collector = new CellCollector(13, 200);
                        parse(sheet, styles, strings, collector, new IsoDateFormatter());
                        revision.putAll(collector.cells);
                    } else if (name.equals("Declaration")) {
                        CellCollector collector = new CellCollector(2, 3);
                        parse(sheet, styles, strings, collector);
                        header.putAll(collector.cells);
                    } else if (name.equals(LOOKUP_SHEET)) {
                        LookupRows lookup = new LookupRows();
                        parse(sheet, styles, strings, lookup);
                        rows = lookup.rows;
                    }
                }
            }
            if (rows == null) {
                throw new BusinessRuleException("This workbook has no \"" + LOOKUP_SHEET
                        + "\" sheet: upload an RMI CMRT or EMRT template");
            }
            return new ReferenceList(templateName(header), releaseDate(revision), List.copyOf(rows));
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new BusinessRuleException("Not an Excel workbook (.xlsx): " + e.getMessage(), e);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new BusinessRuleException("The workbook could not be read: " + e.getMessage(), e);
        }
    }

    /** "CMRT 6.5" from the title in D2 and "Revision 6.5" in J3; "RMI template" when they are missing. */
    static String templateName(Map<String, String> header) {
        String kind = "RMI template";
        Matcher k = KIND.matcher(header.getOrDefault("D2", ""));
        if (k.find()) {
            kind = k.group(1);
        }
        Matcher r = REVISION.matcher(header.getOrDefault("J3", ""));
        return r.find() ? kind + " " + r.group(1) : kind;
    }

    private static void parse(InputStream sheet, StylesTable styles, ReadOnlySharedStringsTable strings,
                              XSSFSheetXMLHandler.SheetContentsHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        parse(sheet, styles, strings, handler, new DataFormatter());
    }

    private static void parse(InputStream sheet, StylesTable styles, ReadOnlySharedStringsTable strings,
                              XSSFSheetXMLHandler.SheetContentsHandler handler, DataFormatter formatter)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, handler, formatter, false));
        parser.parse(new InputSource(sheet));
    }

    /** Writes date-formatted numbers as ISO dates, so the release date does not depend on the display format. */
    private static final class IsoDateFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    /**
     * The template's release date: the latest date in column D ("RELEASE DATE") of the Revision sheet's history table
     * (row 13 on). Older rows carry dates as text ("July 19th, 2011"); RMI's releases of 6.x are real dates, the last
     * being the template's own.
     */
    static LocalDate releaseDate(Map<String, String> revisionCells) {
        LocalDate latest = null;
        for (Map.Entry<String, String> cell : revisionCells.entrySet()) {
            String v = cell.getValue() == null ? "" : cell.getValue().strip();
            if (cell.getKey().startsWith("D") && ISO_DATE.matcher(v).matches()) {
                LocalDate date = LocalDate.parse(v);
                latest = latest == null || date.isAfter(latest) ? date : latest;
            }
        }
        return latest;
    }

    /** Collects the cells of a few rows. */
    private static final class CellCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        final Map<String, String> cells = new HashMap<>();
        final int firstRow;
        final int lastRow;
        int row;

        CellCollector(int firstRow, int lastRow) {
            this.firstRow = firstRow - 1;
            this.lastRow = lastRow - 1;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
        }

        @Override
        public void endRow(int rowNum) {
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            if (row >= firstRow && row <= lastRow && ref != null) {
                cells.put(ref, value);
            }
        }
    }

    /** Columns A to I of every data row that names a metal. */
    private static final class LookupRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<ReferenceRow> rows = new ArrayList<>();
        final String[] values = new String[9];
        int row;

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
            java.util.Arrays.fill(values, null);
        }

        @Override
        public void endRow(int rowNum) {
            if (row + 1 < FIRST_DATA_ROW || values[0] == null || values[0].isBlank()) {
                return;
            }
            rows.add(new ReferenceRow(values[0].strip(), clean(values[1]), clean(values[2]), clean(values[3]),
                    clean(values[4]), clean(values[5]), clean(values[6]), clean(values[7]), clean(values[8])));
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            if (ref == null) {
                return;
            }
            int column = ref.charAt(0) - 'A';
            if (column >= 0 && column < values.length && Character.isDigit(ref.charAt(1))) {
                values[column] = value;
            }
        }

        private static String clean(String value) {
            if (value == null) {
                return null;
            }
            String v = value.strip();
            // LibreOffice re-saves write 0 into empty looked-up cells
            return v.isEmpty() || v.equals("0") ? null : v;
        }
    }
}
