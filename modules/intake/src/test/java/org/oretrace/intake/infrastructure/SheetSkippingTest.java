package org.oretrace.intake.infrastructure;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 18's shortcuts in the sheet scanner: bytes searched eight at a time, and the rest of a row skipped after the
 * last column a sheet's reader wants. Both must read exactly what the cell-by-cell walk read, and refuse what it refused.
 */
class SheetSkippingTest {

    @Test
    void theSearchFindsWhatALoopOverEveryByteFinds() {
        Random random = new Random(18);
        for (int round = 0; round < 2000; round++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                // few distinct values, negative ones included, so that matches and near-misses both occur
                b[i] = (byte) (random.nextInt(6) - 2 + (random.nextBoolean() ? 0 : 0x80));
            }
            byte value = b.length == 0 ? 0 : b[random.nextInt(b.length)];
            int from = b.length == 0 ? 0 : random.nextInt(b.length + 1);
            int to = from + random.nextInt(b.length - from + 1);
            int expected = -1;
            for (int i = from; i < to; i++) {
                if (b[i] == value) {
                    expected = i;
                    break;
                }
            }
            assertThat(ByteSearch.indexOf(b, value, from, to)).as("round %d", round).isEqualTo(expected);
        }
        assertThat(ByteSearch.indexOf(new byte[2], (byte) 0, 0, -1)).isEqualTo(-1);
    }

    /** Wants columns A and B of every row, and says so, so that C onwards is skipped. */
    private static final class TwoColumns implements SheetScanner.Sink {
        final List<String> cells = new ArrayList<>();
        final List<Integer> rowsEnded = new ArrayList<>();

        @Override
        public boolean wants(int row, int column) {
            return column <= 2;
        }

        @Override
        public int lastColumn(int row) {
            return 2;
        }

        @Override
        public void cell(int row, int column, SheetScanner.Cell cell) {
            cells.add((char) ('A' + column - 1) + "" + row + "=" + cell.text());
        }

        @Override
        public void endRow(int row) {
            rowsEnded.add(row);
        }
    }

    private static TwoColumns scan(String sheetData) throws SAXException {
        TwoColumns sink = new TwoColumns();
        new SheetScanner(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + sheetData + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8), null, sink).scan();
        return sink;
    }

    @Test
    void cellsAfterTheLastWantedColumnAreSkippedWhateverTheyHold() throws SAXException {
        TwoColumns sink = scan("<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>CID001</t></is></c><c r=\"B5\"><v>7</v></c>"
                + "<c r=\"C5\" t=\"inlineStr\"><is><t><![CDATA[</row><row r=\"99\"><c r=\"A99\"><v>1</v></c>]]></t></is></c>"
                + "<!-- </row> --><c r=\"D5\"><f>IF(A5&lt;&gt;\"\",1,0)</f><v>1</v></c><?pi </row>?></row>"
                + "<x:row xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" r=\"6\">"
                + "<x:c r=\"A6\"><x:v>2</x:v></x:c><x:c r=\"C6\"><x:v>3</x:v></x:c><x:c r=\"D6\"/></x:row>"
                + "<row r=\"7\"><c r=\"A7\"><v>4</v></c></row>");
        assertThat(sink.cells).containsExactly("A5=CID001", "B5=7", "A6=2", "A7=4");
        assertThat(sink.rowsEnded).containsExactly(5, 6, 7);
    }

    @Test
    void whatTheWalkRefusesIsRefusedInASkippedPartToo() {
        assertThatThrownBy(() -> scan("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"C1\"><!DOCTYPE x></c></row>"))
                .isInstanceOf(SAXException.class).hasMessageContaining("DOCTYPE");
        StringBuilder deep = new StringBuilder("<row r=\"1\"><c r=\"C1\">");
        deep.append("<x>".repeat(100_000)).append("</x>".repeat(100_000)).append("</c></row>");
        assertThatThrownBy(() -> scan(deep.toString())).isInstanceOf(ReadingLimitExceeded.class);
        assertThatThrownBy(() -> scan("<row r=\"1\"><c r=\"C1\"><v>1</v></c><c r=\"D1\"")).isInstanceOf(SAXException.class);
    }

    @Test
    void aCellOutsideARowIsNeverAReasonToSkip() throws SAXException {
        TwoColumns sink = scan("<c r=\"C1\"><v>1</v></c><row r=\"2\"><c r=\"A2\"><v>5</v></c></row>");
        assertThat(sink.cells).containsExactly("A2=5");
    }
}
