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
import jakarta.mail.search.FromStringTerm;
import jakarta.mail.search.MessageIDTerm;
import jakarta.mail.search.SearchTerm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads an IMAP mailbox: hands each message with its workbook (or zip) attachments to a receiver, and
 * moves the message to the processed folder after the receiver took it in, or to the refused folder
 * when the receiver (or a limit checked here) refused all or part of it; the original mail is never
 * deleted. A message the receiver could not store (an exception) stays where it is for the next poll.
 * Limits checked here, before anything large is fetched: the message's size (as the server reports it),
 * the multipart nesting depth, the number of attachments and each attachment's bytes.
 */
public class Mailbox {

    private static final Logger LOG = Logger.getLogger(Mailbox.class.getName());

    /** Connection settings (oretrace.mailbox.*). */
    public record Settings(String host, int port, boolean ssl, String user, String password, String folder,
                           String processedFolder, String refusedFolder) {
    }

    /** What one message may cost before anything of it is fetched (oretrace.mailbox.*). */
    public record Limits(long maxMessageBytes, int maxAttachments, int maxDepth, long maxAttachmentBytes) {
    }

    /** One attached file. */
    public record Attachment(String fileName, byte[] bytes) {
    }

    /**
     * One message: its sender (From:), subject, date, the server's size, the Authentication-Results headers
     * (top first), the attachments within the limits, and the reason it was refused here, if it was.
     */
    public record Mail(String from, String subject, Instant sentAt, String messageId, long size,
                       List<String> authenticationResults, List<Attachment> attachments, String refusal) {
    }

    /** Takes in one message durably; answers why (part of) it was refused, or null; throws if it could not. */
    @FunctionalInterface
    public interface Receiver {
        String receive(Mail mail) throws Exception;
    }

    /** What one poll did. */
    public record Result(int messages, int attachments, int failed, int refused) {
    }

    private final Settings settings;
    private final Limits limits;

    public Mailbox(Settings settings, Limits limits) {
        this.settings = settings;
        this.limits = limits;
    }

    /**
     * Where a refused mail was kept and how to know it again: its folder, Message-ID, From:, date and size as the
     * refusal recorded them.
     */
    public record Kept(String folder, String messageId, String from, Instant sentAt, long size) {
    }

    /**
     * Writes the original of a mail kept in a folder (RFC 822, exactly as the server holds it) to {@code out}: the
     * message with the recorded Message-ID, else From: and date, whose size is the recorded one. False when it is not
     * there (any more: a person may have moved it).
     */
    public boolean writeKept(Kept kept, OutputStream out) throws MessagingException, IOException {
        SearchTerm term;
        if (kept.messageId() != null && !kept.messageId().isBlank()) {
            term = new MessageIDTerm(kept.messageId());
        } else if (kept.from() != null && kept.sentAt() != null) {
            // the server finds the sender's mails; the date (to the second) and size are compared here
            term = new FromStringTerm(kept.from());
        } else {
            return false;
        }
        try (Store store = session().getStore(protocol())) {
            store.connect(settings.host(), settings.port(), settings.user(), settings.password());
            Folder folder = store.getFolder(kept.folder());
            if (!folder.exists()) {
                return false;
            }
            folder.open(Folder.READ_ONLY);
            try {
                for (Message message : folder.search(term)) {
                    if (isKept(message, kept)) {
                        message.writeTo(out);
                        return true;
                    }
                }
                return false;
            } finally {
                folder.close(false);
            }
        }
    }

    private static boolean isKept(Message message, Kept kept) throws MessagingException {
        if (kept.size() > 0 && message.getSize() != kept.size()) {
            return false;
        }
        Instant sent = message.getSentDate() == null ? null : message.getSentDate().toInstant();
        return kept.sentAt() == null || kept.sentAt().equals(sent);
    }

    private String protocol() {
        return settings.ssl() ? "imaps" : "imap";
    }

