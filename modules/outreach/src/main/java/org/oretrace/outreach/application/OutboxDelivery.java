package org.oretrace.outreach.application;

import org.oretrace.outreach.domain.Contact;
import org.oretrace.outreach.domain.OutboxMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what is due in the outbox. Any number of these may run at once (threads, timers, nodes):
 * each message is claimed in the database first and only the claimer sends it. The SMTP
 * conversation runs outside any transaction; the result is recorded in a new one.
 */
public final class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    /** A claim older than this belongs to a sender that died mid-way (oretrace.outreach.mail.claim-timeout-seconds). */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(15);

    private final UnitOfWork unitOfWork;
    private final MailTransport transport;
    private final Supplier<Instant> clock;
    private final String worker;
    private final RetryPolicy retry;
    private final Duration abandonedAfter;

    public OutboxDelivery(UnitOfWork unitOfWork, MailTransport transport, Supplier<Instant> clock, String worker,
                          RetryPolicy retry) {
        this(unitOfWork, transport, clock, worker, retry, ABANDONED_AFTER);
    }

    /**
     * {@code abandonedAfter}: how long a claim may stand before its sender counts as dead and the message is queued
     * again; longer than one SMTP conversation may take, or a slow send goes out twice.
     */
    public OutboxDelivery(UnitOfWork unitOfWork, MailTransport transport, Supplier<Instant> clock, String worker,
                          RetryPolicy retry, Duration abandonedAfter) {
        this.abandonedAfter = abandonedAfter;
        this.unitOfWork = unitOfWork;
        this.transport = transport;
        this.clock = clock;
        this.worker = worker;
        this.retry = retry;
    }

    public record Result(int sent, int retrying, int failed, int claimedByOthers) {
        public int attempted() {
            return sent + retrying + failed;
        }
    }

    /** Sends up to {@code max} due messages. */
    public Result deliverDue(int max) {
        if (!transport.isConfigured()) {
            unitOfWork.inNewTransaction(em -> new OutboxStore(em).markUnsendable(OutboxMessage.NO_SMTP));
            return new Result(0, 0, 0, 0);
        }
        Instant start = clock.get();
        int released = unitOfWork.inNewTransaction(em -> new OutboxStore(em).releaseAbandoned(start.minus(abandonedAfter)));
        if (released > 0) {
            LOG.warning(() -> released + " outbox message(s) abandoned by a stopped sender were queued again");
        }
        List<Long> due = unitOfWork.inNewTransaction(em -> new OutboxStore(em).dueIds(start, max));
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        int others = 0;
        for (long id : due) {
            Instant now = clock.get();
            boolean mine = unitOfWork.inNewTransaction(em -> new OutboxStore(em).claim(id, worker, now));
            if (!mine) {
                others++;
                continue;
            }
            OutgoingMail mail = unitOfWork.inNewTransaction(em -> OutgoingMail.of(new OutboxStore(em).claimed(id)));
            switch (send(mail)) {
                case SENT -> sent++;
                case RETRYING -> retrying++;
                case FAILED -> failed++;
            }
        }
        return new Result(sent, retrying, failed, others);
    }

    private enum Outcome { SENT, RETRYING, FAILED }

    private Outcome send(OutgoingMail mail) {
        try {
            transport.send(mail);
        } catch (MailDeliveryException e) {
            return recordFailure(mail, e);
        } catch (RuntimeException e) {
            // a bug or an unexpected library failure must not leave the message claimed forever
            LOG.log(Level.WARNING, "Unexpected failure sending outbox message " + mail.id(), e);
            return recordFailure(mail, new MailDeliveryException(String.valueOf(e), false, e));
        }
        unitOfWork.inNewTransaction(em -> {
            new OutboxStore(em).claimed(mail.id()).sent(clock.get());
            return null;
        });
        return Outcome.SENT;
    }

    private Outcome recordFailure(OutgoingMail mail, MailDeliveryException e) {
        return unitOfWork.inNewTransaction(em -> {
            OutboxMessage message = new OutboxStore(em).claimed(mail.id());
            if (e.isPermanent()) {
                message.rejected(e.getMessage());
                if (mail.contactId() != null) {
                    Contact contact = em.find(Contact.class, mail.contactId());
                    if (contact != null && contact.getEmail() != null && contact.getEmail().equalsIgnoreCase(mail.to())) {
                        contact.markBouncing(e.getMessage());
                    }
                }
                LOG.info(() -> "Mail " + mail.id() + " to " + mail.to() + " rejected: " + e.getMessage());
                return Outcome.FAILED;
            }
            Instant retryAt = retry.nextAttempt(message.getAttempts() + 1, clock.get());
            message.failed(e.getMessage(), retryAt);
            LOG.info(() -> "Mail " + mail.id() + " to " + mail.to() + " not sent (" + e.getMessage() + "); "
                    + (retryAt == null ? "giving up" : "retrying at " + retryAt));
            return retryAt == null ? Outcome.FAILED : Outcome.RETRYING;
        });
    }
}
