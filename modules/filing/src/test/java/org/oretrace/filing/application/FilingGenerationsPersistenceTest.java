package org.oretrace.filing.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.filing.domain.Filing;
import org.oretrace.filing.domain.FilingGeneration;
import org.oretrace.filing.domain.GenerationState;
import org.oretrace.filing.testing.Narratives;
import org.oretrace.kernel.ReportingYear;
import org.oretrace.kernel.testing.TestDatabase;
import org.oretrace.kernel.time.ApplicationClock;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A filing's generations are database records with one running slot per filing: servers claiming at the same moment
 * start one generation between them (the others are shown that one), a generation whose server went silent is
 * abandoned and taken over, and a finished generation's documents are there for every server. Each "server" is a
 * {@link FilingGenerations} on an entity manager of its own, on the same H2 or PostgreSQL database.
 */
class FilingGenerationsPersistenceTest {

    private static final int SERVERS = 4;
    private static final Instant NOW = Instant.parse("2024-05-20T09:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void serversClaimingAtTheSameMomentStartOneGenerationAndShowItToTheOthers(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "filing")) {
            EntityManagerFactory emf = db.entityManagerFactory("filing-test");
            long filingId = draft(emf);
            CyclicBarrier together = new CyclicBarrier(SERVERS);
            ExecutorService pool = Executors.newFixedThreadPool(SERVERS);
            List<Future<FilingGenerations.Claim>> outcomes = new ArrayList<>();
            try {
                for (int i = 0; i < SERVERS; i++) {
                    FilingGenerations server = server(emf, Clock.systemUTC());
                    String actor = "server-" + i;
                    outcomes.add(pool.submit(() -> {
                        together.await(30, TimeUnit.SECONDS);
                        try {
                            return server.claim(filingId, actor);
                        } catch (PersistenceException lostTheRace) {
                            // the unique running slot refused this claim: what FilingGenerator then shows
                            return new FilingGenerations.Claim(server.running(filingId).orElseThrow().getId(), false);
                        }
                    }));
                }
                List<FilingGenerations.Claim> claims = new ArrayList<>();
                for (Future<FilingGenerations.Claim> outcome : outcomes) {
                    claims.add(outcome.get(2, TimeUnit.MINUTES));
                }
                assertThat(claims).filteredOn(FilingGenerations.Claim::started).hasSize(1);
                long winner = claims.stream().filter(FilingGenerations.Claim::started).findFirst().orElseThrow().generationId();
                assertThat(claims).extracting(FilingGenerations.Claim::generationId).containsOnly(winner);
            } finally {
                pool.shutdownNow();
            }
            FilingGenerations any = server(emf, Clock.systemUTC());
            assertThat(any.count(filingId)).as("one generation recorded").isEqualTo(1);
            assertThat(any.running(filingId)).map(FilingGeneration::getStartedBy).get().asString().startsWith("server-");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aSilentGenerationIsAbandonedAndTakenOverAndItsServerStoresNothing(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "filing")) {
            EntityManagerFactory emf = db.entityManagerFactory("filing-test");
            long filingId = draft(emf);
            FilingGenerations dying = server(emf, Clock.systemUTC());
            FilingGenerations.Claim first = dying.claim(filingId, "alice");
            assertThat(first.started()).isTrue();
            assertThat(dying.advance(first.generationId(), 40)).isTrue();

            // within the silence the generation is still the running one
            FilingGenerations soon = server(emf, Clock.offset(Clock.systemUTC(), FilingGenerations.SILENCE.minusMinutes(1)));
            assertThat(soon.claim(filingId, "bob")).isEqualTo(new FilingGenerations.Claim(first.generationId(), false));
            assertThat(soon.find(first.generationId()).orElseThrow().getProgress()).as("progress seen by the other server").isEqualTo(40);

            // after it, the next request abandons it and starts a generation of its own
            FilingGenerations later = server(emf, Clock.offset(Clock.systemUTC(), FilingGenerations.SILENCE.plus(Duration.ofMinutes(1))));
            FilingGenerations.Claim takeover = later.claim(filingId, "bob");
            assertThat(takeover.started()).isTrue();
            assertThat(takeover.generationId()).isNotEqualTo(first.generationId());
            FilingGeneration abandoned = later.find(first.generationId()).orElseThrow();
            assertThat(abandoned.getState()).isEqualTo(GenerationState.ABANDONED);
            assertThat(abandoned.getMessage()).startsWith("no progress for 5 minutes since");

            // the first server comes back: it must stop, and its documents are not stored
            assertThat(dying.advance(first.generationId(), 80)).isFalse();
            assertThat(dying.finish(first.generationId(), documents("late"))).isFalse();
            assertThat(dying.files(first.generationId())).isEmpty();

            assertThat(later.finish(takeover.generationId(), documents("fresh"))).isTrue();
            FilingGeneration finished = dying.find(takeover.generationId()).orElseThrow();
            assertThat(finished.getState()).isEqualTo(GenerationState.FINISHED);
            assertThat(finished.getProgress()).isEqualTo(100);
            assertThat(dying.running(filingId)).isEmpty();
            assertThat(dying.latestFinished(filingId)).map(FilingGeneration::getId).contains(takeover.generationId());
            assertThat(dying.files(takeover.generationId())).extracting(FilingGenerations.FileSummary::fileName)
                    .containsExactly("form-sd.pdf", "form-sd.htm");
            assertThat(dying.file(takeover.generationId(), "form-sd.htm").orElseThrow().getContent())
                    .isEqualTo("fresh form-sd.htm".getBytes(StandardCharsets.US_ASCII));
            assertThat(dying.files(takeover.generationId()).get(1).sha256())
                    .isEqualTo(org.oretrace.filing.domain.FilingDocument.sha256("fresh form-sd.htm".getBytes(StandardCharsets.US_ASCII)));

            // a finished generation frees the slot: the next request starts a new one
            assertThat(dying.claim(filingId, "carol").started()).isTrue();
            assertThat(dying.count(filingId)).isEqualTo(3);
        }
    }

    private static List<FilingWork.GeneratedDocument> documents(String label) {
        return List.of(DocumentKind.PDF, DocumentKind.FORM_SD_HTML).stream().map(k -> {
            byte[] bytes = (label + " " + k.fileName()).getBytes(StandardCharsets.US_ASCII);
            return new FilingWork.GeneratedDocument(k, bytes, org.oretrace.filing.domain.FilingDocument.sha256(bytes));
        }).toList();
    }

    private static long draft(EntityManagerFactory emf) {
        EntityManager em = emf.createEntityManager();
        try {
            Filing draft = Filing.start(ReportingYear.of(2023), Narratives.filledIn(), null, NOW, "alice");
            em.getTransaction().begin();
            em.persist(draft);
            em.getTransaction().commit();
            return draft.getId();
        } finally {
            em.close();
        }
    }

    /** One server's generations: each call in a transaction of its own, as REQUIRES_NEW gives on the server. */
    private static FilingGenerations server(EntityManagerFactory emf, Clock wallClock) {
        EntityManager own = emf.createEntityManager();
        FilingGenerations g = new FilingGenerations() {
            @Override
            public Claim claim(long filingId, String actor) {
                return tx(own, () -> super.claim(filingId, actor));
            }

            @Override
            public boolean advance(long generationId, int percent) {
                return tx(own, () -> super.advance(generationId, percent));
            }

            @Override
            public boolean finish(long generationId, List<FilingWork.GeneratedDocument> documents) {
                return tx(own, () -> super.finish(generationId, documents));
            }

            @Override
            public Optional<FilingGeneration> find(long generationId) {
                return tx(own, () -> super.find(generationId));
            }

            @Override
            public Optional<FilingGeneration> running(long filingId) {
                return tx(own, () -> super.running(filingId));
            }
        };
        g.em = own;
        g.clock = ApplicationClock.system(true);
        g.wallClock = wallClock;
        return g;
    }

    private static <T> T tx(EntityManager own, Supplier<T> work) {
        own.clear();
        own.getTransaction().begin();
        try {
            T result = work.get();
            own.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (own.getTransaction().isActive()) {
                own.getTransaction().rollback();
            }
            throw e;
        }
    }
}
