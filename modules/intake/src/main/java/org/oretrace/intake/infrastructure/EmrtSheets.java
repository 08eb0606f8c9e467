package org.oretrace.intake.infrastructure;

import org.oretrace.intake.domain.Company;
import org.oretrace.intake.domain.MineRow;
import org.oretrace.intake.domain.ProductRow;
import org.oretrace.intake.domain.RejectionCode;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.intake.infrastructure.EmrtContent.EmrtAnswer;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.cmrt.RmiTemplate;
import org.oretrace.kernel.cmrt.TemplateDetection;
import org.oretrace.kernel.cmrt.TemplateDetector;
import org.oretrace.kernel.cmrt.TemplateEvidence;
import org.oretrace.kernel.time.TypedDates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects the cells of an EMRT (1.1–2.1) while its sheets stream by and turns them into an {@link EmrtReading}
 * once the revision is known (the layout depends on it: {@link EmrtLayout}). Only typed values are read, never the
 * results the template's formulas cached. One instance per file.
 */
final class EmrtSheets {

    static final String MINE_LIST = "Mine List";
    private static final int D = 4;
    private static final int G = 7;
    private static final int FIRST_LIST_ROW = 5;
    static final int FIRST_PRODUCT_ROW = 6;

    private final Map<Integer, SheetScanner.Cell> declaration = new HashMap<>();
    private final List<String> revisionTexts = new ArrayList<>();
    private final List<String> smelterListHeaderTexts = new ArrayList<>();
    private final List<SmelterRow> smelters = new ArrayList<>();
    private final List<MineRow> mines = new ArrayList<>();
    private final List<String[]> products = new ArrayList<>();
    private final List<Integer> productRows = new ArrayList<>();
    private final ReadingLimits limits;

    EmrtSheets(ReadingLimits limits) {
        this.limits = limits;
    }

    SheetScanner.Sink sinkFor(String sheetName) {
        return switch (sheetName) {
            case CmrtReader.REVISION -> RevisionCells.into(revisionTexts);
            case CmrtReader.DECLARATION -> new SheetScanner.Sink() {
                @Override
                public boolean wants(int row, int column) {
                    return row <= 5 ? TemplateEvidence.wantsDeclarationCell(row, column)
                            : row <= 140 && column >= D && column <= 9 && column != 6;
                }

                @Override
                public void cell(int row, int column, SheetScanner.Cell cell) {
                    declaration.put(key(row, column), cell);
                }
            };
            case CmrtReader.SMELTER_LIST -> new ListSink(17, true);
            case MINE_LIST -> new ListSink(13, false);
            case CmrtReader.PRODUCT_LIST -> new ListSink(6, false) {
                @Override
                public boolean wants(int row, int column) {
                    return row >= FIRST_PRODUCT_ROW && column >= 2 && column <= 6;
                }

                @Override
                void row(int row, String[] typed) {
                    if (typed[2] != null || typed[3] != null || typed[4] != null || typed[5] != null || typed[6] != null) {
                        if (products.size() == limits.maxProductRows()) {
                            throw tooManyRows(CmrtReader.PRODUCT_LIST, limits.maxProductRows());
                        }
                        products.add(typed.clone());
                        productRows.add(row);
                    }
                }
            };
            default -> null;
        };
    }

    private static int key(int row, int column) {
        return row * 64 + column;
    }

    private SheetScanner.Cell cell(int row, int column) {
        return declaration.get(key(row, column));
    }

    private String typed(int row, int column) {
        SheetScanner.Cell cell = cell(row, column);
        return cell == null ? null : cell.typed();
    }

    /** A list sheet from row 5 (Smelter List, Mine List) or 6 (Product List), typed values of columns A to last. */
    private class ListSink implements SheetScanner.Sink {
        private final String[] typed;
        private final boolean smelterList;
        private boolean any;

        ListSink(int lastColumn, boolean smelterList) {
            this.typed = new String[lastColumn + 1];
            this.smelterList = smelterList;
        }

