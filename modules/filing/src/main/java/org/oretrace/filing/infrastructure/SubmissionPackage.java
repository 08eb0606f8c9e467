package org.oretrace.filing.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The submission set as one zip: each document under its EDGAR file name, and {@code MANIFEST.txt} listing each with
 * its SHA-256 and size, so whoever uploads to EDGAR can verify they file exactly what was signed
 * ({@code sha256sum -c} reads the same lines). Entries carry a fixed time, so the same documents zip to the same bytes.
 */
public final class SubmissionPackage {

    public static final String MANIFEST = "MANIFEST.txt";
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    public record Entry(String fileName, byte[] content, String sha256) {
    }

    private SubmissionPackage() {
    }

    public static byte[] zip(List<Entry> entries) {
        StringBuilder manifest = new StringBuilder();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.US_ASCII)) {
            for (Entry e : entries) {
                put(zip, e.fileName(), e.content());
                manifest.append(e.sha256()).append("  ").append(e.fileName()).append('\n');
            }
            put(zip, MANIFEST, manifest.toString().getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot zip the submission", e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(FIXED_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
