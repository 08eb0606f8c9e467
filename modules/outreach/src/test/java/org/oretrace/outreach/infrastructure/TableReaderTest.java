package org.oretrace.outreach.infrastructure;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.oretrace.kernel.BusinessRuleException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableReaderTest {

    @Test
    void readsQuotedSemicolonCsvInWindows1252() {
        String text = "Vendor;Name;Note\r\n100;\"Müller; Söhne\";\"says \"\"hi\"\"\"\r\n\r\n200;Öztürk;\"two\nlines\"\r\n300;Last;";
        TableReader.Table table = TableReader.read("export.csv", text.getBytes(Charset.forName("windows-1252")));

        assertThat(table.headers()).containsExactly("Vendor", "Name", "Note");
        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().get(0).cells()).containsExactly("100", "Müller; Söhne", "says \"hi\"");
        assertThat(table.rows().get(1).cell(2)).isEqualTo("two\nlines");
        assertThat(table.rows().get(1).number()).isEqualTo(4);
        assertThat(table.rows().get(2).number()).isEqualTo(6);
        assertThat(table.rows().get(2).cell(2)).isNull();
    }

    @Test
    void readsUtf8WithBomAndCommas() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Supplier No,Name\n1,深圳电子\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        TableReader.Table table = TableReader.read("x.csv", all);
        assertThat(table.headers()).containsExactly("Supplier No", "Name");
        assertThat(table.rows().get(0).cells()).containsExactly("1", "深圳电子");
    }

    @Test
    void readsTheFirstSheetOfAWorkbookWithNumbersAndDates() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("Vendors");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Vendor");
            header.createCell(1).setCellValue("Clause date");
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue(100042);
            var date = row.createCell(1);
            date.setCellValue(LocalDate.of(2023, 4, 1));
            var style = book.createCellStyle();
            style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            date.setCellStyle(style);
            book.write(out);

            TableReader.Table table = TableReader.read("vendors.xlsx", out.toByteArray());
            assertThat(table.rows()).hasSize(1);
            assertThat(table.rows().get(0).number()).isEqualTo(3);
            assertThat(table.rows().get(0).cells()).containsExactly("100042", "2023-04-01");
        }
    }

    @Test
    void refusesEmptyAndBrokenFiles() {
        assertThatThrownBy(() -> TableReader.read("a.csv", new byte[0])).isInstanceOf(BusinessRuleException.class).hasMessageStartingWith("The file is empty: export");
        assertThatThrownBy(() -> TableReader.read("a.xlsx", "PK not really".getBytes())).isInstanceOf(BusinessRuleException.class).hasMessageContaining("cannot be read");
    }
}