        @Override
        public boolean wants(int row, int column) {
            if (row < FIRST_LIST_ROW) {
                return smelterList && TemplateEvidence.wantsSmelterListCell(row, column);
            }
            return column < typed.length;
        }

        @Override
        public void cell(int row, int column, SheetScanner.Cell cell) {
            if (row < FIRST_LIST_ROW) {
                if (cell.text() != null) {
                    smelterListHeaderTexts.add(cell.text());
                }
                return;
            }
            typed[column] = cell.typed();
            any = true;
        }

        @Override
        public void endRow(int row) {
            if (!any) {
                return;
            }
            any = false;
            row(row, typed);
            Arrays.fill(typed, null);
        }

        void row(int row, String[] t) {
            if (smelterList) {
                if (t[1] != null || t[2] != null || t[3] != null || t[4] != null || t[5] != null) {
                    if (smelters.size() == limits.maxSmelterRows()) {
                        throw tooManyRows(CmrtReader.SMELTER_LIST, limits.maxSmelterRows());
                    }
                    smelters.add(new SmelterRow(row, t[2], t[1], t[3], t[4], t[5], t[11], t[12], t[13], t[14], t[15],
                            t[16], t[17]));
                }
                return;
            }
            boolean filled = false;
            for (int c = 1; c <= 13 && !filled; c++) {
                filled = t[c] != null;
            }
            if (filled) {
                if (mines.size() == limits.maxSmelterRows()) {
                    throw tooManyRows(MINE_LIST, limits.maxSmelterRows());
                }
                mines.add(new MineRow(row, t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], t[11], t[12],
                        t[13]));
            }
        }
    }

    /** Reading stops at the first row past the limit: the rows after it are never looked at. */
    private static ReadingLimitExceeded tooManyRows(String sheet, int max) {
        return new ReadingLimitExceeded(RejectionCode.TOO_MANY_ROWS, String.format(Locale.ROOT, "The '%s' sheet has "
                + "more than %,d filled rows; a genuine EMRT has at most a few thousand. Please send the EMRT with only "
                + "the rows that apply to your products.", sheet, max));
    }

    EmrtReading toReading(Set<String> sheetNames, boolean macroEnabled) {
        TemplateEvidence evidence = new TemplateEvidence().sheets(sheetNames);
        revisionTexts.forEach(evidence::revisionText);
        smelterListHeaderTexts.forEach(evidence::smelterListText);
        for (int row = 1; row <= 5; row++) {
            for (int column = 1; column <= 16; column++) {
                SheetScanner.Cell cell = cell(row, column);
                evidence.declarationText(row, column, cell == null ? null : cell.text());
            }
        }
        TemplateDetection detected = TemplateDetector.detect(evidence);
        if (detected.template() != RmiTemplate.EMRT) {
            String what = detected.template() == null ? "not an RMI reporting template"
                    : "the " + detected.template().fullName();
            return EmrtReading.rejected(detected.template() == null ? RejectionCode.NOT_A_CMRT
                    : RejectionCode.OTHER_RMI_TEMPLATE, "This workbook is " + what + ", not the "
                    + RmiTemplate.EMRT.fullName() + " that was asked for. Please fill in and send the RMI's EMRT "
                    + "(sheets found: " + String.join(", ", new TreeSet<>(sheetNames)) + ").");
        }
        String version = detected.revision();
        BigDecimal number = version == null ? null : new BigDecimal(version);
        if (number == null || number.compareTo(EmrtLayout.OLDEST) < 0 || number.compareTo(BigDecimal.valueOf(3)) >= 0) {
            return EmrtReading.rejected(RejectionCode.UNSUPPORTED_CMRT_VERSION, (version == null
                    ? "The EMRT's revision number (Declaration sheet, cell J3) is missing, so we cannot tell how to read it"
                    : "This EMRT is revision " + version + ", which we cannot read")
                    + ". Please use an unaltered EMRT 1.1 or newer (the current one is " + EmrtLayout.NEWEST_KNOWN + ").");
        }
        EmrtLayout layout = EmrtLayout.of(number);
        List<String> warnings = new ArrayList<>();
        if (macroEnabled) {
            warnings.add("The workbook is macro-enabled (.xlsm). It was read without running its macros; please send "
                    + "EMRTs as plain .xlsx files.");
        }
        if (number.compareTo(EmrtLayout.NEWEST_KNOWN) > 0) {
            warnings.add("EMRT revision " + version + " is newer than " + EmrtLayout.NEWEST_KNOWN + "; it was read with the "
                    + layout.name().substring(1) + ".x cell layout.");
        }
        return new EmrtReading(content(version, layout, sheetNames), null, List.copyOf(warnings));
    }

    private EmrtContent content(String version, EmrtLayout layout, Set<String> sheetNames) {
        int c = layout.companyRow(0);
        Company company = new Company(typed(8, D), typed(c, D), typed(c + 1, D), typed(c + 2, D), typed(c + 3, D),
                typed(c + 4, D), typed(c + 5, D), typed(c + 6, D), typed(c + 7, D), typed(c + 8, D), typed(c + 9, D),
                date(c + 10), date(c + 10) == null ? typed(c + 10, D) : null);
        List<String> other = new ArrayList<>();
        List<Metal> minerals = layout == EmrtLayout.V1 ? layout.fixedMinerals() : chosenMinerals(other);
        List<EmrtAnswer> answers = new ArrayList<>();
        for (int q = 1; q <= 7; q++) {
            for (int slot = 0; slot < minerals.size(); slot++) {
                if (layout.asks(q, minerals.get(slot))) {
                    int row = layout.questionRow(q, slot);
                    answers.add(new EmrtAnswer(Integer.toString(q), minerals.get(slot), typed(row, D), typed(row, G), row));
                }
            }
        }
        for (char q : EmrtLayout.COMPANY_QUESTIONS.toCharArray()) {
            if (q == 'C') {
                for (int slot = 0; slot < minerals.size(); slot++) {
                    int row = layout.cRow(slot);
                    answers.add(new EmrtAnswer("C", minerals.get(slot), typed(row, D), typed(row, G), row));
                }
            } else {
                int row = layout.companyQuestionRow(q);
                answers.add(new EmrtAnswer(String.valueOf(q), null, typed(row, D), typed(row, G), row));
            }
        }
        List<ProductRow> productRows = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            String[] p = products.get(i);
            productRows.add(new ProductRow(this.productRows.get(i), p[2], p[3], layout == EmrtLayout.V1 ? p[4] : p[6]));
        }
        return new EmrtContent(version, CmrtSheets.language(typed(3, D)), company, typed(9, D), typed(10, D),
                List.copyOf(minerals), List.copyOf(other), List.copyOf(answers), List.copyOf(smelters),
                List.copyOf(mines), List.copyOf(productRows), sheetNames.contains(MINE_LIST), c);
    }

    /** 2.x: the minerals chosen in the ten choice cells, once each, in the template's alphabetical order. */
    private List<Metal> chosenMinerals(List<String> other) {
        Set<Metal> chosen = new LinkedHashSet<>();
        for (int[] rc : EmrtLayout.MINERAL_CELLS) {
            String text = typed(rc[0], rc[1]);
            if (text == null || text.startsWith("(Delete")) {
                continue;
            }
            Metal mineral = Metal.fromText(text).filter(EmrtLayout.MINERALS::contains).orElse(null);
            if (mineral == null) {
                other.add(text);
            } else {
                chosen.add(mineral);
            }
        }
        return EmrtLayout.MINERALS.stream().filter(chosen::contains).toList();
    }

    private LocalDate date(int row) {
        SheetScanner.Cell cell = cell(row, D);
        if (cell == null || cell.typed() == null) {
            return null;
        }
        Double serial = cell.number();
        return serial != null ? TypedDates.excelSerial(serial).orElse(null) : TypedDates.parseOrNull(cell.typed());
    }
}
