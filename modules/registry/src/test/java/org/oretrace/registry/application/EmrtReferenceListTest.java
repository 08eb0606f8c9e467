package org.oretrace.registry.application;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.testing.TestDatabase;
import org.oretrace.registry.domain.ReferenceListImport;
import org.oretrace.registry.published.RmapCategory;
import org.oretrace.registry.published.RmapStanding;
import org.oretrace.registry.domain.Smelter;
import org.oretrace.registry.infrastructure.ReferenceList;
import org.oretrace.registry.infrastructure.ReferenceListReader;
import org.oretrace.registry.infrastructure.ReferenceRow;
import org.oretrace.registry.testing.RmiTemplates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry learns the EMRT minerals' smelters from the real EMRT look-up lists (1.1 then 2.1) next to the CMRT's
 * 3TG list, and each list speaks only for its own metals: importing an EMRT drops no CMRT smelter, importing the CMRT
 * again drops no cobalt refiner, and EMRT 1.1 (cobalt, mica) says nothing about 2.1's copper smelters.
 * Expected counts come from the lists themselves.
 */
class EmrtReferenceListTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void emrtSmeltersJoinTheRegistryWithoutDroppingTheCmrts(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "registry")) {
            EntityManager em = db.entityManagerFactory("registry-test").createEntityManager();
            TestServices services = new TestServices(em);
            ReferenceListService service = services.referenceLists();
            ReferenceList cmrt = RmiTemplates.referenceList("6.5");
            ReferenceList emrt11 = emrt("1.1");
            ReferenceList emrt21 = emrt("2.1");
            assertThat(emrt21.template()).isEqualTo("EMRT 2.1");

            services.tx(() -> service.importList(cmrt, "RMI_CMRT_6.5.xlsx"));
            ReferenceListImport first = services.tx(() -> service.importList(emrt11, "RMI_EMRT_1.1.xlsx"));
            em.clear();
            assertThat(first.getNewCount()).isEqualTo(ids(emrt11).size());
            assertThat(first.getNoLongerListedCount()).as("the CMRT's smelters stay listed").isZero();
            assertThat(listed(em, true)).isEqualTo(ids(cmrt).size());

            ReferenceListImport second = services.tx(() -> service.importList(emrt21, "RMI_EMRT_2.1.xlsx"));
            em.clear();
            Set<String> dropped = new HashSet<>(ids(emrt11));
            dropped.removeAll(ids(emrt21));
            Set<String> added = new HashSet<>(ids(emrt21));
            added.removeAll(ids(emrt11));
            assertThat(second.getNewCount()).isEqualTo(added.size());
            assertThat(second.getNoLongerListedCount()).as("cobalt and mica refiners RMI dropped from 1.1 to 2.1")
                    .isEqualTo(dropped.size());
            assertThat(listed(em, false)).isEqualTo(ids(emrt21).size());
            assertThat(listed(em, true)).isEqualTo(ids(cmrt).size());

            Smelter hanrui = em.createQuery("select s from Smelter s where s.smelterId = 'CID003927'", Smelter.class)
                    .getSingleResult();
            assertThat(hanrui.getMetal()).isEqualTo(Metal.COBALT);
            assertThat(hanrui.getFirstListedIn()).isEqualTo("EMRT 1.1");
            assertThat(hanrui.getLastListedIn()).isEqualTo("EMRT 2.1");
            assertThat(hanrui.getSource()).isEqualTo("RMI");
            assertThat(em.createQuery("select count(s) from Smelter s where s.metal = :m", Long.class)
                    .setParameter("m", Metal.COPPER).getSingleResult()).isPositive();

            // the look-up sheet has no RMAP status: Unknown, and why, until an RMAP list naming the refiner is imported
            LocalDate day = LocalDate.of(2025, 12, 31);
            RmapStanding standing = new RmapStatuses(em).on(List.of("CID003927"), day).get("CID003927");
            assertThat(standing.category()).isEqualTo(RmapCategory.UNKNOWN);
            assertThat(standing.describe(day)).isEqualTo("Unknown: no imported RMAP status covers 2025-12-31");

            ReferenceListImport cmrtAgain = services.tx(() -> service.importList(cmrt, "again.xlsx"));
            em.clear();
            assertThat(cmrtAgain.getNoLongerListedCount()).as("the CMRT drops no EMRT smelter").isZero();
            assertThat(listed(em, false)).isEqualTo(ids(emrt21).size());
        }
    }

    private static long listed(EntityManager em, boolean conflictMinerals) {
        return em.createQuery("select s from Smelter s where s.listed = true", Smelter.class).getResultList().stream()
                .filter(s -> s.getMetal().isConflictMineral() == conflictMinerals).count();
    }

    private static Set<String> ids(ReferenceList list) {
        return list.rows().stream().filter(r -> r.smelterId() != null && Metal.fromText(r.metal()).isPresent())
                .map(ReferenceRow::smelterId).collect(Collectors.toSet());
    }

    private static ReferenceList emrt(String version) {
        try (InputStream in = Files.newInputStream(RmiTemplates.sharedDir().resolve("rmi-templates/RMI_EMRT_" + version + ".xlsx"))) {
            return ReferenceListReader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
