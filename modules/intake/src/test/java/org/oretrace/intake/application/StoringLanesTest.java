package org.oretrace.intake.application;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The batch's storing lanes: order within a lane, work at once across lanes, a bound on open work, failures. */
class StoringLanesTest {

    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void eachLaneRunsItsWorkInOrderWhileTheLanesRunAtOnceAndOpenWorkIsBounded() {
        StoringLanes lanes = new StoringLanes(threads, 2, 3);
        List<List<Integer>> ran = List.of(Collections.synchronizedList(new ArrayList<>()),
                Collections.synchronizedList(new ArrayList<>()));
        AtomicInteger open = new AtomicInteger();
        AtomicInteger mostOpen = new AtomicInteger();
        AtomicInteger given = new AtomicInteger();
        AtomicInteger mostAhead = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        for (int i = 0; i < 200; i++) {
            int piece = i;
            given.incrementAndGet();
            lanes.give(i % 2, () -> {
                mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
                mostAhead.accumulateAndGet(given.get() - finished.get(), Math::max);
                ran.get(piece % 2).add(piece);
                sleep(1);
                open.decrementAndGet();
                finished.incrementAndGet();
            });
        }
        lanes.finish();
        assertThat(ran.get(0)).hasSize(100).isSorted();
        assertThat(ran.get(1)).hasSize(100).isSorted();
        assertThat(mostOpen.get()).as("one piece at a time per lane").isLessThanOrEqualTo(2);
        assertThat(mostOpen.get()).as("the two lanes ran at once").isEqualTo(2);
        assertThat(mostAhead.get()).as("the giver waits while 3 pieces are open").isLessThanOrEqualTo(3 + 1);
    }

    @Test
    void aFailedLaneRunsNothingMoreAndFinishThrowsTheFailure() {
        StoringLanes lanes = new StoringLanes(threads, 2, 4);
        List<Integer> ran = Collections.synchronizedList(new ArrayList<>());
        IllegalStateException broken = new IllegalStateException("the database refused");
        for (int i = 0; i < 40 && !lanes.failed(); i++) {
            int piece = i;
            lanes.give(i % 2, () -> {
                if (piece == 5) {
                    throw broken;
                }
                ran.add(piece);
            });
            sleep(2);
        }
        assertThat(lanes.failed()).isTrue();
        assertThatThrownBy(lanes::finish).isSameAs(broken);
        assertThat(ran).as("nothing after the failure on its lane").noneMatch(p -> p % 2 == 1 && p > 5);
    }

    @Test
    void anExecutorThatRunsAtOnceMakesAPlainLoopAndARefusedStartIsAFailure() {
        List<Integer> ran = new ArrayList<>();
        StoringLanes inline = new StoringLanes(Runnable::run, 2, 1);
        for (int i = 0; i < 10; i++) {
            int piece = i;
            inline.give(i % 2, () -> ran.add(piece));
        }
        inline.finish();
        assertThat(ran).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);

        StoringLanes refused = new StoringLanes(task -> {
            throw new RejectedExecutionException("shutting down");
        }, 2, 1);
        refused.give(0, () -> ran.add(99));
        refused.give(1, () -> ran.add(99));
        assertThat(refused.failed()).isTrue();
        assertThatThrownBy(refused::finish).isInstanceOf(RejectedExecutionException.class);
        assertThat(ran).doesNotContain(99);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
