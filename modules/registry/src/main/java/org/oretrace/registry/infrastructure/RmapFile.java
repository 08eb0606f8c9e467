package org.oretrace.registry.infrastructure;

import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.csv.Csv;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An RMAP list or status table as text rows: CSV (UTF-8, or Windows-1252 as Excel on Windows saves it; comma,
 * semicolon or tab) through the kernel's {@link Csv}, or the first sheet of an .xlsx through POI's streaming API. RMI's
 * downloads may carry title lines above the header: the header is the first row that {@code isHeader} accepts.
 * Every cost is bounded while reading: the file's size, the rows, the columns and each cell's length.
 */
public final class RmapFile {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    public static final int MAX_COLUMNS = 100;
    public static final int MAX_CELL = 1_000;
    /** Title lines an RMI download may carry above its header. */
    static final int MAX_LINES_BEFORE_HEADER = 30;

    /** @param number the 1-based line (CSV) or row (sheet) a person sees in the file */
    public record Row(int number, List<String> cells) {
        public String cell(Integer index) {
            return index == null || index < 0 || index >= cells.size() || cells.get(index) == null ? "" : cells.get(index).strip();
        }

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /**
     * @param header       the header row's cells
     * @param titleLines   the text above the header (where an RMI download states its date)
     * @param rows         the data rows (blank rows left out)
     * @param modified     an .xlsx's "last modified" document property: when RMI's site generated the download
     */
    public record Table(String fileFormat, List<String> header, List<String> titleLines, List<Row> rows, Optional<LocalDate> modified) {
    }

    private RmapFile() {
    }

    /** Reads at most {@link #MAX_BYTES}; a larger stream is refused, not truncated. */
    public static byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) != -1) {
            if (out.size() + n > MAX_BYTES) {
                throw new BusinessRuleException("The file is larger than " + MAX_BYTES / 1024 / 1024
                        + " MB: RMI's lists are far smaller; this is not an RMAP list or status table");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    public static Table read(byte[] content, String fileName, Predicate<List<String>> isHeader) {
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("The file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessRuleException("The file is larger than " + MAX_BYTES / 1024 / 1024 + " MB");
        }
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K';
        boolean ole = content.length > 7 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF;
        if (ole) {
            throw new BusinessRuleException("This is a legacy .xls workbook or an encrypted file: save it as .xlsx or .csv");
        }
        Collector collector = new Collector(isHeader);
        if (zip) {
            Optional<LocalDate> modified = readSheet(content, collector);
            return collector.table("XLSX", modified);
        }
        readCsv(Csv.decode(content), collector);
        return collector.table("CSV", Optional.empty());
    }

    private static void readCsv(String text, Collector collector) {
        Csv.read(text, delimiter(text), true, record -> {
            if (record.fields().size() > MAX_COLUMNS) {
                throw new BusinessRuleException("Line " + record.line() + " has more than " + MAX_COLUMNS + " columns");
            }
            collector.row(record.line(), record.fields());
        });
    }

    /** The delimiter used most on the line that names the smelter ID column (else the first line). */
    private static char delimiter(String text) {
        String probe = text.lines().limit(MAX_LINES_BEFORE_HEADER).filter(l -> l.toLowerCase(Locale.ROOT).contains("smelter"))
                .findFirst().orElse(text.lines().findFirst().orElse(""));
        return Csv.delimiterOf(probe, ',', ';', '\t');
    }

    private static Optional<LocalDate> readSheet(byte[] content, Collector collector) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new BusinessRuleException("The workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, new SheetRows(collector),
                        new IsoDates(), false));
                xml.parse(new InputSource(sheet));
            }
            Date modified = pkg.getPackageProperties().getModifiedProperty().orElse(null);
            return Optional.ofNullable(modified).map(d -> d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate());
        } catch (NotOfficeXmlFileException e) {
            throw new BusinessRuleException("Not an Excel workbook (.xlsx) nor a CSV file", e);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new BusinessRuleException("The workbook could not be read: " + e.getMessage(), e);
        }
    }

    /** Date cells as ISO dates whatever their display format (RMI's sheets show 8/14/23). */
    private static final class IsoDates extends DataFormatter {
        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Collector collector;
        private final List<String> cells = new ArrayList<>();
        private int rowNumber;

        SheetRows(Collector collector) {
            this.collector = collector;
        }

        @Override
        public void startRow(int rowNum) {
            rowNumber = rowNum + 1;
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            collector.row(rowNumber, List.copyOf(cells));
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = new org.apache.poi.ss.util.CellReference(reference).getCol();
            if (column >= MAX_COLUMNS) {
                throw new BusinessRuleException("Row " + rowNumber + " has a value beyond column " + MAX_COLUMNS);
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }

    /** Finds the header, keeps the title lines above it and the rows below it, and checks every bound as rows arrive. */
    private static final class Collector {
        private final Predicate<List<String>> isHeader;
        private final List<String> titleLines = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();
        private List<String> header;
        private int lines;

        Collector(Predicate<List<String>> isHeader) {
            this.isHeader = isHeader;
        }

        void row(int number, List<String> cells) {
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c);
                if (cell != null && cell.length() > MAX_CELL) {
                    throw new BusinessRuleException("Row " + number + ", column " + (c + 1) + " holds more than " + MAX_CELL
                            + " characters: this is not an RMAP list or status table");
                }
            }
            Row row = new Row(number, List.copyOf(cells.stream().map(c -> c == null ? "" : c).toList()));
            if (row.blank()) {
                return;
            }
            if (header == null) {
                if (isHeader.test(row.cells())) {
                    header = row.cells();
                } else if (++lines > MAX_LINES_BEFORE_HEADER) {
                    throw new BusinessRuleException("No header row naming the smelter ID column in the first "
                            + MAX_LINES_BEFORE_HEADER + " lines (e.g. 'Smelter ID')");
                } else {
                    titleLines.add(String.join(" ", row.cells()).strip());
                }
                return;
            }
            if (rows.size() >= MAX_ROWS) {
                throw new BusinessRuleException("More than " + MAX_ROWS + " rows: RMI's lists are far shorter; split the file");
            }
            rows.add(row);
        }

        Table table(String format, Optional<LocalDate> modified) {
            if (header == null) {
                throw new BusinessRuleException("No header row naming the smelter ID column (e.g. 'Smelter ID', 'SMELTER ID')");
            }
            return new Table(format, header, List.copyOf(titleLines), List.copyOf(rows), modified);
        }
    }
}
