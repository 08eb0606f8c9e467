package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oretrace.intake.infrastructure.Mailbox;

import java.util.Optional;

/**
 * The IMAP account of the mailbox intake (oretrace.mailbox.*): the poll ({@link MailboxIntake}) and the download of
 * a refused mail's original from the refused folder ({@link RefusedMails}) both connect with it.
 */
@ApplicationScoped
public class MailboxAccount {

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
    @ConfigProperty(name = "oretrace.mailbox.refused-folder", defaultValue = "Refused")
    String refusedFolder;

    public boolean isOn() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** The connection settings; only when {@link #isOn()}. */
    public Mailbox.Settings settings() {
        return new Mailbox.Settings(host.orElseThrow(), port, ssl, user.orElse(null), password.orElse(null), folder,
                processedFolder, refusedFolder);
    }

    public String refusedFolder() {
        return refusedFolder;
    }

    /** "user@host/folder", for the log. */
    public String describe() {
        return user.orElse("") + "@" + host.orElse("") + "/" + folder;
    }
}
