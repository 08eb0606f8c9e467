package org.oretrace.intake.testing;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The Smelter Look-up sheet of a real template, to fill rows with real names and IDs. */
public final class TemplateLookup {

    private static final Map<String, List<LookupEntry>> CACHE = new ConcurrentHashMap<>();

    private TemplateLookup() {
    }

    public static List<LookupEntry> of(String version) {
        return CACHE.computeIfAbsent(version, TemplateLookup::load);
    }

    /** The first n entries with an ID for the metal, distinct IDs. */
    public static List<LookupEntry> smelters(String version, String metal, int n) {
        List<LookupEntry> out = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (LookupEntry e : of(version)) {
            if (e.metal().equalsIgnoreCase(metal) && e.smelterId() != null && ids.add(e.smelterId())) {
                out.add(e);
                if (out.size() == n) {
                    break;
                }
            }
        }
        return out;
    }

    private static List<LookupEntry> load(String version) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Templates.cmrt(version)))) {
            Sheet sheet = wb.getSheet("Smelter Look-up");
            DataFormatter f = new DataFormatter();
            List<LookupEntry> entries = new ArrayList<>();
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || f.formatCellValue(row.getCell(0)).isBlank()) {
                    continue;
                }
                String id = f.formatCellValue(row.getCell(4)).strip();
                entries.add(new LookupEntry(f.formatCellValue(row.getCell(0)).strip(),
                        f.formatCellValue(row.getCell(1)).strip(), f.formatCellValue(row.getCell(2)).strip(),
                        f.formatCellValue(row.getCell(3)).strip(), id.isEmpty() ? null : id));
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
