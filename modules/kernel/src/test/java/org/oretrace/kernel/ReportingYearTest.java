package org.oretrace.kernel;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportingYearTest {

    @Test
    void theYearInProgressIsTheOneWhoseFormSdIsDueNext() {
        assertThat(ReportingYear.inProgressOn(LocalDate.of(2024, 1, 15))).isEqualTo(ReportingYear.of(2023));
        assertThat(ReportingYear.inProgressOn(LocalDate.of(2024, 5, 31))).isEqualTo(ReportingYear.of(2023));
        assertThat(ReportingYear.inProgressOn(LocalDate.of(2024, 6, 1))).isEqualTo(ReportingYear.of(2024));
        assertThat(ReportingYear.of(2023).filingDueDate()).isEqualTo(LocalDate.of(2024, 5, 31));
    }

    @Test
    void metalsAreReadFromTheTemplatesEnglishNames() {
        assertThat(Metal.fromText(" tungsten ")).contains(Metal.TUNGSTEN);
        assertThat(Metal.fromText("Gold")).contains(Metal.GOLD);
        assertThat(Metal.fromText("Smelter not listed")).isEmpty();
        assertThat(Metal.GOLD.isConflictMineral()).isTrue();
        assertThat(Metal.COBALT.isConflictMineral()).isFalse();
    }

    @Test
    void implausibleYearsAreRefused() {
        assertThatThrownBy(() -> ReportingYear.of(1999)).isInstanceOf(BusinessRuleException.class);
    }
}
