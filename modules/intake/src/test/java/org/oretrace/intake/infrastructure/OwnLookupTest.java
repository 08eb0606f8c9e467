package org.oretrace.intake.infrastructure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The file's own look-up as the template's formula reads it, and its bound. */
class OwnLookupTest {

    @Test
    void findsTheFirstRowOfMetalAndNameIgnoringCaseAndLooksUpNotListedRowsByDFrom622() {
        OwnLookup.Collector c = new OwnLookup.Collector();
        row(c, 5, "Tin", "Alpha", "CID000001");
        row(c, 6, "Tin", "ALPHA", "CID000002");
        row(c, 7, "Gold", "Alpha", "CID000003");
        row(c, 8, "Tin", "Smelter not listed", null);
        OwnLookup lookup = c.lookup();
        assertThat(lookup.idFor("6.5", "tin", "alpha", null)).contains("CID000001");
        assertThat(lookup.idFor("6.5", "Gold", "Alpha", null)).contains("CID000003");
        assertThat(lookup.idFor("6.5", "Tungsten", "Alpha", null)).isEmpty();
        assertThat(lookup.idFor("6.5", "Tin", "Smelter not listed", "Alpha")).contains("CID000001");
        assertThat(lookup.idFor("6.1", "Tin", "Smelter not listed", "Alpha")).isEmpty();
    }

    @Test
    void readsAtMostMaxRowsAndSaysSo() {
        OwnLookup.Collector c = new OwnLookup.Collector();
        for (int r = 5; r < 5 + OwnLookup.MAX_ROWS + 100; r++) {
            if (c.wants(r, 1)) {
                row(c, r, "Tin", "Name " + r, "CID" + r);
            } else {
                c.endRow(r);
            }
        }
        OwnLookup lookup = c.lookup();
        assertThat(lookup.rows()).isEqualTo(OwnLookup.MAX_ROWS);
        assertThat(lookup.truncated()).isTrue();
        assertThat(lookup.idFor("6.5", "Tin", "Name 5", null)).contains("CID5");
        assertThat(lookup.idFor("6.5", "Tin", "Name " + (5 + OwnLookup.MAX_ROWS + 50), null)).isEmpty();
    }

    private static void row(OwnLookup.Collector c, int row, String metal, String name, String id) {
        c.cell(row, 1, new SheetScanner.Cell(metal, false, false));
        c.cell(row, 2, new SheetScanner.Cell(name, false, false));
        if (id != null) {
            c.cell(row, 5, new SheetScanner.Cell(id, false, false));
        }
        c.endRow(row);
    }
}
