package org.oretrace.outreach.application;

import java.time.Duration;
import java.time.Instant;

/** Exponential back-off for temporary SMTP failures: base, 4x base, 16x base ..., capped at six hours. */
public record RetryPolicy(Duration base, int maxAttempts) {

    private static final Duration CAP = Duration.ofHours(6);

    public RetryPolicy {
        if (base.isNegative() || base.isZero() || maxAttempts < 1) {
            throw new IllegalArgumentException("Retry base must be positive and attempts at least 1");
        }
    }

    /** When to try again after the given number of failed attempts, or null to give up. */
    public Instant nextAttempt(int failedAttempts, Instant now) {
        if (failedAttempts >= maxAttempts) {
            return null;
        }
        Duration wait = base;
        for (int i = 1; i < failedAttempts && wait.compareTo(CAP) < 0; i++) {
            wait = wait.multipliedBy(4);
        }
        return now.plus(wait.compareTo(CAP) > 0 ? CAP : wait);
    }
}
