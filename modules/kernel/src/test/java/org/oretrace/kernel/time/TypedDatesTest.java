package org.oretrace.kernel.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TypedDatesTest {

    private static final LocalDate MARCH_15 = LocalDate.of(2024, 3, 15);

    @Test
    void readsTheWaysSuppliersTypeADateIntoACmrtOrAnExport() {
        for (String typed : new String[]{"2024-03-15", "2024/3/15", "2024.03.15", "15-Mar-2024", "15-mar-24", "15 Mar 2024",
                "15 March 2024", "Mar 15, 2024", "March 15, 2024", "March  15 2024", "15.03.2024", "03/15/2024", "15/03/2024",
                "20240315", "2024-03-15T00:00:00", " 2024-03-15 "}) {
            assertThat(TypedDates.parse(typed)).as(typed).contains(MARCH_15);
        }
        assertThat(TypedDates.parse("03/04/2024")).as("the US template's month/day").contains(LocalDate.of(2024, 3, 4));
    }

    @Test
    void refusesDatesThatDoNotExistInsteadOfMovingThemToTheNearestDay() {
        assertThat(TypedDates.parse("2024-02-30")).isEmpty();
        assertThat(TypedDates.parse("2023-02-29")).isEmpty();
        assertThat(TypedDates.parse("30-Feb-2024")).isEmpty();
        assertThat(TypedDates.parse("February 30, 2024")).isEmpty();
        assertThat(TypedDates.parse("31.04.2024")).isEmpty();
        assertThat(TypedDates.parse("02/30/2024")).isEmpty();
        assertThat(TypedDates.parse("20230229")).isEmpty();
        assertThat(TypedDates.parse("2024-13-01")).isEmpty();
        assertThat(TypedDates.parse("2024-02-29")).contains(LocalDate.of(2024, 2, 29));
    }

    @Test
    void refusesTextThatIsNoDate() {
        assertThat(TypedDates.parse(null)).isEmpty();
        assertThat(TypedDates.parse("  ")).isEmpty();
        assertThat(TypedDates.parse("soon")).isEmpty();
        assertThat(TypedDates.parse("Q1 2024")).isEmpty();
        assertThat(TypedDates.parse("3/15/24")).isEmpty();
        assertThat(TypedDates.parseOrNull("2024-02-30")).isNull();
    }

    @Test
    void readsExcelSerialDaysOfThe1900DateSystem() {
        assertThat(TypedDates.excelSerial(45366)).contains(MARCH_15);
        assertThat(TypedDates.excelSerial(45366.75)).as("time of day dropped").contains(MARCH_15);
        assertThat(TypedDates.excelSerial(1)).contains(LocalDate.of(1900, 1, 1));
        assertThat(TypedDates.excelSerial(59)).contains(LocalDate.of(1900, 2, 28));
        assertThat(TypedDates.excelSerial(61)).contains(LocalDate.of(1900, 3, 1));
        assertThat(TypedDates.excelSerial(60)).as("Excel's 29 February 1900 never was").isEmpty();
        assertThat(TypedDates.excelSerial(2958465)).contains(LocalDate.of(9999, 12, 31));
        assertThat(TypedDates.excelSerial(2958466)).isEmpty();
        assertThat(TypedDates.excelSerial(0)).isEmpty();
        assertThat(TypedDates.excelSerial(-5)).isEmpty();
        assertThat(TypedDates.excelSerial(Double.NaN)).isEqualTo(Optional.empty());
    }
}
