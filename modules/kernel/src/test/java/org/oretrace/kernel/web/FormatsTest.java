package org.oretrace.kernel.web;

import org.junit.jupiter.api.Test;
import org.oretrace.kernel.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    private static final Instant NOW = Instant.parse("2024-05-20T09:00:00Z");

    @Test
    void timesAreInTheReadersZoneAndLocaleNeverIso() {
        Formats tokyo = new Formats(ZoneId.of("Asia/Tokyo"), Locale.forLanguageTag("en-GB"), NOW);
        Formats newYork = new Formats(ZoneId.of("America/New_York"), Locale.US, NOW);
        Instant at = Instant.parse("2024-02-03T22:15:00Z");
        assertThat(tokyo.when(at)).isEqualTo("4 Feb 2024, 07:15");
        assertThat(newYork.when(at)).contains("Feb 3, 2024").contains("5:15").doesNotContain("T22");
        assertThat(tokyo.day(LocalDate.of(2024, 3, 29))).isEqualTo("29 Mar 2024");
        assertThat(tokyo.exactly(at)).contains("Sunday").contains("Japan");
        assertThat(tokyo.when(null)).isEmpty();
    }

    @Test
    void daysAreRelativeToTheApplicationsToday() {
        Formats f = new Formats(ZoneId.of("UTC"), Locale.UK, NOW);
        assertThat(f.relative(Instant.parse("2024-05-20T01:00:00Z"))).isEqualTo("today");
        assertThat(f.relative(LocalDate.of(2024, 5, 19))).isEqualTo("yesterday");
        assertThat(f.relative(LocalDate.of(2024, 5, 17))).isEqualTo("3 days ago");
        assertThat(f.relative(LocalDate.of(2024, 5, 22))).isEqualTo("in 2 days");
        assertThat(f.relative(LocalDate.of(2024, 1, 15))).isEqualTo("4 months ago");
        assertThat(f.due(LocalDate.of(2024, 5, 17))).isEqualTo("3 days overdue");
        assertThat(f.due(LocalDate.of(2024, 5, 20))).isEqualTo("due today");
        assertThat(f.due(LocalDate.of(2024, 5, 21))).isEqualTo("due in 1 day");
    }

    enum Sample { NEEDS_FOLLOW_UP, SMELTER_ID, UNKNOWN_SMELTER_ID, RMAP_STATUS_UNKNOWN }

    enum Labelled {
        A;

        public String label() {
            return "A label";
        }
    }

    @Test
    void codesReadAsWordsAndStatesAsTags() {
        assertThat(Formats.words(Sample.NEEDS_FOLLOW_UP)).isEqualTo("Needs follow-up");
        assertThat(Formats.words(Sample.SMELTER_ID)).isEqualTo("Smelter ID");
        assertThat(Formats.words(Sample.UNKNOWN_SMELTER_ID)).isEqualTo("Unknown smelter ID");
        assertThat(Formats.words(Sample.RMAP_STATUS_UNKNOWN)).isEqualTo("RMAP status unknown");
        assertThat(Formats.words(Labelled.A)).isEqualTo("A label");
        assertThat(Formats.words(Role.COMPLIANCE)).isEqualTo("Compliance");
        assertThat(Formats.words("ACCEPTED")).isEqualTo("Accepted");
        assertThat(Formats.words("A. Company")).isEqualTo("A. Company");
        assertThat(Formats.words(null)).isEmpty();
        assertThat(Formats.tag("ACCEPTED")).isEqualTo("ot-tag ot-tag-good");
        assertThat(Formats.tag(Sample.NEEDS_FOLLOW_UP)).isEqualTo("ot-tag ot-tag-warn");
        assertThat(Formats.tag("rejected")).isEqualTo("ot-tag ot-tag-bad");
        assertThat(Formats.tag("whatever")).isEqualTo("ot-tag");
        assertThat(Formats.code(Sample.SMELTER_ID)).isEqualTo("SMELTER_ID");
    }

    @Test
    void aSignatureIsTheNameThenTheTitle() {
        assertThat(new UserPreferences.Preferences("Dana Whitfield", "Supplier Compliance Manager", null, null).signature())
                .isEqualTo("Dana Whitfield\nSupplier Compliance Manager");
        assertThat(new UserPreferences.Preferences("Dana Whitfield", " ", null, null).signature()).isEqualTo("Dana Whitfield");
    }
}
