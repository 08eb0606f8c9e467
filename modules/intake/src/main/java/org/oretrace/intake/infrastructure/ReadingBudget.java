package org.oretrace.intake.infrastructure;

import org.oretrace.intake.domain.RejectionCode;

import java.util.Locale;

/**
 * The costs of reading one file, counted against its {@link ReadingLimits} while reading: characters
 * materialized, bytes inflated, time. Not thread-safe; one per read.
 */
final class ReadingBudget {

    private static final String SAVE_AGAIN = " A genuine CMRT never does; please save the CMRT again from Excel and send "
            + "that copy.";

    private final ReadingLimits limits;
    private final long deadline;
    private long textChars;
    private long inflatedBytes;

    ReadingBudget(ReadingLimits limits) {
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.readTimeout().toNanos();
    }

    /** A budget nobody sets up (the cell view, tests): the default limits. */
    static ReadingBudget standard() {
        return new ReadingBudget(ReadingLimits.defaults());
    }

    ReadingLimits limits() {
        return limits;
    }

    /** Stops a read that runs past its deadline. Cheap enough to call every few thousand steps. */
    void checkTime() {
        if (System.nanoTime() - deadline > 0) {
            throw new ReadingLimitExceeded(RejectionCode.READ_TIMEOUT, String.format(Locale.ROOT, "Reading the file "
                    + "took longer than %d seconds and was stopped. A completed CMRT is read in well under a second; "
                    + "please save the CMRT again from Excel and send that copy.", limits.readTimeout().toSeconds()));
        }
    }

    /** A cell value or shared string of {@code length} characters so far, at {@code where}. */
    void checkCell(long length, String where) {
        if (length > limits.maxCellChars()) {
            throw unsafe(String.format(Locale.ROOT, "%s holds at least %,d characters, more than an Excel cell can "
                    + "hold (%,d).", where, length, limits.maxCellChars()));
        }
    }

    /** A number as stored: refused before any number is built from it (parsing is not linear in its digits). */
    void checkNumber(int length, String where) {
        if (length > limits.maxNumberChars()) {
            throw unsafe(String.format(Locale.ROOT, "%s holds a number written with %,d characters; Excel writes "
                    + "numbers with at most %d.", where, length, limits.maxNumberChars()));
        }
    }

    /** Characters handed to the reader from a wanted cell; a shared string counts at each reference. */
    void spendText(int chars) {
        textChars += chars;
        if (textChars > limits.maxTextChars()) {
            throw unsafe(String.format(Locale.ROOT, "The cells we read hold more than %,d characters in all (the "
                    + "same long text repeated in many cells counts each time).", limits.maxTextChars()));
        }
    }

    /** Bytes inflated from the package, across all parts. */
    void spendInflated(long bytes, String part) {
        inflatedBytes += bytes;
        if (inflatedBytes > limits.maxInflatedBytes()) {
            throw unsafe(String.format(Locale.ROOT, "Zip bomb detected: the parts read expand beyond the max allowed "
                    + "size of %,d bytes in all (at %s).", limits.maxInflatedBytes(), part));
        }
    }

    void checkDepth(int depth) {
        if (depth > limits.maxXmlDepth()) {
            throw unsafe("A workbook part nests its elements more than " + limits.maxXmlDepth() + " deep.");
        }
    }

    static ReadingLimitExceeded unsafe(String why) {
        return new ReadingLimitExceeded(RejectionCode.UNSAFE_FILE, "The file was refused for safety: " + why
                + SAVE_AGAIN);
    }
}
