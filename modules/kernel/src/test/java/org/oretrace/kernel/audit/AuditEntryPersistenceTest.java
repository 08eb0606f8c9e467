package org.oretrace.kernel.audit;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.kernel.testing.TestDatabase;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEntryPersistenceTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void entriesAreStoredWithSequenceIdsAndReadBackInOrder(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel")) {
            EntityManager em = db.entityManagerFactory("kernel-test").createEntityManager();
            Instant t0 = Instant.parse("2024-05-30T10:15:30Z");
            em.getTransaction().begin();
            for (int i = 0; i < 120; i++) {
                em.persist(new AuditEntry(t0.plus(i, ChronoUnit.MINUTES), "alice", "Smelter", "CID00" + i, "updated",
                        "status changed " + i));
            }
            em.getTransaction().commit();
            em.clear();

            List<AuditEntry> entries = em.createQuery(
                    "select a from AuditEntry a where a.actor = 'alice' order by a.occurredAt desc", AuditEntry.class)
                    .setMaxResults(3).getResultList();
            assertThat(entries).extracting(AuditEntry::getEntityId).containsExactly("CID00119", "CID00118", "CID00117");
            assertThat(entries.get(0).getOccurredAt()).isEqualTo(t0.plus(119, ChronoUnit.MINUTES));
            assertThat(em.createQuery("select count(distinct a.id) from AuditEntry a", Long.class).getSingleResult())
                    .isEqualTo(120L);

            AuditLog log = new AuditLog(em);
            AuditLog.Filter window = new AuditLog.Filter("alice", "Smelter", null,
                    t0.plus(10, ChronoUnit.MINUTES), t0.plus(20, ChronoUnit.MINUTES), "status");
            assertThat(log.count(window)).isEqualTo(10);
            assertThat(log.search(window, 0, 3)).extracting(AuditEntry::getEntityId)
                    .containsExactly("CID0019", "CID0018", "CID0017");
            assertThat(log.count(AuditLog.Filter.forRecord("Smelter", "CID0042"))).isEqualTo(1);
            assertThat(log.entityTypes()).containsExactly("Smelter");
        }
    }
}
