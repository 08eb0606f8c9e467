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
import org.oretrace.intake.infrastructure.Mailbox;

import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Optional mailbox intake: when {@code oretrace.mailbox.host} is set, polls the IMAP folder and
 * takes in every CMRT attached to a message, with the message's sender, subject and date. Files
 * are stored (and queued) first; the message moves to the processed folder afterwards.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailboxIntake {

    private static final Logger LOG = Logger.getLogger(MailboxIntake.class.getName());
    static final String ACTOR = "mailbox";

    @Inject
    @ConfigProperty(name = "oretrace.mailbox.host")
    Optional<String> host;
    @Inject
    @ConfigProperty(name = "oretrace.mailbox.port", defaultValue = "993")
    int port;
    @Inject
    @ConfigProperty(name = "oretrace.mailbox.ssl", defaultValue = "true")
    boolean ssl;
    @Inject
    @ConfigProperty(name = "oretrace.mailbox.user")
    Optional<String> user;
    @Inject
    @ConfigProperty(name = "oretrace.mailbox.password")
    Optional<String> password;
    @Inject
    @ConfigProperty(name = "oretrace.mailbox.folder", defaultValue = "INBOX")
    String folder;
    @Inject
    @ConfigProperty(name = "oretrace.mailbox.processed-folder", defaultValue = "Processed")
    String processedFolder;
    @Inject
    @ConfigProperty(name = "oretrace.mailbox.poll-seconds", defaultValue = "60")
    long pollSeconds;

    @Inject
    DeclarationIntake intake;

    @Inject
    IntakeSettings settings;

    @Inject
    IntakeQueue queue;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        if (host.filter(h -> !h.isBlank()).isEmpty()) {
            LOG.info("Mailbox intake is off (oretrace.mailbox.host is not set)");
            return;
        }
        long interval = Math.max(10, pollSeconds) * 1000;
        timers.createIntervalTimer(interval, interval, new TimerConfig("mailbox", false));
        LOG.info(() -> "Mailbox intake polls " + user.orElse("") + "@" + host.get() + "/" + folder + " every " + interval / 1000 + " s");
    }

    @Timeout
    void onTimer() {
        pollNow();
    }

    /** Polls once; returns what was done (also for an admin's "check now"). */
    public Mailbox.Result pollNow() {
        Mailbox mailbox = new Mailbox(new Mailbox.Settings(host.orElseThrow(), port, ssl, user.orElse(null), password.orElse(null), folder,
                processedFolder), settings.maxFileBytes());
        try {
            Mailbox.Result result = mailbox.poll(this::store);
            if (result.attachments() > 0) {
                queue.drain();
            }
            return result;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "The mailbox could not be polled; trying again at the next interval", e);
            return new Mailbox.Result(0, 0, 1);
        }
    }

    private void store(Mailbox.Attachment a) throws java.io.IOException {
        List<Archive.Entry> files = Archive.isArchive(a.fileName(), a.bytes())
                ? Archive.entries(a.bytes(), settings.maxFileBytes())
                : List.of(new Archive.Entry(a.fileName(), a.bytes()));
        for (Archive.Entry file : files) {
            intake.store(new Incoming(file.bytes(), file.name(), Channel.MAILBOX, null, null, a.from(), a.subject(),
                    a.sentAt()), ACTOR);
        }
    }
}
