package org.oretrace.filing.application;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.filing.domain.DefaultNarrative;
import org.oretrace.filing.domain.Filing;
import org.oretrace.filing.domain.FilingFacts;
import org.oretrace.filing.domain.FilingStatus;
import org.oretrace.filing.testing.Registrants;
import org.oretrace.filing.testing.TemplateYear;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.ReportingYear;
import org.oretrace.kernel.testing.TestDatabase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Years compared over the real schema: a finalized year keeps its frozen figures after the data changes (also while
 * its next version is drafted), a draft year shows today's figures.
 */
class YearComparisonPersistenceTest {

    private static final Instant NOW = Instant.parse("2024-05-28T14:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aFinalizedYearKeepsItsFrozenFiguresAndADraftYearShowsTodaysData(TestDatabase.Kind kind) {
        TemplateYear data = TemplateYear.standard();
        FilingWork work = new FilingWork(data);
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "filing")) {
            EntityManager em = db.entityManagerFactory("filing-test").createEntityManager();
            assertThat(YearComparison.rows(em, work)).isEmpty();

            Filing signed = Filing.start(ReportingYear.of(2022), org.oretrace.filing.testing.Narratives.filledIn(), Registrants.allison(), NOW, "alice");
            Filing draft = Filing.start(ReportingYear.of(2023), DefaultNarrative.create(), Registrants.allison(), NOW, "alice");
            em.getTransaction().begin();
            em.persist(signed);
            em.persist(draft);
            work.finalizeFiling(signed, NOW, LocalDate.of(2024, 5, 28), "bob", null);
            em.getTransaction().commit();
            FilingFacts frozen = work.facts(2022, Optional.of(signed));

            // after sign-off a declaration is withdrawn and the registry confirms a sanctions hit on a conformant smelter
            data.declarations.remove(0);
            String newlySanctioned = work.annexA(2022, Optional.of(signed)).rows().stream()
                    .filter(r -> !r.sanctioned() && "Conformant".equalsIgnoreCase(r.rmapStatus())).findFirst()
                    .orElseThrow().smelterId();
            data.sanctionedIds.add(newlySanctioned);
            // a correction of 2022 is being drafted: until it is final, the year still states version 1
            Filing correction = signed.nextVersion(NOW.plusSeconds(3600), "carol");
            em.getTransaction().begin();
            em.persist(correction);
            em.getTransaction().commit();
            em.clear();

            List<YearRow> rows = YearComparison.rows(em, work);

            assertThat(rows).extracting(YearRow::reportingYear).containsExactly(2023, 2022);
            YearRow y2022 = rows.get(1);
            assertThat(y2022.status()).isEqualTo(FilingStatus.FINAL);
            assertThat(y2022.version()).isEqualTo(1);
            assertThat(y2022.statusLabel()).isEqualTo("final v1");
            assertThat(y2022.suppliersSolicited()).isEqualTo(77);
            assertThat(y2022.suppliersResponded()).isEqualTo(58);
            assertThat(y2022.responseRatePercent()).isEqualTo(75);
            assertThat(y2022.declarationsAccepted()).isEqualTo(58);
            assertThat(y2022.sanctionedSmelters()).isEqualTo(1);
            assertThat(y2022).isEqualTo(YearRow.of(signed, frozen));

            YearRow y2023 = rows.get(0);
            assertThat(y2023.status()).isEqualTo(FilingStatus.DRAFT);
            assertThat(y2023.statusLabel()).isEqualTo("draft");
            assertThat(y2023.suppliersResponded()).isEqualTo(57);
            assertThat(y2023.declarationsAccepted()).isEqualTo(57);
            assertThat(y2023.sanctionedSmelters()).isEqualTo(2);
            FilingFacts live = work.facts(2023, Optional.of(draft));
            assertThat(y2023.smeltersIdentified()).isEqualTo(live.value(FilingFacts.SMELTERS_IDENTIFIED));
            assertThat(y2023.smeltersInCoveredCountries()).isEqualTo(live.value(FilingFacts.SMELTERS_COVERED));
            assertThat(y2023.suppliersCoveredCountrySourcing()).isEqualTo(live.value(FilingFacts.SUPPLIERS_COVERED_SOURCING));

            for (YearRow row : rows) {
                assertThat(row.smeltersConformant() + row.smeltersActive() + row.smeltersNotConformant() + row.smeltersRmapUnknown())
                        .isEqualTo(row.smeltersIdentified());
                assertThat(row.smeltersPerMetal().keySet())
                        .containsExactly(Metal.TANTALUM, Metal.TIN, Metal.TUNGSTEN, Metal.GOLD);
                assertThat(row.smeltersPerMetal().values().stream().mapToLong(Long::longValue).sum())
                        .isEqualTo(row.smeltersIdentified());
                assertThat(row.conformantSharePercent())
                        .isEqualTo(Math.round(100.0 * row.smeltersConformant() / row.smeltersIdentified()));
            }
            assertThat(y2022.smeltersIdentified()).isPositive();
            assertThat(y2022.smeltersConformant()).isPositive();
        }
    }
}
