package org.oretrace.intake.infrastructure;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The reader's fuzz test as a short smoke in every build (25 s of coverage-guided fuzzing, see
 * {@link ReaderFuzzing}); the long run is {@link CmrtReaderFuzzing} in the {@code fuzz} profile.
 */
class CmrtReaderFuzzTest {

    @FuzzTest(maxDuration = "25s")
    void readerNeverFailsNorIsSlow(FuzzedDataProvider data) {
        ReaderFuzzing.readOnce(data);
    }
}
