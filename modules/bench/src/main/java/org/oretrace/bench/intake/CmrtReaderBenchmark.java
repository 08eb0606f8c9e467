package org.oretrace.bench.intake;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.oretrace.intake.infrastructure.CmrtReader;
import org.oretrace.intake.infrastructure.CmrtReading;
import org.oretrace.intake.testing.CmrtFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Intake's CMRT reader against POI's XSSFWorkbook on the real templates filled with 0, 100 and 500
 * smelter rows, in the same run; then 1,000 files read one after another in a child JVM limited
 * to a 64 MB heap.
 *
 * <pre>
 * ./mvnw -B -q -pl modules/bench -am -DskipTests package dependency:build-classpath -Dmdep.outputFile=$PWD/target/bench.cp
 * java -Doretrace.shared.dir=../shared -cp modules/bench/target/classes:$(cat target/bench.cp) \
 *      org.oretrace.bench.intake.CmrtReaderBenchmark
 * </pre>
 * The baseline walks the same three sheets and cells with XSSFWorkbook (loading the workbook is what costs).
 */
public final class CmrtReaderBenchmark {

    private static final int[] ROWS = {0, 100, 500};
    private static final String VERSION = System.getProperty("bench.version", "6.5");

    private CmrtReaderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--sequence")) {
            sequence(Path.of(args[1]), Integer.getInteger("bench.files", 1000));
            return;
        }
        Path dir = Files.createTempDirectory("oretrace-bench-");
        List<byte[]> files = new ArrayList<>();
        for (int rows : ROWS) {
            byte[] file = CmrtFile.of(VERSION).noSmelters().smeltersById("Tin", rows).toBytes();
            files.add(file);
            Files.write(dir.resolve("cmrt-" + rows + ".xlsx"), file);
        }
        CmrtReader reader = new CmrtReader();
        System.out.printf(Locale.ROOT, "CMRT %s, filled with %s smelter rows (%s bytes)%n", VERSION,
                java.util.Arrays.toString(ROWS), files.stream().map(f -> String.valueOf(f.length)).toList());
        for (int i = 0; i < 15; i++) {
            for (byte[] f : files) {
                check(reader.read(f, "warm-up.xlsx"));
            }
        }
        for (int i = 0; i < 2; i++) {
            for (byte[] f : files) {
                xssf(f);
            }
        }
        System.out.printf(Locale.ROOT, "%-6s %14s %14s %8s%n", "rows", "ours files/s", "XSSF files/s", "ratio");
        double oursTotal = 0;
        double xssfTotal = 0;
        for (int i = 0; i < files.size(); i++) {
            byte[] f = files.get(i);
            double ours = rate(() -> check(reader.read(f, "bench.xlsx")), 40);
            double poi = rate(() -> xssf(f), 4);
            oursTotal += 1 / ours;
            xssfTotal += 1 / poi;
            System.out.printf(Locale.ROOT, "%-6d %14.1f %14.2f %7.1fx%n", ROWS[i], ours, poi, ours / poi);
        }
        System.out.printf(Locale.ROOT, "%-6s %14.1f %14.2f %7.1fx%n", "mix", files.size() / oursTotal,
                files.size() / xssfTotal, xssfTotal / oursTotal);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                CmrtReaderBenchmark.class.getName(), "--sequence", dir.toString()).inheritIO().start();
        int exit = child.waitFor();
        System.out.println(exit == 0 ? "1,000 files in a 64 MB heap: passed" : "1,000 files in a 64 MB heap: FAILED (" + exit + ")");
        System.exit(exit);
    }

    /** Reads the files in the directory one after another, n in all, and reports time and heap. */
    private static void sequence(Path dir, int n) throws IOException {
        List<byte[]> files = new ArrayList<>();
        try (var list = Files.list(dir)) {
            for (Path p : list.sorted().toList()) {
                files.add(Files.readAllBytes(p));
            }
        }
        CmrtReader reader = new CmrtReader();
        long start = System.nanoTime();
        long smelterRows = 0;
        long peak = 0;
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < n; i++) {
            CmrtReading reading = check(reader.read(files.get(i % files.size()), "file-" + i + ".xlsx"));
            smelterRows += reading.content().smelters().size();
            peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "sequence: %d files (%d smelter rows) in %.1f s, %.1f files/s, max heap %d MB, "
                + "peak used %d MB%n", n, smelterRows, seconds, n / seconds, rt.maxMemory() >> 20, peak >> 20);
    }

    private static CmrtReading check(CmrtReading reading) {
        if (reading.isRejected()) {
            throw new IllegalStateException(reading.rejection().toString());
        }
        return reading;
    }

    /** The baseline: the same cells through POI's user model. */
    private static void xssf(byte[] file) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            DataFormatter f = new DataFormatter();
            Sheet declaration = wb.getSheet("Declaration");
            int cells = 0;
            for (int r = 1; r < 92; r++) {
                Row row = declaration.getRow(r);
                if (row != null && !f.formatCellValue(row.getCell(3)).isEmpty()) {
                    cells++;
                }
            }
            for (String name : List.of("Smelter List", "Product List")) {
                Sheet sheet = wb.getSheet(name);
                for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    if (row != null && row.getCell(0) != null && !f.formatCellValue(row.getCell(0)).isEmpty()) {
                        cells++;
                    }
                }
            }
            if (cells < 0) {
                throw new IllegalStateException();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double rate(Runnable work, int times) {
        long start = System.nanoTime();
        for (int i = 0; i < times; i++) {
            work.run();
        }
        return times / ((System.nanoTime() - start) / 1e9);
    }
}
