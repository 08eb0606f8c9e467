package org.oretrace.registry.application;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.kernel.testing.TestDatabase;
import org.oretrace.registry.domain.ReferenceListImport;
import org.oretrace.registry.domain.Smelter;
import org.oretrace.registry.domain.SmelterRename;
import org.oretrace.registry.infrastructure.ReferenceList;
import org.oretrace.registry.infrastructure.ReferenceRow;
import org.oretrace.registry.testing.RmiTemplates;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Imports the six real CMRT templates in order; each step's counts are computed from the lists themselves. */
class ReferenceListImportTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void importsAllSixTemplatesInOrderWithTheExpectedCounts(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "registry")) {
            EntityManager em = db.entityManagerFactory("registry-test").createEntityManager();
            TestServices services = new TestServices(em);
            ReferenceListService service = services.referenceLists();

            Expectation expectation = new Expectation();
            for (String version : RmiTemplates.CMRT_VERSIONS) {
                ReferenceList list = RmiTemplates.referenceList(version);
                int[] expected = expectation.next(list);
                ReferenceListImport log = services.tx(() -> service.importList(list, "RMI_CMRT_" + version + ".xlsx"));
                em.clear();
                System.out.println(kind + " " + log.summary());
                assertThat(new int[]{log.getSmeltersInList(), log.getNewCount(), log.getChangedCount(), log.getUnchangedCount(),
                        log.getNoLongerListedCount(), log.getRelistedCount()})
                        .as("CMRT %s: in list, new, changed, unchanged, no longer listed, listed again", version)
                        .containsExactly(expected);
                assertThat(log.getNewCount() + log.getChangedCount() + log.getUnchangedCount()).isEqualTo(log.getSmeltersInList());
            }

            // facts of docs/ARCHITECTURE.md: 415 IDs over all versions, 66 gone from 6.5, 38 renamed
            assertThat(count(em, "select count(s) from Smelter s")).isEqualTo(415);
            assertThat(count(em, "select count(s) from Smelter s where s.listed = false")).isEqualTo(66);
            assertThat(count(em, "select count(distinct r.smelter.id) from SmelterRename r")).isEqualTo(38);
            SmelterRename starck = em.createQuery("select r from SmelterRename r where r.oldName like 'H.C. Starck%' "
                    + "order by r.renamedAt", SmelterRename.class).getResultList().get(0);
            assertThat(starck.getNewName()).startsWith("TANIOBIS");

            // idempotent: 6.5 again changes nothing
            ReferenceListImport again = services.tx(() -> service.importList(RmiTemplates.referenceList("6.5"), "again.xlsx"));
            assertThat(new int[]{again.getNewCount(), again.getChangedCount(), again.getUnchangedCount(), again.getNoLongerListedCount()})
                    .containsExactly(0, 0, 349, 0);
            assertThat(service.imports()).hasSize(7);
            assertThat(count(em, "select count(a) from AuditEntry a where a.entityType = 'ReferenceListImport'")).isEqualTo(7);
            assertThat(services.events).hasSize(7);

            // a smelter no longer listed keeps its names, so old declarations still match
            Smelter gone = em.createQuery("select s from Smelter s where s.listed = false order by s.smelterId", Smelter.class)
                    .setMaxResults(1).getSingleResult();
            assertThat(gone.getAliases()).isNotEmpty();
            assertThat(gone.getLastListedIn()).isNotEqualTo("CMRT 6.5");
        }
    }

    private static long count(EntityManager em, String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    /** What each import must report, derived from the lists only (not from the importer). */
    private static final class Expectation {
        final Map<String, List<String>> facts = new HashMap<>();
        final Map<String, Set<String>> namesEver = new HashMap<>();
        Set<String> listed = new HashSet<>();

        /** in list, new, changed, unchanged, no longer listed, listed again */
        int[] next(ReferenceList list) {
            Map<String, List<ReferenceRow>> byId = new LinkedHashMap<>();
            list.rows().stream().filter(r -> r.smelterId() != null)
                    .forEach(r -> byId.computeIfAbsent(r.smelterId(), k -> new java.util.ArrayList<>()).add(r));
            int created = 0;
            int changed = 0;
            int unchanged = 0;
            int relisted = 0;
            for (Map.Entry<String, List<ReferenceRow>> e : byId.entrySet()) {
                ReferenceRow f = e.getValue().get(0);
                List<String> now = Arrays.asList(f.standardName(), f.country(), f.street(), f.city(), f.stateProvince(), f.source());
                Set<String> names = new HashSet<>();
                e.getValue().forEach(r -> names.add(r.lookupName()));
                List<String> before = facts.put(e.getKey(), now);
                Set<String> ever = namesEver.computeIfAbsent(e.getKey(), k -> new HashSet<>());
                if (before == null) {
                    created++;
                } else {
                    boolean renamed = !before.get(0).equals(now.get(0));
                    boolean moved = !before.subList(1, 6).equals(now.subList(1, 6));
                    if (renamed) {
                        ever.add(before.get(0));
                    }
                    boolean newNames = !ever.containsAll(names);
                    boolean again = !listed.contains(e.getKey());
                    if (again) {
                        relisted++;
                    }
                    if (renamed || moved || newNames || again) {
                        changed++;
                    } else {
                        unchanged++;
                    }
                }
                ever.addAll(names);
            }
            Set<String> gone = new HashSet<>(listed);
            gone.removeAll(byId.keySet());
            listed = new HashSet<>(byId.keySet());
            return new int[]{byId.size(), created, changed, unchanged, gone.size(), relisted};
        }
    }
}
