package org.oretrace.registry.application;

import org.oretrace.registry.published.SmelterFacts;
import org.oretrace.registry.published.MatchMethod;
import org.oretrace.registry.published.MatchResult;
import org.oretrace.registry.published.ReportedSmelter;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.testing.TestDatabase;
import org.oretrace.registry.domain.HitStatus;
import org.oretrace.registry.domain.MatchReview;
import org.oretrace.registry.domain.ReviewStatus;
import org.oretrace.registry.published.RmapCategory;
import org.oretrace.registry.domain.Screening;
import org.oretrace.registry.domain.ScreeningState;
import org.oretrace.registry.domain.ScreeningHit;
import org.oretrace.registry.testing.RmiTemplates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry's services on a real database (H2 and PostgreSQL) with the real 6.5 list and SDN snapshot. */
class RegistryServicesTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void rmapHistoryAnswersTheStatusOnAnyDate(TestDatabase.Kind kind) throws IOException {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "registry")) {
            TestServices t = services(db);
            RmapStatusService rmap = t.rmap();
            RmapImports imports = t.rmapImports();
            // RMI-style headers in another case and order, with extra columns
            String csv = """
                    STANDARD SMELTER NAME,smelter id,METAL,Country,RMAP Status,Status Date,Comments
                    8853 S.p.A.,CID002763,Gold,ITALY,Active,2022-06-01,first audit
                    8853 S.p.A.,CID002763,Gold,ITALY,Conformant,15-Mar-2023,
                    8853 S.p.A.,CID002763,Gold,ITALY,Communication Suspended,"March 1, 2025",
                    Agosi AG,CID000035,Gold,GERMANY,Cross-Recognized,3/15/2024,LBMA
                    Agosi AG,CID000035,Tin,GERMANY,Conformant,3/15/2024,wrong metal
                    Nobody,CID999999,Gold,,Conformant,2024-01-01,
                    Agosi AG,CID000035,Gold,GERMANY,Under Review By RMI,2024-06-30,new word
                    Agosi AG,CID000035,Gold,GERMANY,Conformant,31.02.2024,bad date
                    """;
            RmapImportResult result = t.tx(() -> importCsv(imports, csv));
            assertThat(result.rows()).isEqualTo(8);
            assertThat(result.added()).isEqualTo(5);
            assertThat(result.unknownSmelters()).isEqualTo(1);
            assertThat(result.unmappedStatuses()).containsExactly("Under Review By RMI");
            assertThat(result.problems()).hasSize(2).anySatisfy(p -> assertThat(p).contains("row 6", "Gold smelter"))
                    .anySatisfy(p -> assertThat(p).contains("row 9", "31.02.2024"));
            // the same file again changes nothing
            assertThat(t.tx(() -> importCsv(imports, csv)).unchanged()).isEqualTo(5);

