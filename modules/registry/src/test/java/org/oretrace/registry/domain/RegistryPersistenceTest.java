package org.oretrace.registry.domain;

import org.oretrace.registry.published.RmapCategory;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.testing.TestDatabase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RegistryPersistenceTest {

    private static final Instant T0 = Instant.parse("2025-04-30T08:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void smeltersKeepAliasesRenamesAndTheirResolvedCountry(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "registry")) {
            EntityManager em = db.entityManagerFactory("registry-test").createEntityManager();
            em.getTransaction().begin();
            Smelter smelter = new Smelter("CID002545", Metal.TANTALUM, "H.C. Starck Tantalum and Niobium GmbH", T0);
            smelter.relocate("GERMANY", null, "Goslar", "Niedersachsen", "RMI", T0);
            smelter.markListed("CMRT 6.01", T0);
            smelter.addAlias("H.C. Starck GmbH Goslar", AliasOrigin.REFERENCE, "RMI CMRT 6.01", T0);
            em.persist(smelter);
            em.getTransaction().commit();

            em.getTransaction().begin();
            Smelter loaded = find(em, "CID002545");
            assertThat(loaded.rename("TANIOBIS GmbH", "CMRT 6.22", T0.plusSeconds(60))).isPresent();
            assertThat(loaded.rename("TANIOBIS GmbH", "CMRT 6.31", T0.plusSeconds(60))).isEmpty();
            loaded.addAlias("Taniobis Goslar", AliasOrigin.LEARNED, "alice", T0.plusSeconds(90));
            em.getTransaction().commit();
            em.clear();

            Smelter again = find(em, "CID002545");
            assertThat(again.getStandardName()).isEqualTo("TANIOBIS GmbH");
            assertThat(again.getCountryCode()).isEqualTo("DE");
            assertThat(again.isInCoveredCountry()).isFalse();
            assertThat(again.getFirstListedIn()).isEqualTo("CMRT 6.01");
            assertThat(again.getRenames()).singleElement().satisfies(r -> {
                assertThat(r.getOldName()).isEqualTo("H.C. Starck Tantalum and Niobium GmbH");
                assertThat(r.getTemplateVersion()).isEqualTo("CMRT 6.22");
            });
            assertThat(again.getAliases()).extracting(SmelterAlias::getName, SmelterAlias::getOrigin).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("H.C. Starck GmbH Goslar", AliasOrigin.REFERENCE),
                    org.assertj.core.groups.Tuple.tuple("H.C. Starck Tantalum and Niobium GmbH", AliasOrigin.REFERENCE),
                    org.assertj.core.groups.Tuple.tuple("Taniobis Goslar", AliasOrigin.LEARNED));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void statusHistorySanctionsHitsReviewsAndFlagsAreStored(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "registry")) {
            EntityManager em = db.entityManagerFactory("registry-test").createEntityManager();
            em.getTransaction().begin();
            em.persist(new RmapStatusEntry("CID000001", "Active", LocalDate.of(2023, 3, 1), T0, "admin"));
            em.persist(new RmapStatusEntry("CID000001", "Conformant", LocalDate.of(2024, 2, 1), T0, "admin"));
            SanctionsList list = new SanctionsList(LocalDate.of(2024, 5, 3), T0, "admin", "sdn.csv");
            list.counted(2, 1, 1, 0, 0, 1);
            em.persist(list);
            em.persist(new SanctionsEntry(list, 44088, "JOINT STOCK COMPANY URALELEKTROMED", SdnType.ENTITY, "RUSSIA-EO14024",
                    List.of("URALELEKTROMED JSC"), "Tax ID No. 6606003385 (Russia)."));
            ScreeningHit hit = new ScreeningHit(ScreenedSubject.SMELTER, "CID000929", "JSC Uralelectromed", T0);
            hit.seen("JSC Uralelectromed", "JSC Uralelectromed", 44088, "JOINT STOCK COMPANY URALELEKTROMED", "RUSSIA-EO14024",
                    "Tax ID", 0.97, list.getId());
            em.persist(hit);
            em.persist(new MatchReview(Metal.GOLD, "Acme Gold Works", "Peru", null, "acme gold works", "Declaration", "42",
                    null, null, "no candidate", T0));
            em.persist(new CountryFlag("CO", true, "Colombia: illegal mining", "alice", T0));
            em.getTransaction().commit();
            em.clear();

            List<RmapStatusEntry> history = em.createQuery("select e from RmapStatusEntry e where e.smelterId = 'CID000001' "
                    + "and e.statusDate <= :d order by e.statusDate desc", RmapStatusEntry.class)
                    .setParameter("d", LocalDate.of(2023, 12, 31)).getResultList();
            assertThat(history).extracting(RmapStatusEntry::getStatus).containsExactly("Active");
            assertThat(em.find(RmapStatusTerm.class, "cross-recognized").getCategory()).isEqualTo(RmapCategory.CONFORMANT);
            SanctionsEntry entry = em.createQuery("select e from SanctionsEntry e", SanctionsEntry.class).getSingleResult();
            assertThat(entry.altNameList()).containsExactly("URALELEKTROMED JSC");
            ScreeningHit storedHit = em.createQuery("select h from ScreeningHit h", ScreeningHit.class).getSingleResult();
            assertThat(storedHit.getScore()).isEqualTo(0.97);
            assertThat(storedHit.getStatus()).isEqualTo(HitStatus.OPEN);
            assertThat(em.createQuery("select r from MatchReview r", MatchReview.class).getSingleResult().getOccurrences()).isEqualTo(1);
            assertThat(em.find(CountryFlag.class, "CO").isCahra()).isTrue();
        }
    }

    private static Smelter find(EntityManager em, String smelterId) {
        return em.createQuery("select s from Smelter s where s.smelterId = :id", Smelter.class)
                .setParameter("id", smelterId).getSingleResult();
    }
}
