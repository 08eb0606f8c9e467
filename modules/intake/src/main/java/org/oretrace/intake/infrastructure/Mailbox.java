package org.oretrace.intake.infrastructure;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads an IMAP mailbox: hands every workbook (or zip) attached to a message to a receiver, and
 * moves the message to the processed folder only after all its attachments were received. A
 * message whose attachments could not be stored stays where it is and is tried again next time.
 */
public class Mailbox {

    private static final Logger LOG = Logger.getLogger(Mailbox.class.getName());

    /** Connection settings (oretrace.mailbox.*). */
    public record Settings(String host, int port, boolean ssl, String user, String password, String folder,
                           String processedFolder) {
    }

    /** One attachment with the message it came in. */
    public record Attachment(String fileName, byte[] bytes, String from, String subject, Instant sentAt) {
    }

    /** Stores one attachment durably; throws if it could not. */
    @FunctionalInterface
    public interface Receiver {
        void receive(Attachment attachment) throws Exception;
    }

    /** What one poll did. */
    public record Result(int messages, int attachments, int failed) {
    }

    private final Settings settings;
    private final long maxAttachmentBytes;

    public Mailbox(Settings settings, long maxAttachmentBytes) {
        this.settings = settings;
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    public Result poll(Receiver receiver) throws MessagingException {
        Properties props = new Properties();
        String protocol = settings.ssl() ? "imaps" : "imap";
        props.put("mail.store.protocol", protocol);
        props.put("mail." + protocol + ".connectiontimeout", "20000");
        props.put("mail." + protocol + ".timeout", "60000");
        Session session = Session.getInstance(props);
        int messages = 0;
        int attachments = 0;
        int failed = 0;
        try (Store store = session.getStore(protocol)) {
            store.connect(settings.host(), settings.port(), settings.user(), settings.password());
            Folder processed = store.getFolder(settings.processedFolder());
            if (!processed.exists()) {
                processed.create(Folder.HOLDS_MESSAGES);
            }
            Folder inbox = store.getFolder(settings.folder());
            inbox.open(Folder.READ_WRITE);
            try {
                for (Message message : inbox.getMessages()) {
                    if (message.isSet(Flags.Flag.DELETED)) {
                        continue;
                    }
                    messages++;
                    try {
                        List<Attachment> found = attachments(message);
                        for (Attachment a : found) {
                            receiver.receive(a);
                        }
                        attachments += found.size();
                        inbox.copyMessages(new Message[]{message}, processed);
                        message.setFlag(Flags.Flag.DELETED, true);
                    } catch (Exception e) {
                        failed++;
                        LOG.log(Level.WARNING, "A message in the mailbox could not be taken in; it stays for the next poll", e);
                    }
                }
            } finally {
                inbox.close(true);
            }
        }
        return new Result(messages, attachments, failed);
    }

    private List<Attachment> attachments(Message message) throws MessagingException, IOException {
        String from = null;
        Address[] senders = message.getFrom();
        if (senders != null && senders.length > 0) {
            from = senders[0] instanceof InternetAddress ia ? ia.getAddress() : senders[0].toString();
        }
        Instant sent = message.getSentDate() == null ? null : message.getSentDate().toInstant();
        List<Attachment> found = new ArrayList<>();
        collect(message, from, message.getSubject(), sent, found);
        return found;
    }

    private void collect(Part part, String from, String subject, Instant sent, List<Attachment> found)
            throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collect(body, from, subject, sent, found);
            }
            return;
        }
        String name = fileName(part);
        if (name != null && isWorkbookOrArchive(name)) {
            try (InputStream in = part.getInputStream()) {
                found.add(new Attachment(name, in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
                        maxAttachmentBytes * 4)), from, subject, sent));
            }
        }
    }

    private static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(name);
        } catch (UnsupportedEncodingException e) {
            return name;
        }
    }

    static boolean isWorkbookOrArchive(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls") || lower.endsWith(".zip");
    }
}
