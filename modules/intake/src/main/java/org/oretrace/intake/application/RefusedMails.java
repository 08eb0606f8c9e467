package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.oretrace.intake.domain.MailRefusal;
import org.oretrace.intake.infrastructure.Mailbox;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.Allowed;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The mails the mailbox refused, for the people who decide what to do with them (screen and REST): the list, and
 * each mail's original, fetched from the folder on the mail server that keeps it (Oretrace stores the refusal, not
 * the mail: a mail bomb must not fill the database).
 */
@ApplicationScoped
public class RefusedMails {

    private static final Logger LOG = Logger.getLogger(RefusedMails.class.getName());

    @Inject
    MailLedger ledger;

    @Inject
    MailboxAccount account;

    /** A refused mail's original, in a temporary file that the caller streams and deletes. */
    public record Original(String fileName, Path file) {
    }

    public long count(String from) {
        return ledger.count(from);
    }

    /** Newest first; {@code from}: part of the sender's address, or null for every sender. */
    public List<MailRefusal> page(String from, int first, int max) {
        return ledger.refusals(from, first, max);
    }

    /**
     * The original mail of refusal {@code id} as the mail server keeps it (an .eml file).
     *
     * @throws BusinessRuleException when there is no such refusal, the mailbox is off, or the mail is not in its
     *                               folder any more (the message says which)
     */
    @Allowed(Role.COMPLIANCE)
    public Original original(long id) {
        MailRefusal refusal = ledger.find(id)
                .orElseThrow(() -> new BusinessRuleException("There is no refused mail " + id + "."));
        if (!account.isOn()) {
            throw new BusinessRuleException("The mailbox is off (oretrace.mailbox.host is not set), so the original mail "
                    + "cannot be fetched; it is in the folder '" + refusal.getKeptIn() + "' of the mail server.");
        }
        Mailbox mailbox = new Mailbox(account.settings(), null);
        Path file = null;
        try {
            file = Files.createTempFile("oretrace-refused-mail-", ".eml");
            boolean found;
            try (OutputStream out = Files.newOutputStream(file)) {
                found = mailbox.writeKept(new Mailbox.Kept(refusal.getKeptIn(), refusal.getMessageId(),
                        refusal.getMailFrom(), refusal.getMailDate(), refusal.getSizeBytes()), out);
            }
            if (!found) {
                throw new BusinessRuleException("The refused mail is no longer in the folder '" + refusal.getKeptIn()
                        + "' of the mail server: a person may have moved or deleted it there.");
            }
            Original original = new Original("refused-mail-" + id + ".eml", file);
            file = null;
            return original;
        } catch (IOException | jakarta.mail.MessagingException e) {
            LOG.log(Level.WARNING, "The original of refused mail " + id + " could not be fetched", e);
            throw new BusinessRuleException("The mail server could not be reached to fetch the original mail; try again "
                    + "later (it stays in the folder '" + refusal.getKeptIn() + "').");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file; the system cleans its folder
                }
            }
        }
    }
}
