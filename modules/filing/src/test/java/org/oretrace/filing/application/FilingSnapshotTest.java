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
        assertThat(old.scopeCategories()).isEmpty();
        assertThat(old.flaggedSmelters()).isEmpty();
    }

    @Test
    void theScopeAndTheNamedSmelterActionsAreFrozenWithTheFacts() {
        FilingFacts.ScopeCategory scope = new FilingFacts.ScopeCategory("Electrical", 22, 17);
        FilingFacts.ScopeCategory none = new FilingFacts.ScopeCategory(null, 3, 1);
        FilingFacts.FlaggedSmelter sanctioned = new FilingFacts.FlaggedSmelter("CID001", "Gold", "Gamma Refinery", "RUSSIAN FEDERATION",
                true, false, "Unknown", "Supplier removed it in March 2024");
        FilingFacts.FlaggedSmelter covered = new FilingFacts.FlaggedSmelter("CID002", "Tin", "Beta Tin", "RWANDA", false, true,
                "Conformant", null);
        FilingFacts facts = new FilingFacts.Builder().add(FilingFacts.CONTRACT_CLAUSES, "Clauses", 41, null)
                .build(2023, LocalDate.of(2023, 12, 31), List.of("Gamma Refinery"), List.of(), List.of(scope, none),
                        List.of(covered, sanctioned));
        FilingFacts read = FilingSnapshot.fromJson(FilingSnapshot.of(facts, new AnnexA(List.of(), true, false)).toJson()).facts();
        assertThat(read.scopeCategories()).containsExactly(scope, none);
        assertThat(read.flaggedSmelters()).containsExactly(covered, sanctioned);
        assertThat(read.value(FilingFacts.CONTRACT_CLAUSES)).isEqualTo(41);
    }
}
