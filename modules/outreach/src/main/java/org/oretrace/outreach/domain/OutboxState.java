package org.oretrace.outreach.domain;

public enum OutboxState {
    /** Waiting for the sender (also while no SMTP server is configured, or until the next retry). */
    QUEUED,
    /** Claimed by one sender; no other sender touches it. */
    SENDING,
    SENT,
    /** Given up: permanently rejected or out of retries. Visible on the outbox screen. */
    FAILED
}
