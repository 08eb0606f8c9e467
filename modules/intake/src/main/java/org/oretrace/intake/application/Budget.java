package org.oretrace.intake.application;

/**
 * What one upload or one mail may still cost while it is unpacked and stored: archive entries looked
 * at, files kept and bytes kept. Each check answers null while within the budget, else the reason
 * (for a person) why the rest is refused. Not thread-safe: one budget per request or message.
 */
public final class Budget {

    private final int maxEntries;
    private final int maxFiles;
    private final long maxBytes;
    private final String bytesLimit;
    private final String filesLimit;
    private String entriesLimit = "archive entries (oretrace.intake.max-archive-entries)";
    private int entries;
    private int files;
    private long bytes;

    /**
     * @param filesLimit what the file limit is, for the refusal ("files per mail (oretrace.mailbox.max-files-per-message)")
     * @param bytesLimit what the byte limit is, for the refusal ("100 MB stored per message (...)")
     */
    public Budget(int maxEntries, int maxFiles, String filesLimit, long maxBytes, String bytesLimit) {
        this.maxEntries = maxEntries;
        this.maxFiles = maxFiles;
        this.maxBytes = Math.max(0, maxBytes);
        this.bytesLimit = bytesLimit;
        this.filesLimit = filesLimit;
    }

    /** Names the entry limit in refusals, e.g. "archive entries (oretrace.intake.max-batch-entries)". */
    Budget entriesLimit(String text) {
        this.entriesLimit = text;
        return this;
    }

    /** One more archive entry looked at (folders and hidden files count too). */
    String entry() {
        return ++entries > maxEntries ? "more than " + maxEntries + " " + entriesLimit : null;
    }

    /** One more file kept. */
    String file() {
        return files + 1 > maxFiles ? "more than " + maxFiles + " " + filesLimit : countFile();
    }

    private String countFile() {
        files++;
        return null;
    }

    /** Bytes of a file about to be kept. */
    String bytes(long size) {
        if (bytes + size > maxBytes) {
            files--;
            return "more than " + bytesLimit;
        }
        bytes += size;
        return null;
    }

    /** Gives back what a refused archive had taken: none of its files is kept. */
    void release(int releasedFiles, long releasedBytes) {
        files -= releasedFiles;
        bytes -= releasedBytes;
    }

    long bytesLeft() {
        return maxBytes - bytes;
    }

    public int files() {
        return files;
    }

    public long bytesKept() {
        return bytes;
    }

    static String megabytes(long bytes) {
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MB" : bytes + " bytes";
    }
}
