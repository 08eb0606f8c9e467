package org.oretrace.filing.testing;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.oretrace.kernel.Metal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * RMI's smelter reference list as shipped in the real CMRT 6.5 template (sheet "Smelter Look-up", header row
 * 4, data from row 5: A metal, B look-up name, C standard name, D country, E smelter ID).
 */
public final class LookupSheet {

    public record Entry(Metal metal, String lookupName, String standardName, String country, String smelterId) {
    }

    private LookupSheet() {
    }

    public static Path sharedDir() {
        return Path.of(System.getProperty("oretrace.shared.dir", "../../../shared"));
    }

    public static List<Entry> cmrt65() {
        return read(sharedDir().resolve("rmi-templates/RMI_CMRT_6.5.xlsx"));
    }

    public static List<Entry> read(Path template) {
        try (InputStream in = Files.newInputStream(template); Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Smelter Look-up");
            DataFormatter text = new DataFormatter();
            List<Entry> entries = new ArrayList<>();
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String id = value(text, row.getCell(4));
                Metal metal = Metal.fromText(value(text, row.getCell(0))).orElse(null);
                if (id.isEmpty() || metal == null) {
                    continue;
                }
                entries.add(new Entry(metal, value(text, row.getCell(1)), value(text, row.getCell(2)),
                        value(text, row.getCell(3)), id));
            }
            return entries;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + template.toAbsolutePath(), e);
        }
    }

    private static String value(DataFormatter text, Cell cell) {
        return cell == null ? "" : text.formatCellValue(cell).strip();
    }
}
