package org.oretrace.app.users;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.kernel.testing.TestDatabase;
import org.oretrace.kernel.time.ApplicationClock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in throttle on the real table (app's migrations) on H2 and PostgreSQL: per account and address, per
 * address, never a lock of the administrator from another address; two throttles on one database are two nodes of
 * a cluster and share the counts; a new throttle (a restart) still knows the blocks.
 */
class LoginThrottleTest {

    private final ApplicationClock clock = ApplicationClock.system(true);
    private TestDatabase db;

    LoginThrottleTest() {
        clock.fixAt(Instant.parse("2024-05-01T09:00:00Z"));
    }

    private LoginThrottle node(TestDatabase.Kind kind) {
        if (db == null) {
            db = TestDatabase.create(kind, "app");
        }
        return new LoginThrottle(db.dataSource(), clock, 5, 20, 15);
    }

    @AfterEach
    void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void fiveWrongPasswordsFromOneAddressBlockOnlyThatAddressForThatAccount(TestDatabase.Kind kind) {
        LoginThrottle throttle = node(kind);
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.failed("admin", "203.0.113.9")).isFalse();
        }
        assertThat(throttle.blockedUntil("admin", "203.0.113.9")).isEmpty();
        assertThat(throttle.failed("admin", "203.0.113.9")).isTrue();
        assertThat(throttle.blockedUntil("admin", "203.0.113.9")).contains(clock.now().plus(Duration.ofMinutes(15)));
        // the administrator at their own desk is not blocked, nor is another account from the attacker's address
        assertThat(throttle.blockedUntil("admin", "192.0.2.1")).isEmpty();
        assertThat(throttle.blockedUntil(" admin ", "192.0.2.1")).isEmpty();
        assertThat(throttle.blockedUntil("carla", "203.0.113.9")).isEmpty();
        assertThat(throttle.accountBlockedUntil("admin")).isPresent();

        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.blockedUntil("admin", "203.0.113.9")).isEmpty();
        assertThat(throttle.accountBlockedUntil("admin")).isEmpty();
        assertThat(throttle.failed("admin", "203.0.113.9")).as("a new count after the block").isFalse();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anAddressSprayingManyNamesIsBlockedForEveryName(TestDatabase.Kind kind) {
        LoginThrottle throttle = node(kind);
        for (int i = 0; i < 19; i++) {
            throttle.failed("user" + i, "198.51.100.7");
        }
        assertThat(throttle.blockedUntil("someone", "198.51.100.7")).isEmpty();
        throttle.failed("user19", "198.51.100.7");
        assertThat(throttle.blockedUntil("someone", "198.51.100.7")).isPresent();
        assertThat(throttle.blockedUntil("someone", "198.51.100.8")).isEmpty();
        assertThat(throttle.accountBlockedUntil("someone")).as("no account is locked by an address block").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aSuccessClearsThePairButNotTheAddressAndAnAdministratorCanUnlock(TestDatabase.Kind kind) {
        LoginThrottle throttle = node(kind);
        for (int i = 0; i < 4; i++) {
            throttle.failed("carla", "192.0.2.5");
        }
        throttle.succeeded("carla", "192.0.2.5");
        assertThat(throttle.failed("carla", "192.0.2.5")).isFalse();
        for (int i = 0; i < 4; i++) {
            throttle.failed("carla", "192.0.2.5");
        }
        assertThat(throttle.blockedUntil("carla", "192.0.2.5")).isPresent();
        throttle.unlock("carla");
        assertThat(throttle.blockedUntil("carla", "192.0.2.5")).isEmpty();
        assertThat(throttle.accountBlockedUntil("carla")).isEmpty();
        // the address kept its nine failures: eleven more block it
        for (int i = 0; i < 10; i++) {
            throttle.failed("x" + i, "192.0.2.5");
        }
        assertThat(throttle.blockedUntil("anyone", "192.0.2.5")).isEmpty();
        throttle.failed("x10", "192.0.2.5");
        assertThat(throttle.blockedUntil("anyone", "192.0.2.5")).isPresent();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void failuresOutsideTheWindowStartAfreshAndStaleRowsArePruned(TestDatabase.Kind kind) {
        LoginThrottle throttle = node(kind);
        for (int i = 0; i < 4; i++) {
            throttle.failed("slow", "192.0.2.9");
        }
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.failed("slow", "192.0.2.9")).isFalse();
        for (int i = 0; i < 5; i++) {
            throttle.failed("blocked", "192.0.2.10");
        }
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.prune(clock.now())).as("nothing is stale yet").isZero();
        clock.advance(Duration.ofMinutes(6));
        assertThat(throttle.prune(clock.now())).as("both pairs and both addresses").isEqualTo(4);
        assertThat(throttle.blockedUntil("blocked", "192.0.2.10")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void twoNodesShareTheCountsAndARestartForgetsNothing(TestDatabase.Kind kind) {
        LoginThrottle first = node(kind);
        LoginThrottle second = node(kind);
        for (int i = 0; i < 3; i++) {
            assertThat(first.failed("admin", "203.0.113.50")).isFalse();
        }
        assertThat(second.failed("admin", "203.0.113.50")).isFalse();
        assertThat(second.failed("admin", "203.0.113.50")).as("the fifth failure, counted on the other node").isTrue();
        assertThat(first.blockedUntil("admin", "203.0.113.50")).isPresent();

        LoginThrottle restarted = node(kind);
        assertThat(restarted.blockedUntil("admin", "203.0.113.50")).isPresent();
        assertThat(restarted.blockedUntil("admin", "192.0.2.1")).as("the administrator elsewhere").isEmpty();
        assertThat(restarted.accountBlockedUntil("admin")).isPresent();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void concurrentFailuresOnTwoNodesAreAllCountedAndOnlyOneReportsTheBlock(TestDatabase.Kind kind) throws Exception {
        LoginThrottle first = node(kind);
        LoginThrottle second = node(kind);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> guesses = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                LoginThrottle node = i % 2 == 0 ? first : second;
                guesses.add(() -> node.failed("root", "198.51.100.99"));
            }
            int blocks = 0;
            for (Future<Boolean> f : pool.invokeAll(guesses)) {
                blocks += f.get() ? 1 : 0;
            }
            assertThat(blocks).as("one failure reached the limit").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(first.blockedUntil("root", "198.51.100.99")).isPresent();
        // sixteen failures from the address were counted: four more block it for every name
        for (int i = 0; i < 3; i++) {
            first.failed("other" + i, "198.51.100.99");
        }
        assertThat(second.blockedUntil("nobody", "198.51.100.99")).isEmpty();
        second.failed("other3", "198.51.100.99");
        assertThat(first.blockedUntil("nobody", "198.51.100.99")).isPresent();
    }
}
