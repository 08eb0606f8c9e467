package org.oretrace.outreach.application;

/** Fired when mail was put in the outbox; once the transaction commits, the sender is woken up. */
public record MailQueued(int count) {
}
