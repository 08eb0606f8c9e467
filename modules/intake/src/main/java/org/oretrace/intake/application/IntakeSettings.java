package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oretrace.intake.infrastructure.CmrtReader;
import org.oretrace.intake.infrastructure.ReadingLimits;

import java.time.Duration;

import java.util.Optional;

/** Intake's configuration (MicroProfile Config, keys oretrace.intake.*). */
@ApplicationScoped
public class IntakeSettings {

    @Inject
    @ConfigProperty(name = "oretrace.intake.max-file-bytes", defaultValue = "26214400")
    long maxFileBytes;

    @Inject
    @ConfigProperty(name = "oretrace.intake.max-archive-entries", defaultValue = "200")
    int maxArchiveEntries;

    @Inject
    @ConfigProperty(name = "oretrace.intake.max-archive-bytes", defaultValue = "104857600")
    long maxArchiveBytes;

    @Inject
    @ConfigProperty(name = "oretrace.intake.max-upload-bytes", defaultValue = "104857600")
    long maxUploadBytes;

    @Inject
    @ConfigProperty(name = "oretrace.intake.max-batch-entries", defaultValue = "1000")
    int maxBatchEntries;

    @Inject
    @ConfigProperty(name = "oretrace.intake.max-batch-bytes", defaultValue = "1073741824")
    long maxBatchBytes;

    @Inject
    @ConfigProperty(name = "oretrace.intake.batch-readers", defaultValue = "2")
    int batchReaders;

    /** 0: as the database suggests, see {@link #batchStoringLanes()}. */
    @Inject
    @ConfigProperty(name = "oretrace.intake.batch-storing-lanes", defaultValue = "0")
    int batchStoringLanes;

    @Inject
    @ConfigProperty(name = "oretrace.db.url", defaultValue = "")
    String databaseUrl;

    /** The CMRT revision asked for when a campaign does not say; older files get OUTDATED_TEMPLATE. */
    @Inject
    @ConfigProperty(name = "oretrace.intake.expected-template-version")
    Optional<String> expectedTemplateVersion;

    // What reading one file may cost (see ReadingLimits; the intake README lists them under "Limits")
    @Inject
    @ConfigProperty(name = "oretrace.intake.max-cell-chars", defaultValue = "32767")
    int maxCellChars;

    @Inject
    @ConfigProperty(name = "oretrace.intake.max-number-chars", defaultValue = "100")
    int maxNumberChars;

    @Inject
    @ConfigProperty(name = "oretrace.intake.max-text-chars", defaultValue = "10000000")
    long maxTextChars;

    @Inject
    @ConfigProperty(name = "oretrace.intake.max-smelter-rows", defaultValue = "10000")
    int maxSmelterRows;

    @Inject
    @ConfigProperty(name = "oretrace.intake.max-product-rows", defaultValue = "10000")
    int maxProductRows;

    /** Smelter rows of one declaration nobody could identify that may go to the registry's review queue. */
    @Inject
    @ConfigProperty(name = "oretrace.intake.max-review-rows", defaultValue = "1000")
    int maxReviewRows;

    @Inject
    @ConfigProperty(name = "oretrace.intake.max-zip-entries", defaultValue = "2000")
    int maxZipEntries;

    @Inject
    @ConfigProperty(name = "oretrace.intake.max-part-bytes", defaultValue = "67108864")
    long maxPartBytes;

    @Inject
    @ConfigProperty(name = "oretrace.intake.max-inflated-bytes", defaultValue = "167772160")
    long maxInflatedBytes;

    @Inject
    @ConfigProperty(name = "oretrace.intake.max-xml-depth", defaultValue = "64")
    int maxXmlDepth;

    @Inject
    @ConfigProperty(name = "oretrace.intake.read-timeout-seconds", defaultValue = "20")
    int readTimeoutSeconds;

    private volatile CmrtReader reader;

    public CmrtReader reader() {
        CmrtReader current = reader;
        if (current == null) {
            current = new CmrtReader(maxFileBytes, new ReadingLimits(maxCellChars, maxNumberChars, maxTextChars,
                    maxSmelterRows, maxProductRows, maxZipEntries, maxPartBytes, maxInflatedBytes, maxXmlDepth,
                    Duration.ofSeconds(readTimeoutSeconds)));
            reader = current;
        }
        return current;
    }

    public int maxReviewRows() {
        return maxReviewRows;
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** Entries looked at in one zip archive (one mail's archives together), folders included. */
    public int maxArchiveEntries() {
        return Math.max(1, maxArchiveEntries);
    }

    /** Bytes one zip archive (one mail's files together) may unpack to. */
    public long maxArchiveBytes() {
        return Math.max(1, maxArchiveBytes);
    }

    /** The largest upload (one file or archive) read from a request; beyond it: refused, 413 for the API. */
    public long maxUploadBytes() {
        return Math.max(1, maxUploadBytes);
    }

    public String expectedTemplateVersion() {
        return expectedTemplateVersion.filter(v -> !v.isBlank()).orElse(null);
    }

    /** Entries of one zip sent to the batch path (folders included). */
    public int maxBatchEntries() {
        return Math.max(1, maxBatchEntries);
    }

    /** Bytes of one zip sent to the batch path, and bytes it may unpack to; beyond: refused whole, 413 for the upload. */
    public long maxBatchBytes() {
        return Math.max(1, maxBatchBytes);
    }

    /** Threads that read a batch's files on this node (the timer queue reads what they leave). */
    public int batchReaders() {
        return Math.max(1, batchReaders);
    }

    /**
     * A batch's workbooks stored at once ({@link StoringLanes}). Unless set: two on a database server, whose writes
     * run in its own processes while ours wait (PostgreSQL, zip of 500 on a warm server: the answer after 12.7–13.4 s
     * with two, 15.5 s with one), one on the embedded H2, whose writes take the server's own CPU (two gained nothing
     * there: 11.3–11.6 s against 9.5–9.7 s); see the intake README, *Sixth session*.
     */
    public int batchStoringLanes() {
        if (batchStoringLanes > 0) {
            return batchStoringLanes;
        }
        return databaseUrl != null && databaseUrl.startsWith("jdbc:h2:") ? 1 : 2;
    }
}
