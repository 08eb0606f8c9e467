package org.oretrace.intake.infrastructure;

import java.time.Duration;

/**
 * What reading one file may cost, whatever its bytes describe. Every limit is checked while reading,
 * before the cost is paid, and far above what a genuine CMRT needs (a full one has ~2,500 prepared rows,
 * ~40 zip entries and ~10 MB of XML). Configured by intake's settings (keys {@code oretrace.intake.*}).
 *
 * @param maxCellChars     characters of one cell value or shared string (Excel's own limit is 32,767)
 * @param maxNumberChars   characters of one number as stored (Excel writes at most ~24: "-1.2345678901234567E-308")
 * @param maxTextChars     characters materialized from the wanted cells of a workbook (shared strings counted at
 *                         every reference, inline strings, numbers)
 * @param maxSmelterRows   filled rows of the Smelter List
 * @param maxProductRows   filled rows of the Product List
 * @param maxZipEntries    entries in the package
 * @param maxPartBytes     inflated bytes of one part
 * @param maxInflatedBytes inflated bytes of all the parts read
 * @param maxXmlDepth      element nesting in a part
 * @param readTimeout      time a read may take before it is stopped
 */
public record ReadingLimits(int maxCellChars, int maxNumberChars, long maxTextChars, int maxSmelterRows,
                            int maxProductRows, int maxZipEntries, long maxPartBytes, long maxInflatedBytes,
                            int maxXmlDepth, Duration readTimeout) {

    public static final int MAX_CELL_CHARS = 32_767;
    public static final int MAX_NUMBER_CHARS = 100;
    public static final long MAX_TEXT_CHARS = 10_000_000;
    public static final int MAX_SMELTER_ROWS = 10_000;
    public static final int MAX_PRODUCT_ROWS = 10_000;
    public static final int MAX_ZIP_ENTRIES = 2_000;
    public static final long MAX_PART_BYTES = 64L * 1024 * 1024;
    public static final long MAX_INFLATED_BYTES = 160L * 1024 * 1024;
    public static final int MAX_XML_DEPTH = 64;
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(20);

    public ReadingLimits {
        if (maxCellChars < 1 || maxNumberChars < 1 || maxTextChars < 1 || maxSmelterRows < 1 || maxProductRows < 1
                || maxZipEntries < 1 || maxPartBytes < 1 || maxInflatedBytes < 1 || maxXmlDepth < 8
                || readTimeout == null || readTimeout.isNegative()) {
            throw new IllegalArgumentException("Reading limits must be positive (XML depth at least 8): " + this);
        }
    }

    public static ReadingLimits defaults() {
        return new ReadingLimits(MAX_CELL_CHARS, MAX_NUMBER_CHARS, MAX_TEXT_CHARS, MAX_SMELTER_ROWS, MAX_PRODUCT_ROWS,
                MAX_ZIP_ENTRIES, MAX_PART_BYTES, MAX_INFLATED_BYTES, MAX_XML_DEPTH, READ_TIMEOUT);
    }

    public ReadingLimits withReadTimeout(Duration timeout) {
        return new ReadingLimits(maxCellChars, maxNumberChars, maxTextChars, maxSmelterRows, maxProductRows,
                maxZipEntries, maxPartBytes, maxInflatedBytes, maxXmlDepth, timeout);
    }

    public ReadingLimits withRows(int smelterRows, int productRows) {
        return new ReadingLimits(maxCellChars, maxNumberChars, maxTextChars, smelterRows, productRows,
                maxZipEntries, maxPartBytes, maxInflatedBytes, maxXmlDepth, readTimeout);
    }
}
