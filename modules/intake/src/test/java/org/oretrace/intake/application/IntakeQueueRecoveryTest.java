package org.oretrace.intake.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.intake.domain.Channel;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.intake.domain.RejectionCode;
import org.oretrace.intake.domain.StoredFile;
import org.oretrace.kernel.testing.TestDatabase;
import org.oretrace.kernel.time.ApplicationClock;

import java.time.Duration;
import java.time.Instant;

import static org.oretrace.kernel.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake queue never stops for good: a claim left by a node that died expires and the declaration is
 * read again; a file whose reading never finishes is rejected after a few claims (the original kept); a drain
 * stuck on this node does not keep the next one from starting. Claims run through the real queries of
 * {@link DeclarationProcessor} and {@link Declarations} on H2 and PostgreSQL.
 */
class IntakeQueueRecoveryTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anExpiredClaimIsTakenOverAndAFileThatNeverFinishesIsRejectedAfterThreeAttempts(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "intake")) {
            EntityManagerFactory emf = db.entityManagerFactory("intake-test");
            ApplicationClock clock = ApplicationClock.system(true);
            clock.fixAt(T0);
            long id = inTransaction(emf, em -> {
                StoredFile file = new StoredFile(new byte[] {1, 2, 3}, "stuck.xlsx", T0, "alice", Channel.UPLOAD);
                em.persist(file);
                Declaration d = new Declaration(file, "stuck.xlsx", Channel.UPLOAD, T0, "alice");
                em.persist(d);
                return d.getId();
            });

            assertThat(claim(emf, clock, id)).as("first claim").isTrue();
            assertThat(queued(emf, clock)).as("claimed just now: nobody else reads it").isEmpty();
            assertThat(claim(emf, clock, id)).as("a live claim is not taken").isFalse();

            for (int attempt = 2; attempt <= DeclarationProcessor.MAX_READ_ATTEMPTS + 1; attempt++) {
                // the node reading it died: the claim expires and the queue finds the declaration again
                clock.advance(DeclarationProcessor.CLAIM_TIMEOUT.plusSeconds(1));
                assertThat(queued(emf, clock)).as("attempt " + attempt).containsExactly(id);
                assertThat(claim(emf, clock, id)).as("attempt " + attempt).isTrue();
            }

            inTransaction(emf, em -> {
                Declaration found = em.find(Declaration.class, id);
                assertThat(found.getReadAttempts()).isEqualTo(DeclarationProcessor.MAX_READ_ATTEMPTS + 1);
                assertThat(found.abandonUnfinishedReading(DeclarationProcessor.MAX_READ_ATTEMPTS, clock.now())).isTrue();
                return null;
            });
            EntityManager em = emf.createEntityManager();
            Declaration back = em.find(Declaration.class, id);
            assertThat(back.getStatus()).isEqualTo(DeclarationStatus.REJECTED);
            assertThat(back.getRejectionCode()).isEqualTo(RejectionCode.READ_TIMEOUT);
            assertThat(back.getStoredFile().getContent()).as("the original is kept").containsExactly(1, 2, 3);
            em.close();
            assertThat(queued(emf, clock)).as("the queue moved on").isEmpty();

            // read again on request: the attempts start from zero
            inTransaction(emf, e -> {
                e.find(Declaration.class, id).requeue();
                return null;
            });
            assertThat(claim(emf, clock, id)).isTrue();
            boolean abandoned = inTransaction(emf, e -> e.find(Declaration.class, id).abandonUnfinishedReading(
                    DeclarationProcessor.MAX_READ_ATTEMPTS, clock.now()));
            assertThat(abandoned).isFalse();
        }
    }

    @Test
    void aStuckDrainDoesNotStopTheNextOneAfterTheClaimTimeout() {
        DrainLease lease = new DrainLease(Duration.ofMinutes(2));
        Instant stuck = T0;
        assertThat(lease.tryStart(stuck)).isTrue();
        assertThat(lease.tryStart(T0.plusSeconds(15))).as("the next tick while it runs").isFalse();
        Instant next = T0.plusSeconds(121);
        assertThat(lease.tryStart(next)).as("the running drain is stuck past the timeout").isTrue();
        lease.finish(stuck);
        assertThat(lease.tryStart(T0.plusSeconds(130))).as("the stuck drain finishing late frees nothing").isFalse();
        lease.finish(next);
        assertThat(lease.tryStart(T0.plusSeconds(131))).isTrue();
    }

    private static boolean claim(EntityManagerFactory emf, ApplicationClock clock, long id) {
        return inTransaction(emf, em -> {
            DeclarationProcessor processor = new DeclarationProcessor();
            processor.em = em;
            processor.clock = clock;
            return processor.claim(id);
        });
    }

    private static java.util.List<Long> queued(EntityManagerFactory emf, ApplicationClock clock) {
        EntityManager em = emf.createEntityManager();
        try {
            Declarations declarations = new Declarations();
            declarations.em = em;
            return declarations.queued(clock.now().minus(DeclarationProcessor.CLAIM_TIMEOUT), 25);
        } finally {
            em.close();
        }
    }
}
