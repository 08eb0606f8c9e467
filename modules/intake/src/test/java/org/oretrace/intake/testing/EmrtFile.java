package org.oretrace.intake.testing;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.oretrace.kernel.Metal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fills a real blank EMRT (1.1–2.1) the way a supplier's Excel does, like {@link CmrtFile}: typed values in the input
 * cells, formulas left alone unless typed over, nothing recalculated. Starts from a complete declaration (cobalt
 * and, in 2.x, copper in scope with one smelter each from the template's own Smelter Look-up, one mine, one product)
 * that tests then change. The rows follow the template: 1.x lists cobalt then mica, 2.x the chosen minerals in
 * alphabetical order.
 */
public final class EmrtFile {

    public static final String COMPANY_A = "A. Company";
    public static final String PRODUCT_B = "B. Product (or List of Products)";
    public static final String USER_DEFINED_C = "C. User defined [Specify in 'Description of scope']";
    public static final String E_IPC = "Yes, in conformance with IPC1755 (e.g. EMRT)";
    private static final List<Metal> ALL = List.of(Metal.COBALT, Metal.COPPER, Metal.GRAPHITE, Metal.LITHIUM,
            Metal.MICA, Metal.NICKEL);
    /** 2.x choice cells in the order the blank fills them (D12 Cobalt, E12 Copper, G12, D13, E13, G13). */
    private static final String[] CHOICE_CELLS = {"D12", "E12", "G12", "D13", "E13", "G13"};

    /** A Smelter List row (A–E); null leaves a cell as it is. */
    public record SmelterLine(String id, String mineral, String lookup, String name, String country) {
        public static SmelterLine byLookup(String mineral, String lookup) {
            return new SmelterLine(null, mineral, lookup, null, null);
        }

        public static SmelterLine notListed(String mineral, String name, String country) {
            return new SmelterLine(null, mineral, "Smelter not listed", name, country);
        }
    }

    /** A Mine List row (2.x): mineral, smelter, mine name, mine ID, country. */
    public record MineLine(String mineral, String smelter, String mine, String mineId, String country) {
    }

    private final String version;
    private final boolean v1;
    private final List<Metal> minerals = new ArrayList<>();
    private final Map<String, Object> declaration = new LinkedHashMap<>();
    private final Map<String, Object> answers = new TreeMap<>();
    private final List<SmelterLine> smelters = new ArrayList<>();
    private final List<MineLine> mines = new ArrayList<>();
    private final List<String[]> products = new ArrayList<>();

    private EmrtFile(String version) {
        this.version = version;
        this.v1 = Double.parseDouble(version) < 2;
    }

    /** A complete declaration on the real blank EMRT of that version. */
    public static EmrtFile of(String version) {
        EmrtFile f = new EmrtFile(version);
        f.minerals(f.v1 ? List.of(Metal.COBALT, Metal.MICA) : List.of(Metal.COBALT, Metal.COPPER));
        int c = f.v1 ? 12 : 16;
        f.set("D8", "ACME Batteries Ltd.").set("D9", PRODUCT_B).set("D" + c, "987654321").set("D" + (c + 1), "DUNS")
                .set("D" + (c + 2), "2 Cathode Street, Springfield, USA").set("D" + (c + 3), "Ann Chen")
                .set("D" + (c + 4), "ann.chen@acme.example").set("D" + (c + 5), "+1 555 0100")
                .set("D" + (c + 6), "Bo Martin").set("D" + (c + 7), "Director of Compliance")
                .set("D" + (c + 8), "bo.martin@acme.example").set("D" + (c + 9), "+1 555 0101")
                .set("D" + (c + 10), LocalDate.of(2025, 3, 14));
        for (Metal m : f.minerals) {
            if (m == Metal.MICA) {
                f.answer(1, m, "No").answer(2, m, "No");
            } else {
                f.declare(m);
            }
        }
        for (char q : "ABDEFG".toCharArray()) {
            f.companyAnswer(q, "Yes", null);
        }
        f.companyAnswer('A', "Yes", "https://acme.example/minerals-policy")
                .companyAnswer('B', "Yes", "https://acme.example/minerals-policy").companyAnswer('E', E_IPC, null);
        for (Metal m : f.minerals) {
            if (m != Metal.MICA) {
                f.smelter(SmelterLine.byLookup(m.displayName(), EmrtLookup.smelters(version, m.displayName(), 1).get(0)
                        .lookupName()));
            }
        }
        if (!f.v1) {
            f.mine(new MineLine("Cobalt", "A cobalt refinery", "Kamoto Mine", "MINE-001", "CONGO, DEMOCRATIC REPUBLIC OF THE"));
        }
        f.product("B-100", "Battery pack BP-1");
        return f;
    }

    public String version() {
        return version;
    }

    public List<Metal> minerals() {
        return List.copyOf(minerals);
    }

    /** 2.x: the minerals chosen in scope (their answers move with them); 1.x always lists cobalt and mica. */
    public EmrtFile minerals(List<Metal> chosen) {
        minerals.clear();
        minerals.addAll(ALL.stream().filter(chosen::contains).toList());
        return this;
    }

    public EmrtFile set(String cell, Object value) {
        declaration.put(cell, value);
        return this;
    }

    /** Question 1–7 for a mineral; the row follows the mineral's place in the list. */
    public EmrtFile answer(int question, Metal mineral, String value) {
        answers.put(question + ":" + mineral + ":D", value);
        return this;
    }

    public EmrtFile comment(int question, Metal mineral, String comment) {
        answers.put(question + ":" + mineral + ":G", comment);
        return this;
    }

    /** Company question A–G; C takes a mineral through {@link #cAnswer}. */
    public EmrtFile companyAnswer(char question, String value, String comment) {
        int row = companyRow(question);
        return set("D" + row, value).set("G" + row, comment);
    }

    public EmrtFile cAnswer(Metal mineral, String value) {
        answers.put("C:" + mineral + ":D", value);
        return this;
    }

    /** Q1, Q2 Yes and complete answers to Q3–Q7 and C. */
    public EmrtFile declare(Metal mineral) {
        answer(1, mineral, "Yes").answer(2, mineral, "Yes").answer(3, mineral, "No");
        if (!v1 || mineral == Metal.COBALT) {
            answer(4, mineral, "No");
        }
        return answer(5, mineral, "100%").answer(6, mineral, "Yes").answer(7, mineral, "Yes").cAnswer(mineral, "Yes");
    }

    public EmrtFile noSmelters() {
        smelters.clear();
        return this;
    }

    public EmrtFile smelter(SmelterLine line) {
        smelters.add(line);
        return this;
    }

    public EmrtFile mine(MineLine line) {
        mines.add(line);
        return this;
    }

    public EmrtFile noProducts() {
        products.clear();
        return this;
    }

    public EmrtFile product(String number, String name) {
        products.add(new String[]{number, name});
        return this;
    }

    public int companyRow(char question) {
        int a = v1 ? 69 : 115;
        int d = v1 ? 77 : 131;
        return switch (question) {
            case 'A' -> a;
            case 'B' -> a + 2;
            case 'C' -> a + 4;
            default -> d + 2 * (question - 'D');
        };
    }

    /** The Declaration row of question 1–7 ("1".."7") or "C" for a mineral, as the template lists it. */
    public int row(String question, Metal mineral) {
        int slot = minerals.indexOf(mineral);
        if (question.equals("C")) {
            return (v1 ? 74 : 120) + slot;
        }
        int q = Integer.parseInt(question);
        return (v1 ? 25 : 29) + (q - 1) * (v1 ? 6 : 12) + 1 + slot;
    }

    public byte[] toBytes() {
        LoadedTemplate template = LoadedTemplate.emrt(version);
        synchronized (template) {
            List<Runnable> undo = new ArrayList<>();
            try {
                XSSFWorkbook wb = template.workbook();
                fill(wb, undo);
                ByteArrayOutputStream out = new ByteArrayOutputStream(2 * 1024 * 1024);
                wb.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                for (int i = undo.size() - 1; i >= 0; i--) {
                    undo.get(i).run();
                }
            }
        }
    }

    private void fill(XSSFWorkbook wb, List<Runnable> undo) {
        Sheet decl = wb.getSheet("Declaration");
        CmrtFile.put(decl, "D3", "English", undo);
        if (!v1) {
            for (int i = 0; i < ALL.size(); i++) {
                Metal m = ALL.get(i);
                CmrtFile.put(decl, CHOICE_CELLS[i], minerals.contains(m) ? m.displayName()
                        : "(Delete " + m.displayName() + ")", undo);
            }
        }
        declaration.forEach((cell, value) -> CmrtFile.put(decl, cell, value, undo));
        for (Map.Entry<String, Object> e : answers.entrySet()) {
            String[] key = e.getKey().split(":");
            Metal mineral = Metal.valueOf(key[1]);
            if (minerals.contains(mineral)) {
                CmrtFile.put(decl, key[2] + row(key[0], mineral), e.getValue(), undo);
            }
        }
        Sheet list = wb.getSheet("Smelter List");
        int row = 5;
        for (SmelterLine s : smelters) {
            String[] columns = {"A", "B", "C", "D", "E"};
            String[] values = {s.id(), s.mineral(), s.lookup(), s.name(), s.country()};
            for (int i = 0; i < columns.length; i++) {
                if (values[i] != null) {
                    CmrtFile.put(list, columns[i] + row, values[i], undo);
                }
            }
            row++;
        }
        Sheet mineList = wb.getSheet("Mine List");
        int mrow = 5;
        for (MineLine m : mines) {
            CmrtFile.put(mineList, "A" + mrow, m.mineral(), undo);
            CmrtFile.put(mineList, "B" + mrow, m.smelter(), undo);
            CmrtFile.put(mineList, "C" + mrow, m.mine(), undo);
            CmrtFile.put(mineList, "D" + mrow, m.mineId(), undo);
            CmrtFile.put(mineList, "F" + mrow, m.country(), undo);
            mrow++;
        }
        Sheet productSheet = wb.getSheet("Product List");
        int prow = 6;
        for (String[] p : products) {
            CmrtFile.put(productSheet, "B" + prow, p[0], undo);
            CmrtFile.put(productSheet, "C" + prow, p[1], undo);
            prow++;
        }
    }
}
