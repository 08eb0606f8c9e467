package org.oretrace.intake.application;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveTest {

    @Test
    void anArchiveOfFiftyThousandEntriesIsRefusedCheaply() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < 50_000; i++) {
                zip.putNextEntry(new ZipEntry("cmrt-" + i + ".xlsx"));
                zip.write(i);
                zip.closeEntry();
            }
        }
        long start = System.nanoTime();
        Archive.Unpacked unpacked = Archive.unpack(bytes.toByteArray(), 1 << 20, new Budget(200, 200, "files", 100 << 20, "100 MB"));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(unpacked.refusal()).isEqualTo("more than 200 archive entries (oretrace.intake.max-archive-entries)");
        assertThat(millis).as("stops at the limit instead of walking 50,000 entries").isLessThan(1000);
    }

    @Test
    void theBytesAreCountedWhileInflatingAndFoldersCountAsEntries() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("a.xlsx"));
            zip.write(new byte[600_000]);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("b.xlsx"));
            zip.write(new byte[600_000]);
            zip.closeEntry();
        }
        Archive.Unpacked unpacked = Archive.unpack(bytes.toByteArray(), 1 << 20, new Budget(10, 10, "files", 1_000_000, "1000000 bytes kept"));
        assertThat(unpacked.refusal()).isEqualTo("more than 1000000 bytes kept");
        assertThat(unpacked.files()).hasSize(1);

        ByteArrayOutputStream folders = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(folders)) {
            for (int i = 0; i < 20; i++) {
                zip.putNextEntry(new ZipEntry("folder" + i + "/"));
                zip.closeEntry();
            }
        }
        assertThat(Archive.unpack(folders.toByteArray(), 1 << 20, new Budget(10, 10, "files", 1 << 20, "x")).refusal())
                .startsWith("more than 10 archive entries");
    }

    /** The batch path walks a zip as a stream: first only counted (nothing kept), then each file handed on. */
    @Test
    void aStreamedWalkKeepsTheRulesOfUnpacking() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("folder/"));
            zip.putNextEntry(new ZipEntry("folder/a.xlsx"));
            zip.write(new byte[1000]);
            zip.putNextEntry(new ZipEntry("__MACOSX/._a.xlsx"));
            zip.write(1);
            zip.putNextEntry(new ZipEntry("big.xlsx"));
            zip.write(new byte[5000]);
        }
        byte[] zip = bytes.toByteArray();
        Budget check = new Budget(10, 10, "files", 1 << 20, "1 MB").entriesLimit("entries (batch)");
        assertThat(Archive.walk(new java.io.ByteArrayInputStream(zip), 2000, check, null)).isNull();
        assertThat(check.files()).isEqualTo(2);

        java.util.Map<String, Integer> taken = new java.util.LinkedHashMap<>();
        assertThat(Archive.walk(new java.io.ByteArrayInputStream(zip), 2000, new Budget(10, 10, "files", 1 << 20, "1 MB"),
                (name, content) -> taken.put(name, content.length))).isNull();
        // the file over the file limit is handed on with one byte too many: the reader rejects it as TOO_LARGE, original kept
        assertThat(taken).containsExactly(java.util.Map.entry("a.xlsx", 1000), java.util.Map.entry("big.xlsx", 2001));

        assertThat(Archive.walk(new java.io.ByteArrayInputStream(zip), 2000, new Budget(3, 10, "files", 1 << 20, "1 MB")
                .entriesLimit("archive entries (oretrace.intake.max-batch-entries)"), null))
                .isEqualTo("more than 3 archive entries (oretrace.intake.max-batch-entries)");
        assertThat(Archive.walk(new java.io.ByteArrayInputStream(zip), 2000, new Budget(10, 10, "files", 2500, "2500 bytes"), null))
                .isEqualTo("more than 2500 bytes");
    }

    /** Each file is handed on with exactly its bytes, whether larger than the walk's buffer or after a larger one. */
    @Test
    void aStreamedWalkHandsOnEachFileExactly() throws Exception {
        java.util.Random random = new java.util.Random(18);
        byte[][] files = {new byte[3 * 1024 * 1024 + 17], new byte[10], new byte[0], new byte[(1 << 20) + 1], new byte[1 << 20]};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < files.length; i++) {
                random.nextBytes(files[i]);
                zip.putNextEntry(new ZipEntry("f" + i + ".xlsx"));
                zip.write(files[i]);
            }
        }
        java.util.List<byte[]> taken = new java.util.ArrayList<>();
        assertThat(Archive.walk(new java.io.ByteArrayInputStream(bytes.toByteArray()), 4L << 20,
                new Budget(10, 10, "files", 64L << 20, "64 MB"), (name, content) -> taken.add(content))).isNull();
        assertThat(taken).hasSize(files.length);
        for (int i = 0; i < files.length; i++) {
            assertThat(taken.get(i)).as("file " + i).isEqualTo(files[i]);
        }
        // over the file limit: one byte too many, whatever the buffer's size
        taken.clear();
        assertThat(Archive.walk(new java.io.ByteArrayInputStream(bytes.toByteArray()), 2L << 20,
                new Budget(10, 10, "files", 64L << 20, "64 MB"), (name, content) -> taken.add(content))).isNull();
        assertThat(taken.get(0)).hasSize((2 << 20) + 1).isEqualTo(java.util.Arrays.copyOf(files[0], (2 << 20) + 1));
        assertThat(taken.get(3)).isEqualTo(files[3]);
    }
}
