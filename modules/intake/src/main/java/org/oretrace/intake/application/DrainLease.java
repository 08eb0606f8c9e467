package org.oretrace.intake.application;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Who drains the intake queue on this node: at most one drain at a time, unless the running one started
 * more than the timeout ago (it is stuck; its claims in the database have expired too, so a new drain reads
 * the files it held). Thread-safe.
 */
final class DrainLease {

    private final Duration timeout;
    private final AtomicReference<Instant> runningSince = new AtomicReference<>();

    DrainLease(Duration timeout) {
        this.timeout = timeout;
    }

    /** Takes the lease for a drain starting {@code now}; false while another drain holds it and is not stale. */
    boolean tryStart(Instant now) {
        while (true) {
            Instant current = runningSince.get();
            if (current != null && current.plus(timeout).isAfter(now)) {
                return false;
            }
            if (runningSince.compareAndSet(current, now)) {
                return true;
            }
        }
    }

    /** Gives the lease back, unless a newer drain took it over in the meantime. */
    void finish(Instant started) {
        runningSince.compareAndSet(started, null);
    }
}
