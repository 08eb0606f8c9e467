package org.oretrace.filing.application;

import org.junit.jupiter.api.Test;
import org.oretrace.filing.domain.AnnexA;
import org.oretrace.filing.domain.FilingFacts;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Snapshots of final filings are JSON: those frozen before the RMAP sources existed still read. */
class FilingSnapshotTest {

    @Test
    void theRmapSourcesRoundTripAndAnOlderSnapshotReadsWithoutThem() {
        FilingFacts facts = new FilingFacts.Builder().add(FilingFacts.SMELTERS_RMAP_UNKNOWN, "Unknown", 3, null)
                .build(2023, LocalDate.of(2023, 12, 31), List.of(), List.of(new FilingFacts.RmapSource("RMI Conformant list as of 2023-12-15", 7)));
        FilingSnapshot read = FilingSnapshot.fromJson(FilingSnapshot.of(facts, new AnnexA(List.of(), true, false)).toJson());
        assertThat(read.facts().rmapSources()).containsExactly(new FilingFacts.RmapSource("RMI Conformant list as of 2023-12-15", 7));
        assertThat(read.facts().smeltersRmapUnknown()).isEqualTo(3);
        assertThat(read.facts().rmapSourcesText()).isEqualTo("RMI Conformant list as of 2023-12-15 (7 smelters)");

        String older = "{\"annexA\":[],\"facts\":{\"asOf\":\"2022-12-31\",\"facts\":[{\"key\":\"smeltersOther\",\"label\":\"x\",\"value\":4}],"
                + "\"reportingYear\":2022,\"sanctionedSmelters\":[]},\"withRmapStatus\":false,\"withUnresolved\":false}";
        FilingFacts old = FilingSnapshot.fromJson(older).facts();
        assertThat(old.rmapSources()).isEmpty();
        assertThat(old.fact(FilingFacts.SMELTERS_RMAP_UNKNOWN)).isEmpty();
        assertThat(old.value("smeltersOther")).isEqualTo(4);
    }
}
