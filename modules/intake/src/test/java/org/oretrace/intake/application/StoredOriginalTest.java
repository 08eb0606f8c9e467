package org.oretrace.intake.application;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.intake.domain.Channel;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.StoredFile;
import org.oretrace.kernel.testing.TestDatabase;

import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oretrace.kernel.testing.TestDatabase.inTransaction;

/**
 * The queue and the batch readers read a declaration's original back from the database through JDBC (a stream
 * into an array of the stored size, issue 18): the bytes come back exactly, on H2 (a large object) and PostgreSQL.
 */
class StoredOriginalTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theOriginalComesBackByteForByte(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "intake")) {
            EntityManagerFactory emf = db.entityManagerFactory("intake-test");
            byte[] big = new byte[3 * 1024 * 1024 + 5];
            new Random(18).nextBytes(big);
            long first = declarationOf(emf, big, "big.xlsx");
            long second = declarationOf(emf, new byte[] {7}, "one-byte.xlsx");

            byte[][] back = inTransaction(emf, em -> {
                DeclarationProcessor processor = new DeclarationProcessor();
                processor.em = em;
                return new byte[][] {processor.storedOriginal(first), processor.storedOriginal(second)};
            });
            assertThat(back[0]).isEqualTo(big);
            assertThat(back[1]).containsExactly(7);
        }
    }

    private static long declarationOf(EntityManagerFactory emf, byte[] bytes, String name) {
        return inTransaction(emf, em -> {
            StoredFile file = new StoredFile(bytes, name, T0, "alice", Channel.UPLOAD);
            em.persist(file);
            Declaration d = new Declaration(file, name, Channel.UPLOAD, T0, "alice");
            em.persist(d);
            return d.getId();
        });
    }
}
