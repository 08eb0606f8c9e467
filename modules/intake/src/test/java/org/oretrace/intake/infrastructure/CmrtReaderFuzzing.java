package org.oretrace.intake.infrastructure;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The reader's fuzz test for a real budget (15 minutes), only in the {@code fuzz} profile (the name keeps it out
 * of the default build): {@code nice -n 10 ./mvnw -B -pl modules/intake -am test -Pfuzz
 * -Dtest=CmrtReaderFuzzing -Dsurefire.failIfNoSpecifiedTests=false}. What it found is in the intake README (Fuzzing).
 */
class CmrtReaderFuzzing {

    @FuzzTest(maxDuration = "15m")
    void readerNeverFailsNorIsSlow(FuzzedDataProvider data) {
        ReaderFuzzing.readOnce(data);
    }
}
