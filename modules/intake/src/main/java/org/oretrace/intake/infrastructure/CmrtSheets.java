package org.oretrace.intake.infrastructure;

import org.oretrace.intake.domain.Answer;
import org.oretrace.intake.domain.Company;
import org.oretrace.intake.domain.ProductRow;
import org.oretrace.intake.domain.RejectionCode;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.cmrt.TemplateDetection;
import org.oretrace.kernel.cmrt.TemplateDetector;
import org.oretrace.kernel.cmrt.TemplateEvidence;
import org.oretrace.kernel.time.TypedDates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cell positions of CMRT 6.x (the same in 6.01 to 6.5; see docs/ARCHITECTURE.md, "CMRT 6.x facts") and the turning of
 * the collected cells into a {@link CmrtReading}. One instance per file.
 */
final class CmrtSheets {

    static final BigDecimal OLDEST_SUPPORTED = new BigDecimal("6.01");
    static final BigDecimal NEWEST_KNOWN = new BigDecimal("6.5");

    /** Rows of the four metals under each of questions 1–8; the first rows are 26, 32, ..., 68. */
    static final List<Metal> METAL_ROWS = List.of(Metal.TANTALUM, Metal.TIN, Metal.GOLD, Metal.TUNGSTEN);
    static final int FIRST_QUESTION_ROW = 26;
    static final int QUESTION_ROW_STEP = 6;
    static final int FIRST_COMPANY_QUESTION_ROW = 75;
    static final String COMPANY_QUESTIONS = "ABCDEFGH";
    static final int FIRST_SMELTER_ROW = 5;
    static final int FIRST_PRODUCT_ROW = 6;

    private static final int D = 4;
    private static final int G = 7;

    private final Map<Integer, SheetScanner.Cell> declaration = new HashMap<>();
    private final List<String> revisionTexts = new ArrayList<>();
    private final List<String> smelterListHeaderTexts = new ArrayList<>();
    private final List<SmelterRow> smelters = new ArrayList<>();
    private final List<ProductRow> products = new ArrayList<>();
    private final OwnLookup.Collector ownLookup = new OwnLookup.Collector();
    private final ReadingLimits limits;

    CmrtSheets() {
        this(ReadingLimits.defaults());
    }

    CmrtSheets(ReadingLimits limits) {
        this.limits = limits;
    }

    static int row(String question) {
        return FIRST_QUESTION_ROW + (Integer.parseInt(question) - 1) * QUESTION_ROW_STEP;
    }

    static int companyQuestionRow(char question) {
        return FIRST_COMPANY_QUESTION_ROW + 2 * (question - 'A');
    }

    SheetScanner.Sink sinkFor(String sheetName) {
        return switch (sheetName) {
            case CmrtReader.REVISION -> RevisionCells.into(revisionTexts);
            case CmrtReader.DECLARATION -> new SheetScanner.Sink() {
                @Override
                public boolean wants(int row, int column) {
                    return row <= 5 ? TemplateEvidence.wantsDeclarationCell(row, column) : row <= 92 && (column == D || column == G);
                }

                @Override
                public int lastColumn(int row) {
                    return row <= 5 ? SheetScanner.LAST_COLUMN : row <= 92 ? G : 0;
                }

                @Override
                public void cell(int row, int column, SheetScanner.Cell cell) {
                    declaration.put(key(row, column), cell);
                }
            };
            case CmrtReader.SMELTER_LIST -> new SmelterListSink();
            case CmrtReader.PRODUCT_LIST -> new ProductListSink();
            case CmrtReader.SMELTER_LOOKUP -> ownLookup;
            default -> null;
        };
    }

    private static int key(int row, int column) {
        return row * 64 + column;
    }

    private String typed(int row, int column) {
        SheetScanner.Cell cell = declaration.get(key(row, column));
        return cell == null ? null : cell.typed();
    }

    /** The Smelter List from row 5: a row is data when the supplier typed an ID in A or a value in B–E. */
    private final class SmelterListSink implements SheetScanner.Sink {
        private final SheetScanner.Cell[] cells = new SheetScanner.Cell[18];
        private boolean any;

        @Override
        public boolean wants(int row, int column) {
            // F–J only look the typed values up (formulas): what a row holds is in A–E and K–Q
            return row >= FIRST_SMELTER_ROW ? column <= 5 || column >= 11 && column <= 17
                    : TemplateEvidence.wantsSmelterListCell(row, column);
        }

        @Override
        public int lastColumn(int row) {
            return row >= FIRST_SMELTER_ROW ? 17 : SheetScanner.LAST_COLUMN;
        }

