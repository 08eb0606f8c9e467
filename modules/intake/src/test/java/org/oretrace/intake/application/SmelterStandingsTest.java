package org.oretrace.intake.application;

import org.junit.jupiter.api.Test;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.kernel.Metal;
import org.oretrace.registry.published.RmapCategory;
import org.oretrace.registry.published.RmapStanding;
import org.oretrace.registry.published.SmelterFacts;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the declaration page says of a smelter row's RMAP status: the status with its source and date, or Unknown and why. */
class SmelterStandingsTest {

    private static final LocalDate ON = LocalDate.of(2023, 12, 31);

    private static SmelterRow row(String resolvedId) {
        SmelterRow row = new SmelterRow(7, "Tin", resolvedId, null, null, null, null, null, null, null, null, null, null);
        if (resolvedId != null) {
            row.resolve(resolvedId, "SMELTER_ID");
        }
        return row;
    }

    private static SmelterFacts facts(RmapStanding standing) {
        return new SmelterFacts("CID003387", Metal.TIN, "Luna Smelter, Ltd.", "RW", "RWANDA", true, false, false, true,
                standing.category(), standing.status(), standing.statusDate(), standing, "RWANDA");
    }

    @Test
    void aKnownStatusNamesItsListAndTheListsDate() {
        RmapStanding active = new RmapStanding("CID003387", RmapCategory.IN_PROGRESS, "Active", LocalDate.of(2023, 11, 2),
                "RMI Active list", LocalDate.of(2023, 11, 2), false, null, null, null);
        SmelterStandings.Standing s = SmelterStandings.standing(row("CID003387"), Map.of("CID003387", facts(active)),
                Map.of("CID003387", "OFAC SDN entry 1: X"), ON);
        assertThat(s.category()).isEqualTo("In progress");
        assertThat(s.tag()).isEqualTo("ot-tag ot-tag-warn");
        assertThat(s.detail()).isEqualTo("Active since 2023-11-02");
        assertThat(s.source()).isEqualTo("RMI Active list, as of 2023-11-02");
        assertThat(s.name()).isEqualTo("Luna Smelter, Ltd.");
        assertThat(s.country()).isEqualTo("RWANDA");
        assertThat(s.sanctions()).isEqualTo("OFAC SDN entry 1: X");
    }

    @Test
    void unknownAlwaysSaysWhy() {
        assertThat(SmelterStandings.standing(row(null), Map.of(), Map.of(), ON).detail())
                .isEqualTo("Unknown: the smelter is not identified (no registry ID matched)");
        assertThat(SmelterStandings.standing(row("CID999999"), Map.of(), Map.of(), ON).detail())
                .isEqualTo("Unknown: CID999999 is not in the registry");
        SmelterStandings.Standing none = SmelterStandings.standing(row("CID003387"),
                Map.of("CID003387", facts(RmapStanding.unknown("CID003387"))), Map.of(), ON);
        assertThat(none.category()).isEqualTo("Unknown");
        assertThat(none.source()).isNull();
        assertThat(none.detail()).isEqualTo("Unknown: no imported RMAP status list covers 2023-12-31");
    }
}
