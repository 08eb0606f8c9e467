package org.oretrace.filing.domain;

import org.junit.jupiter.api.Test;
import org.oretrace.filing.testing.Narratives;
import org.oretrace.filing.testing.Registrants;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.ReportingYear;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The filing's own checks of what a person types (issue 17: the rule lives here, the screen only shows its refusal next
 * to the field): a Commission file number is "001-35456"-shaped or empty; a period ends on or after its first day.
 */
class CoverPageRulesTest {

    private static final Instant NOW = Instant.parse("2024-05-20T10:00:00Z");
    private final Filing filing = Filing.start(ReportingYear.of(2023), Narratives.filledIn(), Registrants.allison(), NOW, "alice");

    @Test
    void aCommissionFileNumberIsThreeDigitsAHyphenAndFourToSixDigitsOrEmpty() {
        for (String good : new String[]{"001-35456", "333-1234", " 001-123456 ", "", null}) {
            Registrant r = Registrants.allison();
            r.setCommissionFileNumber(good);
            filing.changeRegistrant(r, NOW);
            // stored as the cover page prints it: without surrounding blanks, empty as nothing
            assertThat(filing.getRegistrant().getCommissionFileNumber()).isEqualTo(good == null || good.isBlank() ? null : good.strip());
        }
        for (String bad : new String[]{"35456", "001-123", "001-1234567", "0013-5456", "001 35456", "abc-defg"}) {
            Registrant r = Registrants.allison();
            r.setCommissionFileNumber(bad);
            assertThatThrownBy(() -> filing.changeRegistrant(r, NOW)).isInstanceOf(BusinessRuleException.class)
                    .hasMessageStartingWith("A Commission file number looks like 001-35456")
                    .hasMessageContaining("not " + bad.strip()).hasMessageEndingWith("or leave it empty");
        }
        assertThat(filing.getRegistrant().getCommissionFileNumber()).isNull();
    }

    @Test
    void aPeriodEndsOnOrAfterItsFirstDayAndSaysWhatToChoose() {
        assertThatThrownBy(() -> filing.changePeriod(LocalDate.of(2023, 12, 31), LocalDate.of(2023, 1, 1), NOW))
                .hasMessage("The reporting period must end on or after its first day: choose an end on or after 2023-12-31"
                        + " (normally December 31)");
        assertThatThrownBy(() -> filing.changePeriod(LocalDate.of(2023, 1, 1), null, NOW))
                .hasMessageStartingWith("The reporting period needs its first and its last day: choose both dates");
        filing.changePeriod(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 1), NOW);
        assertThat(filing.getPeriodEnd()).isEqualTo(LocalDate.of(2023, 1, 1));
    }
}