            SmelterDirectory directory = t.directory(t.sanctions());
            assertThat(directory.facts("CID002763", LocalDate.of(2022, 12, 31)).orElseThrow().rmapCategory()).isEqualTo(RmapCategory.IN_PROGRESS);
            assertThat(directory.facts("CID002763", LocalDate.of(2024, 12, 31)).orElseThrow().rmapCategory()).isEqualTo(RmapCategory.CONFORMANT);
            assertThat(directory.facts("CID002763", LocalDate.of(2025, 12, 31)).orElseThrow().rmapCategory()).isEqualTo(RmapCategory.NOT_CONFORMANT);
            assertThat(directory.facts("CID002763", LocalDate.of(2021, 12, 31)).orElseThrow().rmapCategory()).isEqualTo(RmapCategory.UNKNOWN);
            assertThat(directory.facts("CID000035", LocalDate.of(2024, 12, 31)).orElseThrow()).satisfies(f -> {
                assertThat(f.rmapCategory()).isEqualTo(RmapCategory.UNKNOWN);
                assertThat(f.rmapStatus()).isEqualTo("Under Review By RMI");
            });
            // mapping the new word makes the history count
            t.tx(() -> {
                rmap.mapStatus("under review by rmi", RmapCategory.IN_PROGRESS);
                return null;
            });
            assertThat(directory.facts("CID000035", LocalDate.of(2024, 12, 31)).orElseThrow().rmapCategory()).isEqualTo(RmapCategory.IN_PROGRESS);
            assertThatThrownBy(() -> importCsv(imports, "cid,metal\nCID000035,Gold"))
                    .isInstanceOf(org.oretrace.kernel.BusinessRuleException.class).hasMessageContaining("[status, status date]");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void sanctionsHitsAreReviewedAndDecisionsSurviveRescreening(TestDatabase.Kind kind) throws IOException {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "registry")) {
            TestServices t = services(db);
            SanctionsService sanctions = t.sanctions();
            SmelterScreenings screenings = t.screenings(sanctions, Runnable::run);
            SanctionsImportResult imported;
            try (InputStream in = Files.newInputStream(RmiTemplates.sdnSnapshot())) {
                imported = t.imports(screenings).importListAndScreen(in, null, "ofac-sdn-2024-05-03.csv", LocalDate.of(2024, 5, 3));
            }
            assertThat(imported.entries()).isEqualTo(14965);
            assertThat(imported.individuals() + imported.entities() + imported.vessels() + imported.aircraft()).isEqualTo(14965);
            Screening run = sanctions.runs.find(imported.screeningId()).orElseThrow();
            System.out.println(kind + " " + run.getState() + " " + run.getHits() + " hits");
            assertThat(run.getState()).isEqualTo(ScreeningState.FINISHED);
            assertThat(run.getTotal()).isEqualTo(349);
            assertThat(run.getHits()).isEqualTo(run.getNewHits()).isEqualTo(run.getOpenHits()).isBetween(2, SanctionsMatcherTest.REVIEW_BOUND);

            ScreeningHit ural = hitOf(sanctions, "CID000929");
            assertThat(ural.getEntNum()).isEqualTo(44088);
            assertThat(ural.getSdnPrograms()).isEqualTo("RUSSIA-EO14024");
            ScreeningHit other = sanctions.hits(HitStatus.OPEN).stream().filter(h -> !h.getSubjectRef().equals("CID000929")
                    && !h.getSubjectRef().equals("CID003185")).findFirst().orElseThrow();
            t.tx(() -> sanctions.confirm(ural.getId(), "same company, Verkhnyaya Pyshma"));
            t.tx(() -> sanctions.dismiss(other.getId(), "different company"));
            assertThatThrownBy(() -> t.tx(() -> sanctions.dismiss(other.getId(), " "))).hasMessageContaining("reason");
            t.em.clear();

            ScreeningRun again = screenings.rescreen("alice").orElseThrow();
            assertThat(again.newHits()).isZero();
            assertThat(again.openHits()).isEqualTo(run.getOpenHits() - 2);
            t.em.clear();
            assertThat(hitOf(sanctions, "CID000929").getStatus()).isEqualTo(HitStatus.CONFIRMED);
            assertThat(sanctions.hits(HitStatus.DISMISSED)).singleElement().satisfies(h -> assertThat(h.getReason()).isEqualTo("different company"));
            assertThat(sanctions.sanctionedSmelterIds()).containsExactly("CID000929");
            assertThat(t.directory(sanctions).facts("CID000929", LocalDate.of(2024, 12, 31)).orElseThrow().sanctioned()).isTrue();
            assertThat(t.em.createQuery("select count(a) from AuditEntry a where a.entityType = 'ScreeningHit'", Long.class)
                    .getSingleResult()).isEqualTo(2);

            SanctionsScreening screening = new SanctionsScreening();
            screening.sanctions = sanctions;
            screening.clock = t.clock;
            org.oretrace.kernel.screening.NameScreening spi = screening;
            assertThat(spi.screenName("African Gold Refinery Ltd", "Uganda"))
                    .extracting(org.oretrace.kernel.screening.NameScreening.Match::sdnEntryNumber).contains(32791);
            assertThat(spi.screenName("Acme Widgets Inc", "Germany")).isEmpty();
            List<org.oretrace.kernel.screening.NameScreening.Match> supplierHits =
                    t.tx(() -> spi.screenSupplier("17", "JSC Uralelectromed", "Russia"));
            assertThat(supplierHits).extracting(org.oretrace.kernel.screening.NameScreening.Match::sdnEntryNumber).contains(44088);
            ScreeningHit supplierHit = sanctions.hitsFor(org.oretrace.registry.domain.ScreenedSubject.SUPPLIER, "17").get(0);
            assertThat(spi.isSanctionedSupplier("17")).isFalse();
            t.tx(() -> sanctions.confirm(supplierHit.getId(), "our supplier is this company"));
            assertThat(spi.isSanctionedSupplier("17")).isTrue();
            // screening again keeps the decision
            t.tx(() -> spi.screenSupplier("17", "JSC Uralelectromed", "Russia"));
            t.em.clear();
            assertThat(sanctions.hitsFor(org.oretrace.registry.domain.ScreenedSubject.SUPPLIER, "17").get(0).getStatus())
                    .isEqualTo(HitStatus.CONFIRMED);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aConfirmedReviewTeachesTheMatcherAndCahraFlagsAreAudited(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "registry")) {
            TestServices t = services(db);
            SmelterMatcher matcher = t.matcher();
            MatchReviews reviews = t.reviews(matcher);
            ReportedSmelter reported = new ReportedSmelter(Metal.GOLD, "Perth Mint Refinery WA", "Australia", null);
            assertThat(matcher.match(reported).method()).isEqualTo(MatchMethod.UNRESOLVED);

            MatchReview review = t.tx(() -> reviews.submit(reported, "Declaration", "42/row 7")).orElseThrow();
            t.tx(() -> reviews.submit(new ReportedSmelter(Metal.GOLD, "PERTH MINT REFINERY, WA", null, null), "Declaration", "43/row 2"));
            assertThat(t.tx(() -> reviews.submit(new ReportedSmelter(Metal.GOLD, "Agosi AG", null, null), "Declaration", "1"))).isEmpty();
            t.em.clear();
            assertThat(reviews.list(ReviewStatus.OPEN)).singleElement().satisfies(r -> assertThat(r.getOccurrences()).isEqualTo(2));

            assertThatThrownBy(() -> t.tx(() -> reviews.confirm(review.getId(), "CID001070", null)))
                    .hasMessageContaining("is a Tin smelter");
            t.tx(() -> reviews.confirm(review.getId(), "CID002030", "Perth Mint"));
            t.em.clear();
            MatchResult now = matcher.match(new ReportedSmelter(Metal.GOLD, "perth mint refinery wa", null, null));
            assertThat(now.smelterId()).isEqualTo("CID002030");
            assertThat(now.method()).isEqualTo(MatchMethod.CONFIRMED);
            assertThat(reviews.openCount()).isZero();
            assertThat(t.em.createQuery("select count(a) from AuditEntry a where a.action = 'alias learned'", Long.class)
                    .getSingleResult()).isEqualTo(1);

            CountryFlags flags = t.countryFlags();
            t.tx(() -> {
                flags.setCahra("CO", true, "illegal gold mining");
                return null;
            });
            assertThat(flags.cahraCodes()).containsExactly("CO");
            assertThat(t.em.createQuery("select a.summary from AuditEntry a where a.entityType = 'Country'", String.class)
                    .getSingleResult()).contains("COLOMBIA: CAHRA false → true (illegal gold mining)");
            Optional<SmelterFacts> facts = t.directory(t.sanctions()).facts("CID003185", LocalDate.of(2024, 12, 31));
            assertThat(facts.orElseThrow()).satisfies(f -> {
                assertThat(f.coveredCountry()).isTrue();
                assertThat(f.countryName()).isEqualTo("UGANDA");
                assertThat(f.sanctioned()).isFalse();
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theBrowserSearchFiltersAcrossNamesAliasesCountriesAndFlags(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "registry")) {
            TestServices t = services(db);
            SmelterSearch search = t.search(t.sanctions());
            SmelterSearch.Filter all = SmelterSearch.Filter.none();
            assertThat(search.count(all)).isEqualTo(349);
            // an alias only (the standard name is "Wolfram Bergbau und Hutten AG")
            assertThat(search.search(filter("hütten", null, null, null), 0, 10, "smelterId", true))
                    .extracting(org.oretrace.registry.domain.Smelter::getSmelterId).containsExactly("CID002044");
            assertThat(search.search(filter("cid002044", null, null, null), 0, 10, null, true)).hasSize(1);
            assertThat(search.count(filter(null, Metal.GOLD, "Uganda", null))).isGreaterThanOrEqualTo(1);
            assertThat(search.count(filter(null, null, "Atlantis", null))).isZero();
            int covered = search.count(filter(null, null, null, true));
            int notCovered = search.count(filter(null, null, null, false));
            assertThat(covered).isPositive();
            assertThat(covered + notCovered).isEqualTo(349);
            assertThat(search.search(all, 0, 5, "metal", false)).extracting(org.oretrace.registry.domain.Smelter::getMetal)
                    .containsOnly(Metal.TUNGSTEN);
            assertThat(search.search(all, 345, 10, "smelterId", true)).hasSize(4);
            assertThat(search.count(new SmelterSearch.Filter(null, null, null, null, RmapCategory.CONFORMANT, null, null))).isZero();
            assertThat(search.count(new SmelterSearch.Filter(null, null, null, null, null, true, null))).isZero();
            assertThat(search.count(new SmelterSearch.Filter("agosi", null, null, null, null, null, true))).isEqualTo(1);
            assertThat(search.count(new SmelterSearch.Filter(null, null, null, null, null, false, false))).isZero();
        }
    }

    private static SmelterSearch.Filter filter(String text, Metal metal, String country, Boolean covered) {
        return new SmelterSearch.Filter(text, metal, country, covered, null, null, null);
    }

    private static TestServices services(TestDatabase db) {
        EntityManager em = db.entityManagerFactory("registry-test").createEntityManager();
        TestServices t = new TestServices(em);
        t.tx(() -> t.referenceLists().importList(RmiTemplates.referenceList("6.5"), "RMI_CMRT_6.5.xlsx"));
        return t;
    }

    private static RmapImportResult importCsv(RmapImports imports, String csv) {
        try {
            return imports.importFile(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "rmap.csv",
                    RmapImportRequest.statusTable());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ScreeningHit hitOf(SanctionsService sanctions, String smelterId) {
        return sanctions.hits(null).stream().filter(h -> h.getSubjectRef().equals(smelterId)).findFirst().orElseThrow();
    }
}
