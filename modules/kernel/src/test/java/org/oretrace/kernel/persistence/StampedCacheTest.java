package org.oretrace.kernel.persistence;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of a kept result (the database side of the stamp: DraftFactsCacheTest, CampaignStatisticsPersistenceTest). */
class StampedCacheTest {

    private final AtomicInteger computed = new AtomicInteger();

    private String compute() {
        return "result " + computed.incrementAndGet();
    }

    @Test
    void aResultIsKeptWhileItsStampIsUnchangedAndComputedAgainWhenItMoves() {
        StampedCache<Integer, String> cache = new StampedCache<>(10);
        AtomicReference<String> stamp = new AtomicReference<>("a");
        assertThat(cache.get(2023, stamp::get, this::compute)).isEqualTo("result 1");
        assertThat(cache.get(2023, stamp::get, this::compute)).isEqualTo("result 1");
        assertThat(cache.get(2024, stamp::get, this::compute)).as("another key").isEqualTo("result 2");
        stamp.set("b");
        assertThat(cache.get(2023, stamp::get, this::compute)).isEqualTo("result 3");
        assertThat(cache.get(2023, stamp::get, this::compute)).isEqualTo("result 3");
    }

    @Test
    void withoutAStampNothingIsKept() {
        StampedCache<Integer, String> cache = new StampedCache<>(10);
        cache.get(2023, () -> null, this::compute);
        assertThat(cache.get(2023, () -> null, this::compute)).isEqualTo("result 2");
    }

    @Test
    void aResultComputedWhileTheStampMovedIsReturnedButNotKept() {
        StampedCache<Integer, String> cache = new StampedCache<>(10);
        AtomicReference<String> stamp = new AtomicReference<>("a");
        String during = cache.get(2023, stamp::get, () -> {
            stamp.set("b"); // a write committed while the result was being computed
            return compute();
        });
        assertThat(during).isEqualTo("result 1");
        assertThat(cache.get(2023, stamp::get, this::compute)).as("computed again, then kept").isEqualTo("result 2");
        assertThat(cache.get(2023, stamp::get, this::compute)).isEqualTo("result 2");
    }

    @Test
    void requestsDuringAComputationWaitForItInsteadOfComputingAgain() throws Exception {
        StampedCache<Integer, String> cache = new StampedCache<>(10);
        CountDownLatch started = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> cache.get(2023, () -> "a", () -> {
                started.countDown();
                sleep(300);
                return compute();
            })));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 3; i++) {
                answers.add(pool.submit(() -> cache.get(2023, () -> "a", this::compute)));
            }
            for (Future<String> answer : answers) {
                assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo("result 1");
            }
            assertThat(computed).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void pastItsSizeTheEntriesAreDroppedNotGrownWithoutEnd() {
        StampedCache<Integer, String> cache = new StampedCache<>(2);
        cache.get(1, () -> "a", this::compute);
        cache.get(2, () -> "a", this::compute);
        assertThat(cache.get(1, () -> "a", this::compute)).isEqualTo("result 1");
        cache.get(3, () -> "a", this::compute); // a third key: the two kept ones are dropped
        assertThat(cache.get(1, () -> "a", this::compute)).isEqualTo("result 4");
        for (int day = 10; day < 1_000; day++) {
            cache.get(day, () -> "a", this::compute);
        }
        assertThat(cache.keysHeld()).as("entries and the locks of their computations").isLessThanOrEqualTo(3);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
