package org.oretrace.intake.testing;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The Smelter Look-up sheet of a real blank EMRT (columns A mineral, B look-up name, C standard name, D country, E ID). */
public final class EmrtLookup {

    private static final Map<String, List<LookupEntry>> CACHE = new ConcurrentHashMap<>();

    private EmrtLookup() {
    }

    public static List<LookupEntry> of(String version) {
        return CACHE.computeIfAbsent(version, EmrtLookup::load);
    }

    /** The first n entries with an ID for the mineral, distinct IDs. */
    public static List<LookupEntry> smelters(String version, String mineral, int n) {
        List<LookupEntry> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (LookupEntry e : of(version)) {
            if (e.metal().equalsIgnoreCase(mineral) && e.smelterId() != null && ids.add(e.smelterId())) {
                out.add(e);
                if (out.size() == n) {
                    break;
                }
            }
        }
        return out;
    }

    private static List<LookupEntry> load(String version) {
        LoadedTemplate template = LoadedTemplate.emrt(version);
        synchronized (template) {
            Sheet sheet = template.workbook().getSheet("Smelter Look-up");
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
        }
    }
}
