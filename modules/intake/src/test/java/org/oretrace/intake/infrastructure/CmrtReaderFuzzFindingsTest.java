package org.oretrace.intake.infrastructure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oretrace.intake.testing.Repackage;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * What the reader's fuzzing found, replayed in plain Java (no Jazzer agent, see {@link ReplayedInput}); the same
 * inputs lie in the fuzz tests' input folders (src/test/resources/.../CmrtReaderFuzz*Inputs), where Jazzer replays
 * them through its own driver at the start of every fuzzing run. Inputs are named by their base64.
 *
 * <p>{@code AADy} and {@code LmDy}, the two "slow inputs" of the first fuzz run (2026-12-06, 2.4 s of CPU under a
 * load of 30-43 while Jazzer instrumented the classes on that path for the first time): both make no edit at all
 * (the first chooses zero edits; the second one edit of {@code _rels/.rels} that cuts nothing and inserts nothing,
 * because the input is used up), so they stand for the unedited template. They are read quickly and exactly as the
 * template: the slowness was the instrumentation, not the reader.
 */
class CmrtReaderFuzzFindingsTest {

    @ParameterizedTest
    @ValueSource(strings = {"AADy", "LmDy"})
    void theSlowInputsOfTheFirstRunAreTheUneditedTemplateAndReadQuickly(String base64) {
        byte[] file = ReaderFuzzing.fileFor(ReplayedInput.of(Base64.getDecoder().decode(base64)));
        Map<String, byte[]> entries = Repackage.entries(file);
        Map<String, byte[]> template = ReaderFuzzing.templateParts();
        assertThat(entries.keySet()).containsExactlyInAnyOrderElementsOf(template.keySet());
        template.forEach((name, bytes) -> assertThat(entries.get(name)).as(name).isEqualTo(bytes));

        CmrtReading reading = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> ReaderFuzzing.check(file));
        assertThat(reading.isRejected()).as(String.valueOf(reading)).isFalse();
    }
}
