package org.oretrace.kernel.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one source of "now" for business rules (reminder days, effective-date checks, due dates).
 * Tests and demos move it forward; production never does, because moving it is refused unless
 * {@code oretrace.clock.adjustable=true}.
 */
@ApplicationScoped
public class ApplicationClock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final AtomicReference<Instant> fixed = new AtomicReference<>();
    private boolean adjustable;
    private ZoneId zone = ZoneId.systemDefault();

    public ApplicationClock() {
    }

    @Inject
    public ApplicationClock(@ConfigProperty(name = "oretrace.clock.adjustable", defaultValue = "false") boolean adjustable,
                            @ConfigProperty(name = "oretrace.clock.zone", defaultValue = "UTC") String zone,
                            @ConfigProperty(name = "oretrace.demo", defaultValue = "false") boolean demo) {
        // the demo plays its reporting year on the clock and then keeps a fixed "today"
        this.adjustable = adjustable || demo;
        this.zone = ZoneId.of(zone);
    }

    /** A clock for code outside CDI (and for tests): not adjustable unless said so. */
    public static ApplicationClock system(boolean adjustable) {
        ApplicationClock clock = new ApplicationClock();
        clock.adjustable = adjustable;
        clock.zone = ZoneId.of("UTC");
        return clock;
    }

    public Instant now() {
        Instant base = fixed.get();
        return (base != null ? base : Instant.now()).plus(offset.get());
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isAdjustable() {
        return adjustable;
    }

    /** Moves time forward (or back) by the given amount. */
    public void advance(Duration amount) {
        requireAdjustable();
        offset.updateAndGet(current -> current.plus(amount));
    }

    /** Stops time at the given instant; {@link #advance} then moves from there. */
    public void fixAt(Instant instant) {
        requireAdjustable();
        fixed.set(instant);
        offset.set(Duration.ZERO);
    }

    public void reset() {
        requireAdjustable();
        fixed.set(null);
        offset.set(Duration.ZERO);
    }

    @Produces
    public Clock asJavaClock() {
        ApplicationClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return self.zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return Clock.fixed(self.now(), other);
            }

            @Override
            public Instant instant() {
                return self.now();
            }
        };
    }

    private void requireAdjustable() {
        if (!adjustable) {
            throw new IllegalStateException("The clock is not adjustable (set oretrace.clock.adjustable=true for tests and demos)");
        }
    }
}
