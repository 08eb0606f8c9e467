package org.oretrace.intake.infrastructure;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oretrace.intake.domain.RejectionCode;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.intake.testing.HostileFiles;
import org.oretrace.intake.testing.HostileFiles.Attack;
import org.oretrace.intake.testing.Repackage;
import org.oretrace.kernel.Metal;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The attacks of issue 15 on the reader (each failed before the reading limits: it took seconds to minutes,
 * or was read as if genuine): every one is refused with its code and a message naming what was too much, in
 * well under the time a genuine file takes to be read on a busy machine; and a genuine file read right after
 * by the same reader gives the same reading as before.
 */
class CmrtReaderLimitsTest {

    /** Generous for a shared 2-core machine; the benchmark shows the real figures (milliseconds). */
    private static final Duration QUICKLY = Duration.ofSeconds(2);

    private static byte[] good;

    private final CmrtReader reader = new CmrtReader();

    @BeforeAll
    static void goodFile() {
        good = CmrtFile.of("6.5").declare(Metal.GOLD).smeltersById("Tin", 20).smeltersById("Gold", 10)
                .product("P-1", "Gear").toBytes();
        new CmrtReader().read(good, "warm-up.xlsx");
    }

    @Test
    void hugeNumbersAreRefusedBeforeAnyNumberIsBuilt() {
        assertRefused(HostileFiles.hugeNumbers(good), "Cell A5", "more than an Excel cell can hold (32,767)");
        assertRefused(HostileFiles.longNumbers(good), "Cell A5", "number written with 5,000 characters");
    }

    @Test
    void aLongSharedStringIsRefusedAtItsFirstReference() {
        assertRefused(HostileFiles.hugeSharedString(good), "Shared string", "32,767");
    }

    @Test
    void aSharedStringReferencedFromManyCellsCountsAtEveryReference() {
        assertRefused(HostileFiles.stringAmplification(good), "10,000,000 characters in all");
    }

    @Test
    void richTextRunsAreJoinedInLinearTimeAndCapped() {
        assertRefused(HostileFiles.richTextRuns(good), "Cell B5", "32,767");
        // within the cap: read, the runs joined in order
        byte[] runs = smelterListWith(good, "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>CID</t></is></c>"
                + "<c r=\"B5\" t=\"inlineStr\"><is>" + "<r><t>ab</t></r>".repeat(15_000) + "</is></c></row>");
        CmrtReading reading = assertTimeoutPreemptively(QUICKLY, () -> reader.read(runs, "runs.xlsx"));
        assertThat(reading.isRejected()).isFalse();
        assertThat(reading.content().smelters()).singleElement()
                .satisfies(row -> assertThat(row.getMetal()).startsWith("ababab"));
    }

    @Test
    void aSmelterListOfTwoHundredThousandRowsIsRefusedAtTheFirstRowPastTheLimit() {
        assertRefused(HostileFiles.manySmelterRows(good, 200_000), "'Smelter List' sheet has more than 10,000");
        // the limit is configurable, and a list at it is read
        CmrtReader small = new CmrtReader(CmrtReader.DEFAULT_MAX_BYTES, ReadingLimits.defaults().withRows(50, 50));
        assertThat(small.read(HostileFiles.manySmelterRows(good, 50).file(), "50.xlsx").content().smelters()).hasSize(50);
        assertThat(small.read(HostileFiles.manySmelterRows(good, 51).file(), "51.xlsx").rejection().code())
                .isEqualTo(RejectionCode.TOO_MANY_ROWS);
    }

    @Test
    void aPackageOfFiftyThousandEntriesIsRefusedBeforeItsDirectoryIsParsed() {
        assertRefused(HostileFiles.zipEntries(good, 50_000), "more than 2,000 entries");
    }

    @Test
    void deepNestingIsRefused() {
        assertRefused(HostileFiles.deepNesting(good), "more than 64 deep");
    }

    @Test
    void partsAndTheirTotalHaveLimitsBesidesTheRatio() {
        ReadingLimits d = ReadingLimits.defaults();
        CmrtReader smallParts = new CmrtReader(CmrtReader.DEFAULT_MAX_BYTES, new ReadingLimits(d.maxCellChars(),
                d.maxNumberChars(), d.maxTextChars(), d.maxSmelterRows(), d.maxProductRows(), d.maxZipEntries(),
                1024 * 1024, d.maxInflatedBytes(), d.maxXmlDepth(), d.readTimeout()));
        CmrtReading part = smallParts.read(good, "good.xlsx");
        assertThat(part.rejection().code()).isEqualTo(RejectionCode.UNSAFE_FILE);
        assertThat(part.rejection().message()).contains("Zip bomb", "1,048,576 bytes");

        CmrtReader smallTotal = new CmrtReader(CmrtReader.DEFAULT_MAX_BYTES, new ReadingLimits(d.maxCellChars(),
                d.maxNumberChars(), d.maxTextChars(), d.maxSmelterRows(), d.maxProductRows(), d.maxZipEntries(),
                d.maxPartBytes(), 2 * 1024 * 1024, d.maxXmlDepth(), d.readTimeout()));
        CmrtReading total = smallTotal.read(good, "good.xlsx");
        assertThat(total.rejection().code()).isEqualTo(RejectionCode.UNSAFE_FILE);
        assertThat(total.rejection().message()).contains("in all");
    }

    @Test
    void aReadPastItsDeadlineIsStoppedAndReported() {
        CmrtReader hurried = new CmrtReader(CmrtReader.DEFAULT_MAX_BYTES,
                ReadingLimits.defaults().withReadTimeout(Duration.ofNanos(1)));
        CmrtReading reading = hurried.read(good, "good.xlsx");
        assertThat(reading.rejection().code()).isEqualTo(RejectionCode.READ_TIMEOUT);
        assertThat(reading.rejection().message()).contains("longer than 0 seconds", "was stopped");
    }

    @Test
    void aGenuineFileIsReadNormallyRightAfterEveryAttack() {
        CmrtReading before = reader.read(good, "good.xlsx");
        assertThat(before.isRejected()).isFalse();
        for (Attack attack : HostileFiles.all(good).values()) {
            assertThat(reader.read(attack.file(), "hostile.xlsx").rejection().code()).as(attack.name())
                    .isEqualTo(attack.expected());
            assertThat(reader.read(good, "good.xlsx")).as("after " + attack.name()).usingRecursiveComparison()
                    .isEqualTo(before);
        }
    }

    private void assertRefused(Attack attack, String... messageParts) {
        CmrtReading reading = assertTimeoutPreemptively(QUICKLY, () -> reader.read(attack.file(), "hostile.xlsx"),
                attack.name());
        assertThat(reading.isRejected()).as(attack.name()).isTrue();
        assertThat(reading.rejection().code()).as(attack.name()).isEqualTo(attack.expected());
        assertThat(reading.rejection().message()).as(attack.name()).contains(messageParts);
        assertThat(attack.file().length).as(attack.name() + ": an attack under 8 MB").isLessThan(8 * 1024 * 1024);
    }

    private static byte[] smelterListWith(byte[] file, String rows) {
        Map<String, byte[]> entries = Repackage.entries(file);
        String part = HostileFiles.sheetPart(entries, "Smelter List");
        String xml = Repackage.text(entries.get(part));
        xml = xml.replaceFirst("(?s)<sheetData>.*</sheetData>", java.util.regex.Matcher.quoteReplacement(
                "<sheetData>" + rows + "</sheetData>"));
        entries.put(part, xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Repackage.zip(entries);
    }
}
