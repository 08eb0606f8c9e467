package org.oretrace.registry.application;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.kernel.testing.TestDatabase;
import org.oretrace.registry.domain.ReferenceListImport;
import org.oretrace.registry.domain.Smelter;
import org.oretrace.registry.domain.SmelterAlias;
import org.oretrace.registry.infrastructure.ReferenceList;
import org.oretrace.registry.infrastructure.ReferenceRow;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history of RMI's list as shipped (CMRT 6.01 to 6.5): loaded on a fresh installation in version order, and on an
 * installation that knew only 6.5 (as every installation before the history shipped); both end in the same registry.
 * Expected numbers come from the shipped lists themselves.
 */
class ShippedReferenceListsTest {

    private static final List<ReferenceList> SHIPPED = ShippedReferenceLists.shipped();

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aFreshInstallationLoadsAllSixListsInVersionOrderAndASecondStartAddsNothing(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "registry")) {
            EntityManager em = db.entityManagerFactory("registry-test").createEntityManager();
            TestServices services = new TestServices(em);
            List<ReferenceListImport> logs = services.tx(() -> services.shippedLists().load(SHIPPED));
            em.clear();

            assertThat(logs).extracting(ReferenceListImport::getTemplateVersion)
                    .containsExactly("CMRT 6.01", "CMRT 6.1", "CMRT 6.22", "CMRT 6.31", "CMRT 6.4", "CMRT 6.5");
            assertThat(logs).extracting(ReferenceListImport::getSmeltersInList).containsExactly(311, 337, 350, 349, 368, 349);
            assertThat(logs).extracting(ReferenceListImport::getFileName)
                    .allSatisfy(name -> assertThat(name).matches("RMI CMRT 6\\.\\d+ Smelter Look-up, 20\\d\\d-\\d\\d-\\d\\d \\(shipped with Oretrace\\)"));
            assertThat(count(em, "select count(s) from Smelter s")).isEqualTo(allIds().size()).isEqualTo(415);
            assertThat(count(em, "select count(s) from Smelter s where s.listed = true")).isEqualTo(349);
            expectTheWholeHistory(em);

            // a second start finds everything loaded
            assertThat(services.tx(() -> services.shippedLists().load(SHIPPED))).isEmpty();
            assertThat(count(em, "select count(i) from ReferenceListImport i")).isEqualTo(6);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anInstallationThatKnewOnly65GetsTheOlderSmeltersNamesAndRenamesAsAFreshOneHasThem(TestDatabase.Kind kind) {
        Map<String, String> fresh;
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "registry")) {
            EntityManager em = db.entityManagerFactory("registry-test").createEntityManager();
            TestServices services = new TestServices(em);
            services.tx(() -> services.shippedLists().load(SHIPPED));
            em.clear();
            fresh = snapshot(em);
        }
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "registry")) {
            EntityManager em = db.entityManagerFactory("registry-test").createEntityManager();
            TestServices services = new TestServices(em);
            // before this release: only 6.5, loaded from the shipped file on first start
            ReferenceList v65 = SHIPPED.get(5);
            services.tx(() -> services.referenceLists().importList(v65, "rmi-smelters-6.5.csv (shipped with Oretrace)"));
            em.clear();
            assertThat(count(em, "select count(s) from Smelter s")).isEqualTo(349);

            List<ReferenceListImport> logs = services.tx(() -> services.shippedLists().load(SHIPPED));
            em.clear();
            assertThat(logs).extracting(ReferenceListImport::getTemplateVersion)
                    .containsExactly("CMRT 6.01", "CMRT 6.1", "CMRT 6.22", "CMRT 6.31", "CMRT 6.4");
            assertThat(logs).extracting(ReferenceListImport::getFileName).allSatisfy(n -> assertThat(n).endsWith("added to the history)"));
            // 66 smelters only older lists carried, each counted once, in the list that first carried it
            assertThat(logs.stream().mapToInt(ReferenceListImport::getNewCount).sum()).isEqualTo(415 - 349);
            assertThat(count(em, "select count(s) from Smelter s")).isEqualTo(415);
            expectTheWholeHistory(em);
            Map<String, String> upgraded = snapshot(em);
            assertThat(upgraded.keySet()).isEqualTo(fresh.keySet());
            upgraded.forEach((id, facts) -> assertThat(facts).as(id).isEqualTo(fresh.get(id)));

            // and the next start adds nothing
            assertThat(services.tx(() -> services.shippedLists().load(SHIPPED))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theShippedEmrtListIsLoadedOnceLabelledWithItsSourceAndDropsNoCmrtSmelter(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "registry")) {
            EntityManager em = db.entityManagerFactory("registry-test").createEntityManager();
            TestServices services = new TestServices(em);
            services.tx(() -> services.shippedLists().load(SHIPPED));
            ReferenceList emrt = ShippedReferenceLists.shippedEmrt();
            long emrtIds = emrt.rows().stream().map(ReferenceRow::smelterId).filter(Objects::nonNull).distinct().count();

            ReferenceListImport log = services.tx(() -> services.shippedLists().loadEmrt()).orElseThrow();
            em.clear();
            assertThat(log.getTemplateVersion()).isEqualTo("EMRT 2.1");
            assertThat(log.getFileName()).isEqualTo("RMI EMRT 2.1 Smelter Look-up, " + emrt.released() + " (shipped with Oretrace)");
            assertThat(log.getNewCount()).isEqualTo((int) emrtIds);
            assertThat(log.getNoLongerListedCount()).as("the CMRT's smelters stay listed").isZero();
            assertThat(count(em, "select count(s) from Smelter s where s.listed = true")).isEqualTo(349 + emrtIds);
            assertThat(em.createQuery("select distinct a.addedBy from SmelterAlias a where a.smelter.smelterId = 'CID003927'",
                    String.class).getResultList()).containsExactly(emrt.source());

            // loaded already: a second call (a restart of the demo) imports nothing
            assertThat(services.tx(() -> services.shippedLists().loadEmrt())).isEmpty();
            assertThat(count(em, "select count(i) from ReferenceListImport i")).isEqualTo(7);
        }
    }

    /** Facts every installation must show, whichever way it got the history; computed from the lists. */
    private static void expectTheWholeHistory(EntityManager em) {
        Map<String, Smelter> byId = em.createQuery("select s from Smelter s", Smelter.class).getResultList().stream()
                .collect(Collectors.toMap(Smelter::getSmelterId, s -> s));
        Map<String, Set<String>> namesEver = new HashMap<>();
        Map<String, Integer> lastIndex = new HashMap<>();
        for (int i = 0; i < SHIPPED.size(); i++) {
            for (ReferenceRow r : SHIPPED.get(i).rows()) {
                if (r.smelterId() != null) {
                    namesEver.computeIfAbsent(r.smelterId(), k -> new TreeSet<>()).add(r.lookupName());
                    if (r.standardName() != null) {
                        namesEver.get(r.smelterId()).add(r.standardName());
                    }
                    lastIndex.put(r.smelterId(), i);
                }
            }
        }
        for (Map.Entry<String, Set<String>> e : namesEver.entrySet()) {
            Smelter s = byId.get(e.getKey());
            assertThat(s).as(e.getKey()).isNotNull();
            assertThat(s.getAliases().stream().map(SmelterAlias::getName).collect(Collectors.toSet()))
                    .as("every name %s had in any version", e.getKey()).containsAll(e.getValue());
            int last = lastIndex.get(e.getKey());
            if (last == SHIPPED.size() - 1) {
                assertThat(s.isListed()).as(e.getKey()).isTrue();
                assertThat(s.getNoLongerListedSince()).isNull();
            } else {
                assertThat(s.isListed()).as(e.getKey()).isFalse();
                assertThat(s.getNoLongerListedSince()).as(e.getKey()).isEqualTo(SHIPPED.get(last + 1).template());
                assertThat(s.listingStatus()).isEqualTo("no longer listed since " + SHIPPED.get(last + 1).template());
            }
        }
        // 38 IDs renamed between versions (docs/ARCHITECTURE.md, "CMRT 6.x facts"), e.g. H.C. Starck → TANIOBIS
        assertThat(count(em, "select count(distinct r.smelter.id) from SmelterRename r")).isEqualTo(38);
        assertThat(em.createQuery("select r.newName from SmelterRename r where r.oldName like 'H.C. Starck%'", String.class)
                .getResultList()).anySatisfy(n -> assertThat(n).startsWith("TANIOBIS"));
        // no ID of the six lists changed metal
        assertThat(count(em, "select count(r) from SmelterRename r where r.oldMetal is not null")).isZero();
    }

    /** One line of facts per smelter, to compare two installations. */
    private static Map<String, String> snapshot(EntityManager em) {
        Map<String, String> facts = new TreeMap<>();
        for (Smelter s : em.createQuery("select s from Smelter s", Smelter.class).getResultList()) {
            Set<String> aliases = s.getAliases().stream().map(a -> a.getName() + (a.isListed() ? "+" : "-"))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> renames = s.getRenames().stream().map(r -> r.getOldName() + "→" + r.getNewName() + "@" + r.getTemplateVersion())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            facts.put(s.getSmelterId(), String.join(" | ", Objects.toString(s.getMetal()), s.getStandardName(),
                    String.valueOf(s.isListed()), s.getFirstListedIn(), s.getLastListedIn(), String.valueOf(s.getNoLongerListedSince()),
                    String.valueOf(s.getCountryName()), String.valueOf(s.getCity()), aliases.toString(), renames.toString()));
        }
        return facts;
    }

    private static Set<String> allIds() {
        return SHIPPED.stream().flatMap(l -> l.rows().stream()).map(ReferenceRow::smelterId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private static long count(EntityManager em, String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }
}
