package org.oretrace.app.users;

import org.junit.jupiter.api.Test;
import org.oretrace.kernel.time.ApplicationClock;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private final ApplicationClock clock = ApplicationClock.system(true);
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, 20, 15);

    LoginThrottleTest() {
        clock.fixAt(Instant.parse("2024-05-01T09:00:00Z"));
    }

    @Test
    void fiveWrongPasswordsFromOneAddressBlockOnlyThatAddressForThatAccount() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.failed("admin", "203.0.113.9")).isFalse();
        }
        assertThat(throttle.blockedUntil("admin", "203.0.113.9")).isEmpty();
        assertThat(throttle.failed("admin", "203.0.113.9")).isTrue();
        assertThat(throttle.blockedUntil("admin", "203.0.113.9")).contains(clock.now().plus(Duration.ofMinutes(15)));
        // the administrator at their own desk is not blocked, nor is another account from the attacker's address
        assertThat(throttle.blockedUntil("admin", "192.0.2.1")).isEmpty();
        assertThat(throttle.blockedUntil("carla", "203.0.113.9")).isEmpty();
        assertThat(throttle.accountBlockedUntil("admin")).isPresent();

        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.blockedUntil("admin", "203.0.113.9")).isEmpty();
        assertThat(throttle.failed("admin", "203.0.113.9")).isFalse();
    }

    @Test
    void anAddressSprayingManyNamesIsBlockedForEveryName() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("user" + i, "198.51.100.7");
        }
        assertThat(throttle.blockedUntil("someone", "198.51.100.7")).isEmpty();
        throttle.failed("user19", "198.51.100.7");
        assertThat(throttle.blockedUntil("someone", "198.51.100.7")).isPresent();
        assertThat(throttle.blockedUntil("someone", "198.51.100.8")).isEmpty();
    }

    @Test
    void aSuccessClearsThePairButNotTheAddressAndAnAdministratorCanUnlock() {
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
    }

    @Test
    void failuresOutsideTheWindowStartAfresh() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("slow", "192.0.2.9");
        }
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.failed("slow", "192.0.2.9")).isFalse();
    }

    @Test
    void memoryStaysBoundedUnderAFloodOfNames() {
        for (int i = 0; i < LoginThrottle.MAX_TRACKED + 500; i++) {
            throttle.failed("n" + i, "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
        }
        assertThat(throttle.trackedKeys()).isLessThanOrEqualTo(LoginThrottle.MAX_TRACKED + 1);
    }
}
