package org.oretrace.intake.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oretrace.intake.domain.Channel;
import org.oretrace.intake.domain.MailRefusal;
import org.oretrace.intake.infrastructure.Mailbox;
import org.oretrace.kernel.cluster.NodeLeases;
import org.oretrace.kernel.time.ApplicationClock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Optional mailbox intake: when {@code oretrace.mailbox.host} is set, polls the IMAP folder and
 * takes in every CMRT attached to a message, with the message's sender, subject and date. Files
 * are stored (and queued) first; the message moves to the processed folder afterwards. A message
 * over a limit (oretrace.mailbox.*) is refused with the reason recorded ({@link MailLedger}) and moved to
 * the refused folder, the files within the limits before it stored; the poll goes on with the next one.
 *
 * <p>With several nodes the timer fires on each, but one node polls at a time: the poll holds the
 * {@value #LEASE} lease in the database ({@link NodeLeases}). A node that dies mid-poll leaves the message in
 * the inbox (it moves only after its files were stored); the next poll stores the files again, which
 * {@link Reception} recognises by their SHA-256 as the declarations already received, so each file is read once.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailboxIntake {

    private static final Logger LOG = Logger.getLogger(MailboxIntake.class.getName());
    static final String ACTOR = "mailbox";
    private static final String FILES = "files per mail (oretrace.mailbox.max-files-per-message)";

    @Inject
    MailboxAccount account;
    @Inject
    @ConfigProperty(name = "oretrace.mailbox.poll-seconds", defaultValue = "60")
    long pollSeconds;
    @Inject
    @ConfigProperty(name = "oretrace.mailbox.max-message-bytes", defaultValue = "62914560")
    long maxMessageBytes;
    @Inject
    @ConfigProperty(name = "oretrace.mailbox.max-attachments", defaultValue = "20")
    int maxAttachments;
    @Inject
    @ConfigProperty(name = "oretrace.mailbox.max-multipart-depth", defaultValue = "10")
    int maxDepth;
    @Inject
    @ConfigProperty(name = "oretrace.mailbox.max-files-per-message", defaultValue = "50")
    int maxFilesPerMessage;
    @Inject
    @ConfigProperty(name = "oretrace.mailbox.max-stored-bytes-per-message", defaultValue = "104857600")
    long maxStoredPerMessage;
    @Inject
    @ConfigProperty(name = "oretrace.mailbox.max-stored-bytes-per-sender-day", defaultValue = "209715200")
    long maxStoredPerSenderDay;
    /** The receiving server's authserv-id in Authentication-Results (RFC 8601); none: no mail is verified by it. */
    @Inject
    @ConfigProperty(name = "oretrace.mailbox.authserv-id")
    Optional<String> authservId;

    @Inject
    DeclarationIntake intake;

    @Inject
    IncomingFiles files;

    @Inject
    MailLedger ledger;

    @Inject
    MailSenders senders;

    @Inject
    IntakeSettings settings;

    @Inject
    IntakeQueue queue;

    @Inject
    ApplicationClock clock;

    @Resource
    TimerService timers;

    @Inject
    NodeLeases leases;

    static final String LEASE = "intake-mailbox";

    /** How long one poll may hold the mailbox before another node may take it over (a node died mid-poll). */
    @Inject
    @ConfigProperty(name = "oretrace.mailbox.lease-seconds", defaultValue = "300")
    long leaseSeconds;

    @PostConstruct
    void schedule() {
        if (!isOn()) {
            LOG.info("Mailbox intake is off (oretrace.mailbox.host is not set)");
            return;
        }
        long interval = Math.max(10, pollSeconds) * 1000;
        timers.createIntervalTimer(interval, interval, new TimerConfig("mailbox", false));
        LOG.info(() -> "Mailbox intake polls " + account.describe() + " every " + interval / 1000 + " s");
    }

    public boolean isOn() {
        return account.isOn();
    }

    @Timeout
    void onTimer() {
        pollNow();
    }

    /** Polls once; returns what was done (also for a person's "check now"). */
    public Mailbox.Result pollNow() {
        if (!leases.tryAcquire(LEASE, Duration.ofSeconds(Math.max(10, leaseSeconds)))) {
            LOG.fine("The mailbox is being polled by another node");
            return new Mailbox.Result(0, 0, 0, 0);
        }
        try {
            return pollHoldingLease();
        } finally {
            leases.release(LEASE);
        }
    }

    private Mailbox.Result pollHoldingLease() {
        Mailbox mailbox = new Mailbox(account.settings(), new Mailbox.Limits(maxMessageBytes, Math.max(1, maxAttachments),
                Math.max(1, maxDepth), Math.max(settings.maxFileBytes(), settings.maxArchiveBytes())));
        try {
            Mailbox.Result result = mailbox.poll(this::receive);
            if (result.attachments() > 0) {
                queue.drain();
            }
            return result;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "The mailbox could not be polled; trying again at the next interval", e);
            return new Mailbox.Result(0, 0, 1, 0);
        }
    }

    /**
     * Stores a message's files within its budget: files per message and bytes per message, and what is left
     * of the sender's daily bytes. Answers the reason when something was refused (recorded), else null.
     */
    private String receive(Mailbox.Mail mail) {
        MailSenders.Sender sender = senders.identify(mail.from(), mail.authenticationResults(), authservId.orElse(null));
        long senderLeft = maxStoredPerSenderDay - ledger.storedToday(mail.from());
        Budget budget = senderLeft < maxStoredPerMessage
                ? new Budget(settings.maxArchiveEntries(), maxFilesPerMessage, FILES, senderLeft, Budget.megabytes(maxStoredPerSenderDay)
                + " stored per sender and day (oretrace.mailbox.max-stored-bytes-per-sender-day)")
                : new Budget(settings.maxArchiveEntries(), maxFilesPerMessage, FILES, maxStoredPerMessage,
                Budget.megabytes(maxStoredPerMessage) + " stored per message (oretrace.mailbox.max-stored-bytes-per-message)");
        List<String> refusals = new ArrayList<>();
        if (mail.refusal() != null) {
            refusals.add(mail.refusal());
        }
        for (Mailbox.Attachment a : mail.attachments()) {
            List<IncomingFiles.Outcome> outcomes = files.receive(new Incoming(a.bytes(), a.fileName(), Channel.MAILBOX,
                    sender.supplierId(), null, mail.from(), mail.subject(), mail.sentAt(), sender.verified()), budget,
                    file -> intake.store(file, ACTOR));
            List<String> refused = outcomes.stream().filter(IncomingFiles.Outcome::refused)
                    .map(o -> o.label() + ": " + o.refusal()).toList();
            if (!refused.isEmpty()) {
                // the first limit reached ends the message: the rest stays in the kept mail, not in Oretrace
                refusals.addAll(refused);
                break;
            }
        }
        if (refusals.isEmpty()) {
            return null;
        }
        String reason = String.join("; ", refusals);
        ledger.record(new MailRefusal(clock.now(), mail.from(), mail.subject(), mail.sentAt(), mail.messageId(), mail.size(),
                reason, budget.files(), budget.bytesKept(), account.refusedFolder()));
        LOG.info(() -> "Mail from " + mail.from() + " refused: " + reason);
        return reason;
    }
}
