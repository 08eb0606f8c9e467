package org.oretrace.intake.infrastructure;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.intake.testing.HostileFiles;
import org.oretrace.intake.testing.Repackage;
import org.oretrace.kernel.Metal;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.zip.Deflater;

/**
 * The fuzz harness of the reader, seeded with a real CMRT 6.5 template filled by {@link CmrtFile}: an empty
 * input reads that template unchanged. The fuzzer's bytes are edits: either of one of the parts the reader
 * walks (the XML, re-zipped, so that mutations reach the scanner instead of breaking the deflate stream), or of
 * the zip bytes themselves. A finding is a reader failure (an exception, or a warning with a stack trace:
 * {@link CmrtReader} logs those as gaps in the reader) or a slow input (more than {@link #SLOW_CPU_NANOS} of
 * CPU for one read).
 */
final class ReaderFuzzing {

    static final long SLOW_CPU_NANOS = 1_000_000_000L;

    private static Map<String, byte[]> parts;
    private static List<String> names;
    private static byte[] template;

    private static final CmrtReader READER = new CmrtReader();
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final List<LogRecord> FAILURES = new ArrayList<>();

    private ReaderFuzzing() {
    }

    static synchronized void init() {
        if (parts != null) {
            return;
        }
        template = CmrtFile.of("6.5").declare(Metal.GOLD).smeltersById("Tin", 6).smeltersById("Gold", 4)
                .product("P-1", "Gear").toBytes();
        Map<String, byte[]> all = Repackage.entries(template);
        Map<String, byte[]> kept = new LinkedHashMap<>();
        for (String name : List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/sharedStrings.xml")) {
            kept.put(name, all.get(name));
        }
        // every sheet the reader reads (a sheet it reads that is missing makes the file CORRUPT_FILE)
        for (String sheet : List.of("Revision", "Declaration", "Smelter List", "Product List", CmrtReader.SMELTER_LOOKUP)) {
            String part = HostileFiles.sheetPart(all, sheet);
            String xml = new String(all.get(part), StandardCharsets.UTF_8);
            // the Smelter List's 2,500 prepared rows of formulas (and the look-up's list) cut to the first 30: fast
            // executions, same structure
            xml = xml.replaceAll("(?s)<row r=\"(?:[3-9]\\d|\\d{3,})\".*?</row>", "");
            kept.put(part, xml.getBytes(StandardCharsets.UTF_8));
        }
        // the seed must be read as a CMRT: a rejected seed would leave only the rejection paths to the fuzzer (the
        // first runs of 2026-12-06 fuzzed such a seed after the reader began to read the Smelter Look-up sheet)
        CmrtReading seed = READER.read(Repackage.zip(kept, Deflater.BEST_SPEED), "seed.xlsx");
        if (seed.isRejected()) {
            throw new IllegalStateException("The fuzzing seed is rejected: " + seed.rejection());
        }
        parts = kept;
        names = List.copyOf(kept.keySet());
        Logger.getLogger(CmrtReader.class.getName()).addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getThrown() != null) {
                    FAILURES.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    /** One fuzzing execution. */
    static void readOnce(FuzzedDataProvider data) {
        check(fileFor(data));
    }

    /** The file one fuzzing input stands for: edits of the template's parts or of its zip bytes. */
    static byte[] fileFor(FuzzedDataProvider data) {
        init();
        return data.consumeBoolean() ? editedZip(data) : editedPart(data);
    }

    /** The template's parts as the harness starts from them (name to bytes). */
    static Map<String, byte[]> templateParts() {
        init();
        return parts;
    }

    /** Reads a file; throws when the reader failed or was slow. */
    static CmrtReading check(byte[] file) {
        init();
        FAILURES.clear();
        long start = CPU.getCurrentThreadCpuTime();
        CmrtReading reading = READER.read(file, "fuzz.xlsx");
        long cpu = CPU.getCurrentThreadCpuTime() - start;
        if (!FAILURES.isEmpty()) {
            throw new AssertionError("The reader failed: " + FAILURES.get(0).getMessage(), FAILURES.get(0).getThrown());
        }
        if (cpu > SLOW_CPU_NANOS) {
            throw new AssertionError("Slow input: " + cpu / 1_000_000 + " ms of CPU for " + file.length + " bytes");
        }
        if (reading.isRejected() == (reading.content() != null)) {
            throw new AssertionError("Neither a reading nor a rejection: " + reading);
        }
        return reading;
    }

    private static byte[] editedPart(FuzzedDataProvider data) {
        Map<String, byte[]> edited = new LinkedHashMap<>(parts);
        int edits = data.consumeInt(0, 4);
        for (int i = 0; i < edits && data.remainingBytes() > 0; i++) {
            String name = names.get(data.consumeInt(0, names.size() - 1));
            edited.put(name, edit(edited.get(name), data));
        }
        return Repackage.zip(edited, Deflater.BEST_SPEED);
    }

    private static byte[] editedZip(FuzzedDataProvider data) {
        byte[] file = Repackage.zip(parts, Deflater.BEST_SPEED);
        int edits = data.consumeInt(0, 4);
        for (int i = 0; i < edits && data.remainingBytes() > 0; i++) {
            file = edit(file, data);
        }
        return file;
    }

    /** Replaces a stretch of {@code bytes} (possibly empty) by bytes of the input (possibly none). */
    private static byte[] edit(byte[] bytes, FuzzedDataProvider data) {
        int at = data.consumeInt(0, bytes.length);
        int cut = data.consumeInt(0, Math.min(256, bytes.length - at));
        byte[] insert = data.consumeBytes(data.consumeInt(0, 4096));
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + insert.length);
        out.write(bytes, 0, at);
        out.write(insert, 0, insert.length);
        out.write(bytes, at + cut, bytes.length - at - cut);
        return out.toByteArray();
    }
}
