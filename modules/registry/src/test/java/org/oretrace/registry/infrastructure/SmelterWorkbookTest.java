package org.oretrace.registry.infrastructure;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SmelterWorkbookTest {

    @Test
    void writesAHeaderAndOneRowPerSmelterThatExcelCanFilter() throws Exception {
        List<List<Object>> rows = List.of(
                Arrays.asList("CID000035", "Gold", "Agosi AG", "GERMANY", "DE", "Pforzheim", null, false, false, "Conformant",
                        "Conformant", "2024-02-01", false, true, "Agosi AG"),
                Arrays.asList("CID003185", "Gold", "African Gold Refinery", "UGANDA", "UG", "Entebbe", "Wakiso", true, false, null,
                        "Unknown", null, true, true, "African Gold Refinery | AGR"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SmelterWorkbook.write(rows, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            org.apache.poi.xssf.usermodel.XSSFSheet sheet = workbook.getSheet("Smelters");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Smelter ID");
            assertThat(sheet.getRow(0).getLastCellNum()).isEqualTo((short) SmelterWorkbook.HEADER.size());
            assertThat(sheet.getRow(2).getCell(7).getStringCellValue()).isEqualTo("yes");
            assertThat(sheet.getRow(2).getCell(12).getStringCellValue()).isEqualTo("yes");
            assertThat(sheet.getRow(1).getCell(6)).isNull();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
        }
    }
}
