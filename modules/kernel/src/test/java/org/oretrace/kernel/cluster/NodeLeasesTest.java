package org.oretrace.kernel.cluster;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.kernel.testing.TestDatabase;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Leases on the real migrations, in H2 and PostgreSQL: one holder at a time, expiry hands the work over. */
class NodeLeasesTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void oneHolderAtATimeUntilReleasedOrExpired(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel")) {
            AtomicReference<Instant> now = new AtomicReference<>(T0);
            NodeLeases leases = new NodeLeases(db.dataSource(), now::get);
            Duration minute = Duration.ofMinutes(1);

            assertThat(leases.tryAcquire("mailbox", "a", minute)).isTrue();
            assertThat(leases.tryAcquire("mailbox", "b", minute)).as("held by a").isFalse();
            assertThat(leases.tryAcquire("mailbox", "a", minute)).as("renewed by its holder").isTrue();
            assertThat(leases.tryAcquire("outbox", "b", minute)).as("another lease").isTrue();

            leases.release("mailbox", "b");
            assertThat(leases.tryAcquire("mailbox", "b", minute)).as("only the holder releases").isFalse();
            leases.release("mailbox", "a");
            assertThat(leases.tryAcquire("mailbox", "b", minute)).as("released").isTrue();

            now.set(T0.plusSeconds(59));
            assertThat(leases.tryAcquire("mailbox", "a", minute)).as("b's lease still runs").isFalse();
            now.set(T0.plusSeconds(61));
            assertThat(leases.tryAcquire("mailbox", "a", minute)).as("b died: its lease expired").isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void ofManyNodesAskingAtOnceExactlyOneGetsIt(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, "kernel")) {
            NodeLeases leases = new NodeLeases(db.dataSource(), () -> T0);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                for (int round = 0; round < 5; round++) {
                    String name = "race-" + round;
                    List<Callable<Boolean>> nodes = new ArrayList<>();
                    for (int n = 0; n < 8; n++) {
                        String holder = "node-" + n;
                        nodes.add(() -> leases.tryAcquire(name, holder, Duration.ofMinutes(1)));
                    }
                    int winners = 0;
                    for (Future<Boolean> f : pool.invokeAll(nodes)) {
                        winners += f.get() ? 1 : 0;
                    }
                    assertThat(winners).as(name).isEqualTo(1);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