        @Override
        public void cell(int row, int column, SheetScanner.Cell cell) {
            if (row < FIRST_SMELTER_ROW) {
                if (cell.text() != null) {
                    smelterListHeaderTexts.add(cell.text());
                }
                return;
            }
            cells[column] = cell;
            any = true;
        }

        @Override
        public void endRow(int row) {
            if (!any) {
                return;
            }
            any = false;
            String a = typed(1);
            boolean filled = a != null;
            for (int c = 2; c <= 5 && !filled; c++) {
                filled = typed(c) != null;
            }
            if (filled) {
                if (smelters.size() == limits.maxSmelterRows()) {
                    throw tooManyRows(CmrtReader.SMELTER_LIST, limits.maxSmelterRows());
                }
                smelters.add(new SmelterRow(row, typed(2), a, typed(3), typed(4), typed(5), typed(11), typed(12),
                        typed(13), typed(14), typed(15), typed(16), typed(17)));
            }
            java.util.Arrays.fill(cells, null);
        }

        private String typed(int column) {
            SheetScanner.Cell cell = cells[column];
            return cell == null ? null : cell.typed();
        }
    }

    private final class ProductListSink implements SheetScanner.Sink {
        private String number;
        private String name;
        private String comment;

        @Override
        public boolean wants(int row, int column) {
            return row >= FIRST_PRODUCT_ROW && column >= 2 && column <= 4;
        }

        @Override
        public int lastColumn(int row) {
            return row >= FIRST_PRODUCT_ROW ? 4 : 0;
        }

        @Override
        public void cell(int row, int column, SheetScanner.Cell cell) {
            switch (column) {
                case 2 -> number = cell.typed();
                case 3 -> name = cell.typed();
                default -> comment = cell.typed();
            }
        }

        @Override
        public void endRow(int row) {
            if (number != null || name != null || comment != null) {
                if (products.size() == limits.maxProductRows()) {
                    throw tooManyRows(CmrtReader.PRODUCT_LIST, limits.maxProductRows());
                }
                products.add(new ProductRow(row, number, name, comment));
            }
            number = null;
            name = null;
            comment = null;
        }
    }

    /** Reading stops at the first row past the limit: the rows after it are never looked at. */
    private static ReadingLimitExceeded tooManyRows(String sheet, int max) {
        return new ReadingLimitExceeded(RejectionCode.TOO_MANY_ROWS, String.format(Locale.ROOT, "The '%s' sheet has "
                + "more than %,d filled rows; a genuine CMRT has at most a few thousand. Please send the CMRT with only "
                + "the rows that apply to your products.", sheet, max));
    }

    CmrtReading toReading(Set<String> sheetNames, boolean macroEnabled) {
        TemplateEvidence evidence = new TemplateEvidence().sheets(sheetNames);
        revisionTexts.forEach(evidence::revisionText);
        smelterListHeaderTexts.forEach(evidence::smelterListText);
        for (int row = 1; row <= 5; row++) {
            for (int column = 1; column <= 16; column++) {
                evidence.declarationText(row, column, text(row, column));
            }
        }
        TemplateDetection detected = TemplateDetector.detect(evidence);
        String version = detected.revision();
        switch (detected.verdict()) {
            case OTHER_TEMPLATE -> {
                return otherTemplate(detected);
            }
            case NO_DECLARATION_SHEET -> {
                return CmrtReading.rejected(RejectionCode.NOT_A_CMRT, "The workbook has no 'Declaration' sheet, so it is "
                        + "not a complete CMRT (sheets found: " + String.join(", ", new java.util.TreeSet<>(sheetNames))
                        + "). Please send the CMRT workbook as downloaded from the RMI, with all its sheets.");
            }
            case NOT_A_TEMPLATE -> {
                return CmrtReading.rejected(RejectionCode.NOT_A_CMRT, "This workbook is not a Conflict Minerals Reporting "
                        + "Template (CMRT): it has no CMRT title and no revision number. Please fill in and send the "
                        + "RMI's CMRT.");
            }
            default -> {
                // a CMRT: its revision decides how to read it
            }
        }
        if (version == null) {
            return CmrtReading.rejected(RejectionCode.UNSUPPORTED_CMRT_VERSION, "The CMRT's revision number "
                    + "(Declaration sheet, cell J3) is missing, so we cannot tell how to read it. Please use an "
                    + "unaltered CMRT 6.01 or newer.");
        }
        BigDecimal number = new BigDecimal(version);
        if (number.compareTo(OLDEST_SUPPORTED) < 0 || number.compareTo(BigDecimal.valueOf(7)) >= 0) {
            return CmrtReading.rejected(RejectionCode.UNSUPPORTED_CMRT_VERSION, "This CMRT is revision " + version
                    + (number.compareTo(OLDEST_SUPPORTED) < 0 ? ", which is no longer supported" : ", which we cannot read yet")
                    + ". Please copy your answers into CMRT revision 6.01 or newer (the current one is "
                    + NEWEST_KNOWN + ") and send that file.");
        }
        List<String> warnings = new ArrayList<>();
        if (macroEnabled) {
            warnings.add("The workbook is macro-enabled (.xlsm). It was read without running its macros; please send "
                    + "CMRTs as plain .xlsx files.");
        }
        if (number.compareTo(NEWEST_KNOWN) > 0) {
            warnings.add("CMRT revision " + version + " is newer than " + NEWEST_KNOWN
                    + "; it was read with the 6.x cell layout.");
        }
        if (!sheetNames.contains(CmrtReader.SMELTER_LIST)) {
            warnings.add("The workbook has no 'Smelter List' sheet.");
        }
        return new CmrtReading(content(version, macroEnabled), null, List.copyOf(warnings));
    }

