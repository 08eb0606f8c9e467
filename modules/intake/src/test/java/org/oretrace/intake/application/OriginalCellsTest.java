package org.oretrace.intake.application;

import org.junit.jupiter.api.Test;
import org.oretrace.intake.infrastructure.SheetExcerpt;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.intake.testing.HostileFiles;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Metal;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The cell view reads the stored original within the configured reading limits (the reader's, from
 * {@link IntakeSettings}), not limits of its own: a hostile original cannot make it expensive.
 */
class OriginalCellsTest {

    private static final String COMPANY = "Configured Limits Metals Incorporated";
    private static final byte[] GOOD = CmrtFile.of("6.5").set("D8", COMPANY).declare(Metal.GOLD)
            .smeltersById("Tin", 5).toBytes();

    @Test
    void theConfiguredCellLimitAppliesToTheCellView() {
        assertThat(cells(settings()).around(GOOD, "Declaration", "D8").value().text()).isEqualTo(COMPANY);

        IntakeSettings strict = settings();
        strict.maxCellChars = 20;
        assertThatThrownBy(() -> cells(strict).around(GOOD, "Declaration", "D8"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("reading limit (UNSAFE_FILE)")
                .hasMessageContaining("more than an Excel cell can hold (20)");
    }

    @Test
    void theConfiguredDeadlineAndFileSizeApplyToTheCellView() {
        IntakeSettings noTime = settings();
        noTime.readTimeoutSeconds = 0;
        assertThatThrownBy(() -> cells(noTime).around(GOOD, "Smelter List", "D6"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("READ_TIMEOUT");

        IntakeSettings small = settings();
        small.maxFileBytes = GOOD.length - 1;
        assertThatThrownBy(() -> cells(small).around(GOOD, "Declaration", "D8"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("oretrace.intake.max-file-bytes");
    }

    @Test
    void everyHostileOriginalIsAnsweredQuicklyByTheCellView() {
        OriginalCells cells = cells(settings());
        for (HostileFiles.Attack attack : HostileFiles.all(GOOD).values()) {
            assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
                try {
                    SheetExcerpt shown = cells.around(attack.file(), "Smelter List", "B6");
                    assertThat(shown.rows()).as(attack.name()).hasSizeLessThanOrEqualTo(2 * SheetExcerpt.ROWS_AROUND + 1);
                } catch (BusinessRuleException refused) {
                    assertThat(refused.getMessage()).as(attack.name()).startsWith("The original workbook cannot be shown");
                }
            }, attack.name());
        }
        assertThatThrownBy(() -> cells.around(HostileFiles.hugeNumbers(GOOD).file(), "Smelter List", "A6"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("UNSAFE_FILE")
                .hasMessageContaining("Cell A5 holds at least 400,001 characters");
    }

    private static OriginalCells cells(IntakeSettings settings) {
        OriginalCells cells = new OriginalCells();
        cells.settings = settings;
        return cells;
    }

    /** Intake's settings at their documented defaults (what MicroProfile Config gives without configuration). */
    static IntakeSettings settings() {
        IntakeSettings s = new IntakeSettings();
        s.maxFileBytes = 26_214_400;
        s.maxCellChars = 32_767;
        s.maxNumberChars = 100;
        s.maxTextChars = 10_000_000;
        s.maxSmelterRows = 10_000;
        s.maxProductRows = 10_000;
        s.maxReviewRows = 1_000;
        s.maxZipEntries = 2_000;
        s.maxPartBytes = 67_108_864;
        s.maxInflatedBytes = 167_772_160;
        s.maxXmlDepth = 64;
        s.readTimeoutSeconds = 20;
        return s;
    }
}
