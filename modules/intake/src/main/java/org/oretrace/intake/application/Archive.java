package org.oretrace.intake.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A zip archive of CMRTs handed in at once. Unpacked with limits (entries, sizes) so that an
 * archive cannot exhaust memory; each workbook inside is then received like a single upload.
 */
public final class Archive {

    public record Entry(String name, byte[] bytes) {
    }

    static final int MAX_ENTRIES = 500;
    static final long MAX_TOTAL = 300L * 1024 * 1024;

    private Archive() {
    }

    /** A zip file that is not itself a workbook (no [Content_Types].xml). */
    public static boolean isArchive(String fileName, byte[] bytes) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            return false;
        }
        if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return true;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("[Content_Types].xml")) {
                    return false;
                }
            }
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The files in the archive (folders, macOS resource forks and hidden files left out). */
    public static List<Entry> entries(byte[] bytes, long maxEntryBytes) throws IOException {
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                String base = name.substring(name.lastIndexOf('/') + 1);
                if (e.isDirectory() || name.startsWith("__MACOSX/") || base.startsWith(".") || base.isEmpty()) {
                    continue;
                }
                if (entries.size() == MAX_ENTRIES) {
                    throw new IOException("The archive holds more than " + MAX_ENTRIES + " files; please split it");
                }
                byte[] content = readAtMost(zip, maxEntryBytes + 1);
                total += content.length;
                if (total > MAX_TOTAL) {
                    throw new IOException("The archive unpacks to more than " + (MAX_TOTAL >> 20) + " MB; please split it");
                }
                entries.add(new Entry(base, content));
            }
        } catch (IllegalArgumentException e) {
            throw new IOException("The archive's file names cannot be read", e);
        }
        return entries;
    }

    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        return in.readNBytes((int) Math.min(max, Integer.MAX_VALUE - 8));
    }
}