    private Session session() {
        Properties props = new Properties();
        String protocol = protocol();
        props.put("mail.store.protocol", protocol);
        props.put("mail." + protocol + ".connectiontimeout", "20000");
        props.put("mail." + protocol + ".timeout", "60000");
        return Session.getInstance(props);
    }

    public Result poll(Receiver receiver) throws MessagingException {
        String protocol = protocol();
        Session session = session();
        int messages = 0;
        int attachments = 0;
        int failed = 0;
        int refused = 0;
        try (Store store = session.getStore(protocol)) {
            store.connect(settings.host(), settings.port(), settings.user(), settings.password());
            Folder processed = existing(store, settings.processedFolder());
            Folder refusedFolder = existing(store, settings.refusedFolder());
            Folder inbox = store.getFolder(settings.folder());
            inbox.open(Folder.READ_WRITE);
            try {
                for (Message message : inbox.getMessages()) {
                    if (message.isSet(Flags.Flag.DELETED)) {
                        continue;
                    }
                    messages++;
                    try {
                        Mail mail = read(message);
                        String refusal = receiver.receive(mail);
                        attachments += mail.attachments().size();
                        if (refusal != null) {
                            refused++;
                        }
                        inbox.copyMessages(new Message[]{message}, refusal == null ? processed : refusedFolder);
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
        return new Result(messages, attachments, failed, refused);
    }

    private static Folder existing(Store store, String name) throws MessagingException {
        Folder folder = store.getFolder(name);
        if (!folder.exists()) {
            folder.create(Folder.HOLDS_MESSAGES);
        }
        return folder;
    }

    private Mail read(Message message) throws MessagingException, IOException {
        String from = null;
        Address[] senders = message.getFrom();
        if (senders != null && senders.length > 0) {
            from = senders[0] instanceof InternetAddress ia ? ia.getAddress() : senders[0].toString();
        }
        Instant sent = message.getSentDate() == null ? null : message.getSentDate().toInstant();
        String[] ids = message.getHeader("Message-ID");
        String[] results = message.getHeader("Authentication-Results");
        long size = Math.max(message.getSize(), 0);
        String subject = message.getSubject();
        List<String> authentication = results == null ? List.of() : List.of(results);
        String messageId = ids == null || ids.length == 0 ? null : ids[0];
        if (size > limits.maxMessageBytes()) {
            return new Mail(from, subject, sent, messageId, size, authentication, List.of(), "the message has " + size
                    + " bytes, more than " + limits.maxMessageBytes() + " (oretrace.mailbox.max-message-bytes)");
        }
        List<Part> parts = new ArrayList<>();
        String refusal = collect(message, 0, parts);
        List<Attachment> found = new ArrayList<>();
        if (refusal == null) {
            for (Part part : parts) {
                if (found.size() == limits.maxAttachments()) {
                    refusal = "more than " + limits.maxAttachments() + " workbooks or archives attached "
                            + "(oretrace.mailbox.max-attachments); the first " + found.size() + " were looked at";
                    break;
                }
                try (InputStream in = part.getInputStream()) {
                    found.add(new Attachment(fileName(part), in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
                            limits.maxAttachmentBytes() + 1))));
                }
            }
        }
        return new Mail(from, subject, sent, messageId, size, authentication, found, refusal);
    }

    /**
     * Collects the workbook and zip parts, walking at most {@code maxDepth} multiparts deep and looking at
     * no more parts than a few times the attachment limit; answers why it stopped early, or null.
     */
    private String collect(Part part, int depth, List<Part> found) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            if (depth >= limits.maxDepth()) {
                return "multiparts nested more than " + limits.maxDepth() + " deep (oretrace.mailbox.max-multipart-depth)";
            }
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String refusal = collect(body, depth + 1, found);
                if (refusal != null) {
                    return refusal;
                }
            }
            return null;
        }
        String name = fileName(part);
        if (name != null && isWorkbookOrArchive(name)) {
            found.add(part);
        }
        return null;
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
