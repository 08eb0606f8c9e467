package org.oretrace.intake.infrastructure;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.activation.DataHandler;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oretrace.intake.testing.CmrtFile;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class MailboxTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup[]{
        new ServerSetup(3625, null, ServerSetup.PROTOCOL_SMTP), new ServerSetup(3743, null, ServerSetup.PROTOCOL_IMAP)});

    private static final Mailbox.Settings SETTINGS = new Mailbox.Settings("127.0.0.1", 3743, false, "cmrt@acme.test",
            "secret", "INBOX", "Processed", "Refused");
    private static final Mailbox.Limits LIMITS = new Mailbox.Limits(60L << 20, 20, 10, 25L << 20);

    @Test
    void takesInEveryWorkbookAttachedAndMovesTheMessageAfterwards() throws Exception {
        mail.setUser("cmrt@acme.test", "cmrt@acme.test", "secret");
        byte[] cmrt = CmrtFile.of("6.5").toBytes();
        deliver("supplier@tin.example", "Our CMRT 2024", "Please find our declarations.",
                new Attachment("Tin Co CMRT.xlsx", cmrt), new Attachment("notes.txt", "hello".getBytes()),
                new Attachment("Tin Co second.xlsm", new byte[]{1, 2, 3}));

        List<Mailbox.Mail> mails = new ArrayList<>();
        Mailbox.Result result = new Mailbox(SETTINGS, LIMITS).poll(m -> {
            mails.add(m);
            return null;
        });
        List<Mailbox.Attachment> received = mails.get(0).attachments();

        assertThat(result.messages()).isEqualTo(1);
        assertThat(result.attachments()).isEqualTo(2);
        assertThat(received).extracting(Mailbox.Attachment::fileName).containsExactly("Tin Co CMRT.xlsx", "Tin Co second.xlsm");
        assertThat(received.get(0).bytes()).isEqualTo(cmrt);
        assertThat(mails.get(0).from()).isEqualTo("supplier@tin.example");
        assertThat(mails.get(0).subject()).isEqualTo("Our CMRT 2024");
        assertThat(mails.get(0).sentAt()).isNotNull();
        assertThat(count("INBOX")).isZero();
        assertThat(count("Processed")).isEqualTo(1);

        assertThat(new Mailbox(SETTINGS, LIMITS).poll(m -> null).messages()).as("nothing twice").isZero();
    }

    @Test
    void aMessageWhoseFilesCouldNotBeStoredStaysForTheNextPoll() throws Exception {
        mail.setUser("cmrt@acme.test", "cmrt@acme.test", "secret");
        deliver("supplier@gold.example", "CMRT", "see attached", new Attachment("gold.xlsx", CmrtFile.of("6.4").toBytes()));

        Mailbox.Result failed = new Mailbox(SETTINGS, LIMITS).poll(a -> {
            throw new IllegalStateException("database down");
        });
        assertThat(failed.failed()).isEqualTo(1);
        assertThat(count("INBOX")).isEqualTo(1);

        List<Mailbox.Mail> received = new ArrayList<>();
        new Mailbox(SETTINGS, LIMITS).poll(m -> {
            received.add(m);
            return null;
        });
        assertThat(received).hasSize(1);
        assertThat(received.get(0).attachments()).hasSize(1);
        assertThat(count("INBOX")).isZero();
    }

    @Test
    void aMailBombIsRefusedWithItsReasonKeptInTheRefusedFolderAndTheNextMailIsTakenIn() throws Exception {
        mail.setUser("cmrt@acme.test", "cmrt@acme.test", "secret");
        byte[] cmrt = CmrtFile.of("6.5").toBytes();
        Attachment[] many = new Attachment[300];
        for (int i = 0; i < many.length; i++) {
            many[i] = new Attachment("cmrt-" + i + ".xlsx", new byte[]{(byte) i, 1, 2});
        }
        deliver("bomb@attacker.example", "Many", "see attached", many);
        deliverNested("deep@attacker.example", 60, new Attachment("deep.xlsx", cmrt));
        deliver("supplier@tin.example", "Our CMRT", "see attached", new Attachment("good.xlsx", cmrt));

        List<Mailbox.Mail> mails = new ArrayList<>();
        Mailbox.Result result = new Mailbox(SETTINGS, LIMITS).poll(m -> {
            mails.add(m);
            return m.refusal();
        });

        assertThat(result.messages()).isEqualTo(3);
        assertThat(result.refused()).isEqualTo(2);
        assertThat(result.failed()).isZero();
        assertThat(mails.get(0).attachments()).as("only as many as the limit are fetched").hasSize(20);
        assertThat(mails.get(0).refusal()).contains("more than 20 workbooks or archives attached");
        assertThat(mails.get(1).attachments()).isEmpty();
        assertThat(mails.get(1).refusal()).contains("nested more than 10 deep");
        assertThat(mails.get(2).refusal()).isNull();
        assertThat(mails.get(2).attachments()).extracting(Mailbox.Attachment::fileName).containsExactly("good.xlsx");
        assertThat(count("INBOX")).isZero();
        assertThat(count("Refused")).as("the originals are kept").isEqualTo(2);
        assertThat(count("Processed")).isEqualTo(1);
    }

    @Test
    void aMessageLargerThanTheLimitIsNotFetched() throws Exception {
        mail.setUser("cmrt@acme.test", "cmrt@acme.test", "secret");
        deliver("big@attacker.example", "Big", "see attached", new Attachment("big.xlsx", new byte[300_000]));
        List<Mailbox.Mail> mails = new ArrayList<>();
        new Mailbox(SETTINGS, new Mailbox.Limits(100_000, 20, 10, 25L << 20)).poll(m -> {
            mails.add(m);
            return m.refusal();
        });
        assertThat(mails.get(0).attachments()).isEmpty();
        assertThat(mails.get(0).refusal()).contains("more than 100000 (oretrace.mailbox.max-message-bytes)");
        assertThat(count("Refused")).isEqualTo(1);
    }

    @Test
    void theAuthenticationResultsHeadersComeWithTheMail() throws Exception {
        mail.setUser("cmrt@acme.test", "cmrt@acme.test", "secret");
        Session session = GreenMailUtil.getSession(mail.getSmtp().getServerSetup());
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("supplier@tin.example"));
        message.setRecipients(Message.RecipientType.TO, "cmrt@acme.test");
        message.setSubject("CMRT");
        message.addHeader("Authentication-Results", "mx.acme.test; dkim=pass header.d=tin.example");
        message.addHeader("Authentication-Results", "evil.example; dmarc=pass");
        message.setText("no attachment");
        GreenMailUtil.sendMimeMessage(message);
        mail.waitForIncomingEmail(5000, 1);
        List<Mailbox.Mail> mails = new ArrayList<>();
        new Mailbox(SETTINGS, LIMITS).poll(m -> {
            mails.add(m);
            return null;
        });
        assertThat(mails.get(0).authenticationResults()).containsExactly("mx.acme.test; dkim=pass header.d=tin.example",
                "evil.example; dmarc=pass");
    }

    @Test
    void theOriginalOfARefusedMailIsFetchedFromTheRefusedFolderByWhatTheRefusalRecorded() throws Exception {
        mail.setUser("cmrt@acme.test", "cmrt@acme.test", "secret");
        deliver("bomber@refused.example", "Refuse me", "a mail to refuse", new Attachment("r.xlsx", new byte[]{4, 2}));
        deliver("other@refused.example", "Keep me", "a mail to take in", new Attachment("k.xlsx", new byte[]{1}));
        List<Mailbox.Mail> refused = new ArrayList<>();
        new Mailbox(SETTINGS, LIMITS).poll(m -> {
            if (m.from().startsWith("bomber")) {
                refused.add(m);
                return "too much";
            }
            return null;
        });
        Mailbox.Mail m = refused.get(0);
        assertThat(m.messageId()).isNotBlank();

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Mailbox mailbox = new Mailbox(SETTINGS, null);
        assertThat(mailbox.writeKept(new Mailbox.Kept("Refused", m.messageId(), m.from(), m.sentAt(), m.size()), out)).isTrue();
        String eml = out.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(eml).contains("Subject: Refuse me").contains("bomber@refused.example").contains("r.xlsx")
                .doesNotContain("Keep me");
        assertThat(eml).as("the whole message, attachment included").contains("BAI=");

        // without a Message-ID: From: and date; never a message of another size (not the recorded one)
        out.reset();
        assertThat(mailbox.writeKept(new Mailbox.Kept("Refused", null, m.from(), m.sentAt(), m.size()), out)).isTrue();
        assertThat(out.toString(java.nio.charset.StandardCharsets.ISO_8859_1)).contains("Subject: Refuse me");
        assertThat(mailbox.writeKept(new Mailbox.Kept("Refused", m.messageId(), m.from(), m.sentAt(), m.size() + 1),
                new java.io.ByteArrayOutputStream())).isFalse();
        assertThat(mailbox.writeKept(new Mailbox.Kept("Processed", m.messageId(), m.from(), m.sentAt(), m.size()),
                new java.io.ByteArrayOutputStream())).as("not in that folder").isFalse();
        assertThat(mailbox.writeKept(new Mailbox.Kept("Nowhere", m.messageId(), m.from(), m.sentAt(), m.size()),
                new java.io.ByteArrayOutputStream())).isFalse();
    }

    /** A mail whose attachment sits {@code depth} multiparts deep. */
    private static void deliverNested(String from, int depth, Attachment attachment) throws Exception {
        Session session = GreenMailUtil.getSession(mail.getSmtp().getServerSetup());
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, "cmrt@acme.test");
        message.setSubject("Deep");
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.bytes(), "application/octet-stream")));
        part.setFileName(attachment.name());
        MimeMultipart inner = new MimeMultipart();
        inner.addBodyPart(part);
        for (int i = 1; i < depth; i++) {
            MimeBodyPart wrapper = new MimeBodyPart();
            wrapper.setContent(inner);
            inner = new MimeMultipart();
            inner.addBodyPart(wrapper);
        }
        message.setContent(inner);
        GreenMailUtil.sendMimeMessage(message);
        mail.waitForIncomingEmail(5000, 1);
    }

    record Attachment(String name, byte[] bytes) {
    }

    private static void deliver(String from, String subject, String text, Attachment... attachments) throws Exception {
        Session session = GreenMailUtil.getSession(mail.getSmtp().getServerSetup());
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, "cmrt@acme.test");
        message.setSubject(subject);
        message.setSentDate(new Date());
        MimeMultipart multipart = new MimeMultipart();
        MimeBodyPart body = new MimeBodyPart();
        body.setText(text);
        multipart.addBodyPart(body);
        for (Attachment a : attachments) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.bytes(), "application/octet-stream")));
            part.setFileName(a.name());
            multipart.addBodyPart(part);
        }
        message.setContent(multipart);
        GreenMailUtil.sendMimeMessage(message);
        mail.waitForIncomingEmail(5000, 1);
    }

    private static int count(String folderName) throws Exception {
        Properties props = new Properties();
        Session session = Session.getInstance(props);
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", 3743, "cmrt@acme.test", "secret");
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return 0;
            }
            folder.open(Folder.READ_ONLY);
            try {
                return (int) java.util.Arrays.stream(folder.getMessages()).filter(m -> {
                    try {
                        return !m.isSet(jakarta.mail.Flags.Flag.DELETED);
                    } catch (Exception e) {
                        return false;
                    }
                }).count();
            } finally {
                folder.close(false);
            }
        }
    }
}
