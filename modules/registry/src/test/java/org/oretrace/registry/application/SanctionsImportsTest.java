package org.oretrace.registry.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.testing.TestDatabase;
import org.oretrace.registry.domain.SanctionsList;
import org.oretrace.registry.domain.Screening;
import org.oretrace.registry.domain.ScreeningState;
import org.oretrace.registry.testing.RmiTemplates;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An SDN list import answers once the list is stored and its screening claimed; the screening runs
 * afterwards (here: when the test runs the queued background task, as the container's managed thread
 * would). A refused import stores nothing, and a screening that fails, at commit too, is recorded
 * FAILED with the reason at once and frees the slot.
 */
class SanctionsImportsTest {

    private static final LocalDate LIST_DATE = LocalDate.of(2024, 5, 3);

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anImportAnswersWithTheListStoredAndItsScreeningClaimedWhichFinishesInTheBackground(TestDatabase.Kind kind)
            throws IOException {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "registry")) {
            TestServices t = services(db);
            SanctionsService sanctions = t.sanctions();
            List<Runnable> background = new ArrayList<>();
            SmelterScreenings screenings = t.screenings(sanctions, background::add);
            SanctionsImports imports = t.imports(screenings);

            // a file that is not OFAC's sdn.csv: refused at once, nothing stored, nothing claimed
            assertThatThrownBy(() -> imports.importList(new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8)), null,
                    "x.csv", null)).isInstanceOf(BusinessRuleException.class).hasMessageContaining("No SDN entries found");
            assertThat(sanctions.lists()).isEmpty();
            assertThat(sanctions.runs.recent(10)).isEmpty();

            SanctionsImportResult imported;
            try (InputStream in = Files.newInputStream(RmiTemplates.sdnSnapshot())) {
                imported = imports.importList(in, null, "ofac-sdn-2024-05-03.csv", LIST_DATE);
            }
            assertThat(imported.entries()).isEqualTo(14965);
            assertThat(imported.listDate()).isEqualTo(LIST_DATE);
            // answered before any smelter was screened: the screening is claimed and waits for its thread
            assertThat(background).hasSize(1);
            Screening claimed = sanctions.runs.find(imported.screeningId()).orElseThrow();
            assertThat(claimed.getState()).isEqualTo(ScreeningState.RUNNING);
            assertThat(claimed.getListId()).isEqualTo(imported.listId());
            assertThat(claimed.getStartedBy()).isEqualTo("alice");
            assertThat(claimed.getDone()).isZero();
            assertThat(claimed.getTotal()).isEqualTo(349);
            t.em.clear();
            assertThat(sanctions.lists()).singleElement().satisfies(l -> assertThat(l.getScreenedAt()).isNull());
            assertThat(hitCount(t.em)).isZero();

            // another import meanwhile is refused as any other start would be, and stores nothing
            assertThatThrownBy(() -> {
                try (InputStream in = Files.newInputStream(RmiTemplates.sdnSnapshot())) {
                    imports.importList(in, null, "ofac-sdn-2024-05-03.csv", LIST_DATE);
                }
            }).isInstanceOf(ScreeningRuns.AlreadyRunning.class).hasMessageContaining("started by alice")
                    .hasMessageContaining("0 of 349 smelters done");
            assertThat(sanctions.lists()).hasSize(1);
            assertThat(entryCount(t.em)).isEqualTo(14965);

            background.remove(0).run();
            Screening finished = sanctions.runs.find(imported.screeningId()).orElseThrow();
            assertThat(finished.getState()).isEqualTo(ScreeningState.FINISHED);
            assertThat(finished.getDone()).isEqualTo(349);
            assertThat(finished.getHits()).isBetween(2, SanctionsMatcherTest.REVIEW_BOUND).isEqualTo(finished.getNewHits());
            assertThat(finished.getFinishedAt()).isNotNull();
            t.em.clear();
            assertThat(hitCount(t.em)).isEqualTo(finished.getHits().longValue());
            assertThat(sanctions.lists()).singleElement().satisfies(l -> assertThat(l.getHitCount()).isEqualTo(finished.getHits()));
            assertThat(sanctions.runs.running()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aScreeningStartedElsewhereWhileTheListIsReadMakesTheImportRefusedWithNothingKept(TestDatabase.Kind kind)
            throws IOException {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "registry")) {
            EntityManagerFactory emf = db.entityManagerFactory("registry-test");
            TestServices t = services(db);
            SanctionsService sanctions = t.sanctions();
            SanctionsImports imports = t.imports(t.screenings(sanctions, Runnable::run));
            SanctionsImportResult first = imports.importListAndScreen(new ByteArrayInputStream(excerpt()), null, "excerpt.csv", LIST_DATE);
            assertThat(sanctions.runs.find(first.screeningId()).orElseThrow().getState()).isEqualTo(ScreeningState.FINISHED);

            // another server starts a screening after this one checked that none runs, while it reads the file
            TestServices there = new TestServices(emf.createEntityManager());
            long[] theirs = new long[1];
            InputStream claimedWhileRead = new FilterInputStream(Files.newInputStream(RmiTemplates.sdnSnapshot())) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n < 0 && theirs[0] == 0) {
                        theirs[0] = there.runs().claim(first.listId(), LIST_DATE, 349, "bob");
                    }
                    return n;
                }
            };
            assertThatThrownBy(() -> imports.importList(claimedWhileRead, null, "ofac-sdn-2024-05-03.csv", LIST_DATE))
                    .isInstanceOf(ScreeningRuns.AlreadyRunning.class).hasMessageContaining("started by bob");
            assertThat(theirs[0]).isPositive();

            t.em.clear();
            assertThat(sanctions.lists()).extracting(SanctionsList::getId).containsExactly(first.listId());
            assertThat(entryCount(t.em)).isEqualTo(first.entries());
            assertThat(t.em.createQuery("select a.summary from AuditEntry a where a.entityType = 'SanctionsList' and a.action = 'discarded'",
                    String.class).getResultList()).singleElement().satisfies(s -> assertThat(s).contains("not kept").contains("bob"));
            // their screening is untouched: still the one running
            assertThat(sanctions.runs.running()).hasValueSatisfying(s -> assertThat(s.getId()).isEqualTo(theirs[0]));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aScreeningWhoseTransactionFailsAtCommitIsRecordedFailedWithTheReasonAndFreesTheSlot(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "registry")) {
            TestServices t = services(db);
            SanctionsService sanctions = t.sanctions();
            List<Runnable> background = new ArrayList<>();
            SmelterScreenings screenings = t.screenings(sanctions, background::add);
            SanctionsImportResult imported;
            try {
                imported = t.imports(screenings).importList(new ByteArrayInputStream(excerpt()), null, "excerpt.csv", LIST_DATE);
            } catch (IOException e) {
                throw new AssertionError(e);
            }

            // the database refuses the finished screening; the refusal comes when its transaction commits
            t.tx(() -> t.em.createNativeQuery("ALTER TABLE screening_run ADD CONSTRAINT never_finished CHECK (state <> 'FINISHED')")
                    .executeUpdate());
            background.remove(0).run();

            Screening failed = sanctions.runs.find(imported.screeningId()).orElseThrow();
            assertThat(failed.getState()).isEqualTo(ScreeningState.FAILED);
            assertThat(failed.getMessage()).containsIgnoringCase("never_finished");
            assertThat(failed.getFinishedAt()).isNotNull();
            assertThat(sanctions.runs.running()).isEmpty();
            // nothing of the screening was committed
            t.em.clear();
            assertThat(hitCount(t.em)).isZero();
            assertThat(sanctions.lists()).singleElement().satisfies(l -> assertThat(l.getScreenedAt()).isNull());

            // the same screening run in the caller's thread reports the failure to it as well
            assertThatThrownBy(() -> screenings.rescreen("alice"))
                    .satisfies(e -> assertThat(org.oretrace.kernel.concurrent.BackgroundWork.reason(e)).containsIgnoringCase("never_finished"));
            assertThat(sanctions.runs.recent(10)).extracting(Screening::getState).containsExactly(ScreeningState.FAILED,
                    ScreeningState.FAILED);

            // the slot is free: once the database accepts it, the next screening runs
            t.tx(() -> t.em.createNativeQuery("ALTER TABLE screening_run DROP CONSTRAINT never_finished").executeUpdate());
            ScreeningRun run = screenings.rescreen("alice").orElseThrow();
            assertThat(run.hits()).isPositive();
            assertThat(sanctions.runs.recent(1)).singleElement().satisfies(s -> assertThat(s.getState()).isEqualTo(ScreeningState.FINISHED));
        }
    }

    /** The first 300 entries of the snapshot and the two true matches: a small list that still has hits. */
    private static byte[] excerpt() {
        try {
            List<String> lines = Files.readAllLines(RmiTemplates.sdnSnapshot(), StandardCharsets.ISO_8859_1);
            List<String> excerpt = new ArrayList<>(lines.subList(0, 300));
            lines.stream().filter(l -> l.startsWith("32791,") || l.startsWith("44088,")).forEach(excerpt::add);
            return String.join("\r\n", excerpt).getBytes(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static long hitCount(EntityManager em) {
        return em.createQuery("select count(h) from ScreeningHit h", Long.class).getSingleResult();
    }

    private static long entryCount(EntityManager em) {
        return em.createQuery("select count(e) from SanctionsEntry e", Long.class).getSingleResult();
    }

    private static TestServices services(TestDatabase db) {
        TestServices t = new TestServices(db.entityManagerFactory("registry-test").createEntityManager());
        t.tx(() -> t.referenceLists().importList(RmiTemplates.referenceList("6.5"), "RMI_CMRT_6.5.xlsx"));
        return t;
    }
}
