package org.oretrace.intake.infrastructure;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The supplier's workbook's own "Smelter Look-up" sheet: RMI's list as of the template the supplier filled. The
 * template's Smelter List finds a row's smelter ID with it (column V: {@code MATCH(B&C, 'Smelter Look-up'!J:J, 0)},
 * J being A&B, i.e. metal and look-up name, case-insensitive, first match; from CMRT 6.22 on, a "Smelter not listed"
 * or "Smelter not yet identified" row is looked up by the name in D instead; column F then shows column E of that
 * row). {@link #idFor} does the same, so a file whose cached formula results are missing (written by a tool that
 * does not recalculate) still says which ID its own list gives. Bounded: at most {@link #MAX_ROWS} rows are read
 * (RMI's lists have about 650); a longer sheet is marked {@link #truncated()}.
 */
public final class OwnLookup {

    /** RMI's look-up sheets have 587 to 660 rows (CMRT 6.01 to 6.5); ten times that is no genuine template. */
    public static final int MAX_ROWS = 6000;
    private static final int FIRST_ROW = 5;
    private static final int MAX_NAME = 300;
    private static final BigDecimal MULTI_NAME_LISTS_FROM = new BigDecimal("6.22");

    public static final OwnLookup NONE = new OwnLookup();

    private final Map<String, String> idByKey = new HashMap<>();
    private int rows;
    private boolean truncated;

    private OwnLookup() {
    }

    /**
     * The smelter ID the file's own look-up gives a Smelter List row, as the template's formula finds it; empty when
     * the look-up has no such name for the metal or gives it no ID ("Smelter not listed").
     *
     * @param templateVersion "6.5" (decides how a "Smelter not listed" row is looked up)
     */
    public Optional<String> idFor(String templateVersion, String metal, String lookupName, String name) {
        if (metal == null || lookupName == null) {
            return Optional.empty();
        }
        String byName = lookupName;
        boolean pseudo = lookupName.equalsIgnoreCase("Smelter not listed") || lookupName.equalsIgnoreCase("Smelter not yet identified");
        if (pseudo && atLeast622(templateVersion)) {
            if (name == null) {
                return Optional.empty();
            }
            byName = name;
        }
        return Optional.ofNullable(idByKey.get(key(metal, byName)));
    }

    /** Whether the workbook has a look-up sheet with rows. */
    public boolean isPresent() {
        return rows > 0;
    }

    public int rows() {
        return rows;
    }

    /** True when the sheet had more than {@link #MAX_ROWS} rows: the rest was not read. */
    public boolean truncated() {
        return truncated;
    }

    private static boolean atLeast622(String version) {
        try {
            return version != null && new BigDecimal(version).compareTo(MULTI_NAME_LISTS_FROM) >= 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static String key(String metal, String name) {
        return (metal.strip() + "\u0000" + name.strip()).toLowerCase(Locale.ROOT);
    }

    /** Collects columns A (metal), B (look-up name) and E (smelter ID) from row 5 while the scanner walks the sheet. */
    static final class Collector implements SheetScanner.Sink {
        private final OwnLookup lookup = new OwnLookup();
        private String metal;
        private String name;
        private String id;

        @Override
        public boolean wants(int row, int column) {
            return row >= FIRST_ROW && (column == 1 || column == 2 || column == 5) && !lookup.truncated;
        }

        @Override
        public int lastColumn(int row) {
            return row >= FIRST_ROW ? 5 : 0;
        }

        @Override
        public void cell(int row, int column, SheetScanner.Cell cell) {
            String value = cell.typed();
            if (value == null || value.length() > MAX_NAME) {
                return;
            }
            switch (column) {
                case 1 -> metal = value;
                case 2 -> name = value;
                default -> id = value;
            }
        }

        @Override
        public void endRow(int row) {
            if (row >= FIRST_ROW && metal != null && name != null && !lookup.truncated) {
                if (lookup.rows >= MAX_ROWS) {
                    lookup.truncated = true;
                } else {
                    lookup.rows++;
                    String key = key(metal, name);
                    if (!lookup.idByKey.containsKey(key)) { // MATCH finds the first row with the key
                        lookup.idByKey.put(key, id);
                    }
                }
            }
            metal = null;
            name = null;
            id = null;
        }

        OwnLookup lookup() {
            return lookup;
        }
    }
}