    private static CmrtReading otherTemplate(TemplateDetection detected) {
        return CmrtReading.rejected(RejectionCode.OTHER_RMI_TEMPLATE, "This is " + detected.otherTemplateName()
                + ", not the Conflict Minerals Reporting Template (CMRT). Please fill in and send the CMRT for tin, "
                + "tantalum, tungsten and gold.");
    }

    private String text(int row, int column) {
        SheetScanner.Cell cell = declaration.get(key(row, column));
        return cell == null ? null : cell.text();
    }

    private CmrtContent content(String version, boolean macroEnabled) {
        Company company = new Company(typed(8, D), typed(12, D), typed(13, D), typed(14, D), typed(15, D),
                typed(16, D), typed(17, D), typed(18, D), typed(19, D), typed(20, D), typed(21, D),
                effectiveDate(), effectiveDateProblemText());
        List<Answer> answers = new ArrayList<>();
        for (int q = 1; q <= 8; q++) {
            int first = row(Integer.toString(q));
            for (int i = 0; i < METAL_ROWS.size(); i++) {
                int row = first + i;
                answers.add(new Answer(Integer.toString(q), METAL_ROWS.get(i), answerText(q, row), typed(row, G)));
            }
        }
        for (char question : COMPANY_QUESTIONS.toCharArray()) {
            int row = companyQuestionRow(question);
            answers.add(new Answer(String.valueOf(question), null, typed(row, D), typed(row, G)));
        }
        return new CmrtContent(version, language(typed(3, D)), macroEnabled, company, typed(9, D), typed(10, D),
                answers, List.copyOf(smelters), List.copyOf(products), ownLookup.lookup());
    }

    /** Answers are list entries; in 6.01–6.22 the Q6 entry "100%" is stored as the number 1. */
    private String answerText(int question, int row) {
        SheetScanner.Cell cell = declaration.get(key(row, D));
        if (cell == null || cell.typed() == null) {
            return null;
        }
        Double number = cell.number();
        if (question == 6 && number != null) {
            return BigDecimal.valueOf(number * 100).stripTrailingZeros().toPlainString() + "%";
        }
        return cell.typed();
    }

    private LocalDate effectiveDate() {
        SheetScanner.Cell cell = declaration.get(key(22, D));
        if (cell == null || cell.typed() == null) {
            return null;
        }
        Double serial = cell.number();
        if (serial != null) {
            return TypedDates.excelSerial(serial).orElse(null);
        }
        return TypedDates.parseOrNull(cell.typed());
    }

    private String effectiveDateProblemText() {
        String typed = typed(22, D);
        return typed != null && effectiveDate() == null ? typed : null;
    }

    /** The display language chosen in D3, in English; the answers themselves are English in every language. */
    static String language(String d3) {
        if (d3 == null) {
            return "English";
        }
        String lower = d3.toLowerCase(Locale.ROOT);
        String[][] names = {
            {"english", "English"}, {"chinese", "Chinese"}, {"中文", "Chinese"}, {"japanese", "Japanese"},
            {"日本語", "Japanese"}, {"korean", "Korean"}, {"한국어", "Korean"}, {"fran", "French"},
            {"portugu", "Portuguese"}, {"deutsch", "German"}, {"espa", "Spanish"}, {"italiano", "Italian"},
            {"türk", "Turkish"}, {"turk", "Turkish"}
        };
        for (String[] name : names) {
            if (lower.contains(name[0])) {
                return name[1];
            }
        }
        return d3.length() > 50 ? d3.substring(0, 50) : d3;
    }
}
