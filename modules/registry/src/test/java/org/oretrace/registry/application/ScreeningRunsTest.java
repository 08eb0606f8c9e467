package org.oretrace.registry.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.kernel.testing.TestDatabase;
import org.oretrace.registry.domain.Screening;
import org.oretrace.registry.domain.ScreeningState;
import org.oretrace.registry.testing.RmiTemplates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Screenings are database records: every server sees one that runs, a second start is refused
 * with a clear message, simultaneous starts on several servers never collide on the hits, and the
 * screening of a server that died is taken over after its silence. Each "server" is a set of
 * services on an entity manager of its own, on the same H2 or PostgreSQL database.
 */
class ScreeningRunsTest {

    private static final int SERVERS = 4;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void serversStartingAScreeningAtTheSameMomentRunItOnceAndTheOthersAreRefused(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "registry")) {
            EntityManagerFactory emf = db.entityManagerFactory("registry-test");
            TestServices first = new TestServices(emf.createEntityManager());
            first.tx(() -> first.referenceLists().importList(RmiTemplates.referenceList("6.5"), "RMI_CMRT_6.5.xlsx"));
            SanctionsImportResult imported = importSnapshot(first, first.sanctions());
            int hitsOfOneScreening = first.runs().find(imported.screeningId()).orElseThrow().getHits();

            CyclicBarrier together = new CyclicBarrier(SERVERS);
            ExecutorService pool = Executors.newFixedThreadPool(SERVERS);
            List<Future<Optional<ScreeningRun>>> outcomes = new ArrayList<>();
            try {
                for (int i = 0; i < SERVERS; i++) {
                    String actor = "server-" + i;
                    TestServices server = new TestServices(emf.createEntityManager());
                    SmelterScreenings screenings = server.screenings(server.sanctions(), Runnable::run);
                    outcomes.add(pool.submit(() -> {
                        together.await(30, TimeUnit.SECONDS);
                        return screenings.rescreen(actor);
                    }));
                }
                int finished = 0;
                List<String> refusals = new ArrayList<>();
                for (Future<Optional<ScreeningRun>> outcome : outcomes) {
                    try {
                        ScreeningRun run = outcome.get(5, TimeUnit.MINUTES).orElseThrow();
                        assertThat(run.hits()).isEqualTo(hitsOfOneScreening);
                        assertThat(run.newHits()).isZero();
                        finished++;
                    } catch (java.util.concurrent.ExecutionException e) {
                        // the only acceptable failure: a clear refusal, never a unique-key violation on the hits
                        assertThat(e.getCause()).isInstanceOf(ScreeningRuns.AlreadyRunning.class);
                        refusals.add(e.getCause().getMessage());
                    }
                }
                assertThat(finished).isEqualTo(1);
                assertThat(refusals).hasSize(SERVERS - 1)
                        .allSatisfy(m -> assertThat(m).startsWith("A screening is already running: started by server-")
                                .contains("against the SDN list of 2024-05-03").contains("of 349 smelters done")
                                .endsWith("Start again when it has finished."));
            } finally {
                pool.shutdownNow();
            }

            ScreeningRuns anyServer = first.runs();
            List<Screening> history = anyServer.recent(10);
            assertThat(history).extracting(Screening::getState).containsExactly(ScreeningState.FINISHED, ScreeningState.FINISHED);
            Screening rescreen = history.get(0);
            assertThat(rescreen.getStartedBy()).startsWith("server-");
            assertThat(rescreen.getDone()).isEqualTo(349);
            assertThat(rescreen.getTotal()).isEqualTo(349);
            assertThat(rescreen.percent()).isEqualTo(100);
            assertThat(rescreen.getHits()).isEqualTo(hitsOfOneScreening);
            assertThat(rescreen.getFinishedAt()).isNotNull();
            assertThat(history.get(1).getStartedBy()).isEqualTo("alice");
            assertThat(anyServer.running()).isEmpty();
            EntityManager check = emf.createEntityManager();
            assertThat(check.createQuery("select count(h) from ScreeningHit h", Long.class).getSingleResult())
                    .isEqualTo(hitsOfOneScreening);
            check.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRunningScreeningIsVisibleEverywhereRefusesOthersAndIsTakenOverWhenItsServerFellSilent(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "registry")) {
            EntityManagerFactory emf = db.entityManagerFactory("registry-test");
            TestServices here = new TestServices(emf.createEntityManager());
            here.tx(() -> here.referenceLists().importList(RmiTemplates.referenceList("6.5"), "RMI_CMRT_6.5.xlsx"));
            SanctionsService sanctions = here.sanctions();
            long listId = importSnapshot(here, sanctions).listId();

            // another server claims a screening and reports progress: this one sees it and is refused
            TestServices there = new TestServices(emf.createEntityManager());
            ScreeningRuns otherServer = there.runs();
            long theirs = otherServer.claim(listId, LocalDate.of(2024, 5, 3), 349, "bob");
            assertThat(otherServer.advance(theirs, 120)).isTrue();
            Screening seenHere = here.runs().running().orElseThrow();
            assertThat(seenHere.getId()).isEqualTo(theirs);
            assertThat(seenHere.getDone()).isEqualTo(120);
            assertThat(seenHere.percent()).isEqualTo(34);
            assertThatThrownBy(() -> here.screenings(sanctions, Runnable::run).rescreen("alice"))
                    .isInstanceOf(ScreeningRuns.AlreadyRunning.class)
                    .hasMessageContaining("started by bob").hasMessageContaining("120 of 349 smelters done");
            assertThatThrownBy(() -> importSnapshot(here, sanctions))
                    .isInstanceOf(ScreeningRuns.AlreadyRunning.class);
            assertThat(here.runs().recent(10)).hasSize(2);

            // the other server dies: after minutes of silence its screening is abandoned and a new one runs
            ScreeningRuns later = here.runs();
            later.wallClock = Clock.offset(Clock.systemUTC(), ScreeningRuns.SILENCE.plus(Duration.ofMinutes(1)));
            SanctionsService afterwards = here.sanctions();
            afterwards.runs = later;
            ScreeningRun run = here.screenings(afterwards, Runnable::run).rescreen("alice").orElseThrow();
            assertThat(run.subjects()).isEqualTo(349);
            List<Screening> history = here.runs().recent(10);
            assertThat(history).extracting(Screening::getState)
                    .containsExactly(ScreeningState.FINISHED, ScreeningState.ABANDONED, ScreeningState.FINISHED);
            assertThat(history.get(1).getMessage()).contains("no progress for 5 minutes").contains("its server stopped");
            // the dead server's late report is refused: it must stop
            assertThat(otherServer.advance(theirs, 200)).isFalse();
        }
    }

    private static SanctionsImportResult importSnapshot(TestServices t, SanctionsService sanctions) {
        try (InputStream in = Files.newInputStream(RmiTemplates.sdnSnapshot())) {
            return t.imports(t.screenings(sanctions, Runnable::run))
                    .importListAndScreen(in, null, "ofac-sdn-2024-05-03.csv", LocalDate.of(2024, 5, 3));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
