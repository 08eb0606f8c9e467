package org.oretrace.intake.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A zip archive of CMRTs handed in at once. Unpacked as a stream against a {@link Budget}: the
 * entries are counted (every entry, folders and hidden files included, so that 50,000 empty entries
 * cost no more than the budget's worth) and the bytes inflated are counted while inflating, so that
 * an archive can never cost more than the budget allows. Only {@link IncomingFiles} unpacks.
 */
final class Archive {

    record Entry(String name, byte[] bytes) {
    }

    /** Why unpacking stopped, and the files unpacked before it did. */
    record Unpacked(List<Entry> files, String refusal) {
    }

    private Archive() {
    }

    /** A zip file that is not itself a workbook (no [Content_Types].xml). */
    static boolean isArchive(String fileName, byte[] bytes) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            return false;
        }
        if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return true;
        }
        int looked = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            // a workbook names [Content_Types].xml among its first entries; a few hundred headers are plenty
            for (ZipEntry e; (e = zip.getNextEntry()) != null && looked++ < 200; ) {
                if (e.getName().equals("[Content_Types].xml")) {
                    return false;
                }
            }
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The files in the archive (folders, macOS resource forks and hidden files left out), at most as many
     * and as large as the budget allows; what went over it is named in {@link Unpacked#refusal()}.
     */
    static Unpacked unpack(byte[] bytes, long maxEntryBytes, Budget budget) {
        List<Entry> files = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String refusal = budget.entry();
                if (refusal != null) {
                    return new Unpacked(files, refusal);
                }
                String name = e.getName();
                String base = name.substring(name.lastIndexOf('/') + 1);
                if (e.isDirectory() || name.startsWith("__MACOSX/") || base.startsWith(".") || base.isEmpty()) {
                    continue;
                }
                refusal = budget.file();
                if (refusal != null) {
                    return new Unpacked(files, refusal);
                }
                // one byte over the file limit is enough for the reader to reject it as TOO_LARGE
                long allowed = Math.min(maxEntryBytes + 1, budget.bytesLeft() + 1);
                byte[] content = zip.readNBytes((int) Math.min(allowed, Integer.MAX_VALUE - 8));
                refusal = budget.bytes(content.length);
                if (refusal != null) {
                    return new Unpacked(files, refusal);
                }
                files.add(new Entry(base, content));
            }
        } catch (IOException | IllegalArgumentException e) {
            return new Unpacked(files, "the archive cannot be unpacked (" + (e.getMessage() == null ? "damaged"
                    : e.getMessage()) + ")");
        }
        return new Unpacked(files, null);
    }

    /** Receives one workbook of an archive walked by {@link #walk}. */
    @FunctionalInterface
    interface EntryHandler {
        void take(String name, byte[] bytes);
    }

    /**
     * Walks a zip as a stream (for the batch path: the archive is on disk, not in memory) under the same rules as
     * {@link #unpack}: every entry counts against the budget, the bytes are counted while inflating, a file over
     * {@code maxEntryBytes} is handed on with one byte too many (the reader rejects it as TOO_LARGE). With a null
     * handler nothing is kept: the walk only checks that the whole archive is within the budget.
     *
     * @return null when the whole archive was within the budget, else the refusal
     */
    static String walk(InputStream in, long maxEntryBytes, Budget budget, EntryHandler handler) {
        byte[] skip = handler == null ? new byte[64 * 1024] : null;
        // one buffer for the walk, each file then copied out at its size: readNBytes collected 8 KB pieces and copied
        // them into a new array, three times a file's bytes allocated (issue 18)
        byte[] buffer = handler == null ? null : new byte[1 << 20];
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String refusal = budget.entry();
                if (refusal != null) {
                    return refusal;
                }
                String name = e.getName();
                String base = name.substring(name.lastIndexOf('/') + 1);
                if (e.isDirectory() || name.startsWith("__MACOSX/") || base.startsWith(".") || base.isEmpty()) {
                    continue;
                }
                refusal = budget.file();
                if (refusal != null) {
                    return refusal;
                }
                long allowed = Math.min(maxEntryBytes + 1, budget.bytesLeft() + 1);
                long size;
                byte[] content = null;
                if (handler == null) {
                    size = 0;
                    for (int n; size < allowed && (n = zip.read(skip, 0, (int) Math.min(skip.length, allowed - size))) > 0; ) {
                        size += n;
                    }
                } else {
                    int max = (int) Math.min(allowed, Integer.MAX_VALUE - 8);
                    int n = 0;
                    for (int r; n < max; n += r) {
                        if (n == buffer.length) {
                            buffer = Arrays.copyOf(buffer, (int) Math.min(max, 2L * buffer.length));
                        }
                        if ((r = zip.read(buffer, n, Math.min(buffer.length, max) - n)) < 0) {
                            break;
                        }
                    }
                    content = Arrays.copyOf(buffer, n);
                    size = n;
                }
                refusal = budget.bytes(size);
                if (refusal != null) {
                    return refusal;
                }
                if (handler != null) {
                    handler.take(base, content);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return "the archive cannot be unpacked (" + (e.getMessage() == null ? "damaged" : e.getMessage()) + ")";
        }
        return null;
    }

    /** Reads at most {@code max} bytes. */
    static byte[] readAtMost(InputStream in, long max) throws IOException {
        return in.readNBytes((int) Math.min(max, Integer.MAX_VALUE - 8));
    }
}
