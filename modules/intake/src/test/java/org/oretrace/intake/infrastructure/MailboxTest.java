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
            "secret", "INBOX", "Processed");

    @Test
    void takesInEveryWorkbookAttachedAndMovesTheMessageAfterwards() throws Exception {
        mail.setUser("cmrt@acme.test", "cmrt@acme.test", "secret");
        byte[] cmrt = CmrtFile.of("6.5").toBytes();
        deliver("supplier@tin.example", "Our CMRT 2024", "Please find our declarations.",
                new Attachment("Tin Co CMRT.xlsx", cmrt), new Attachment("notes.txt", "hello".getBytes()),
                new Attachment("Tin Co second.xlsm", new byte[]{1, 2, 3}));

        List<Mailbox.Attachment> received = new ArrayList<>();
        Mailbox.Result result = new Mailbox(SETTINGS, 25L << 20).poll(received::add);

        assertThat(result.messages()).isEqualTo(1);
        assertThat(result.attachments()).isEqualTo(2);
        assertThat(received).extracting(Mailbox.Attachment::fileName).containsExactly("Tin Co CMRT.xlsx", "Tin Co second.xlsm");
        assertThat(received.get(0).bytes()).isEqualTo(cmrt);
        assertThat(received.get(0).from()).isEqualTo("supplier@tin.example");
        assertThat(received.get(0).subject()).isEqualTo("Our CMRT 2024");
        assertThat(received.get(0).sentAt()).isNotNull();
        assertThat(count("INBOX")).isZero();
        assertThat(count("Processed")).isEqualTo(1);

        assertThat(new Mailbox(SETTINGS, 25L << 20).poll(received::add).messages()).as("nothing twice").isZero();
    }

    @Test
    void aMessageWhoseFilesCouldNotBeStoredStaysForTheNextPoll() throws Exception {
        mail.setUser("cmrt@acme.test", "cmrt@acme.test", "secret");
        deliver("supplier@gold.example", "CMRT", "see attached", new Attachment("gold.xlsx", CmrtFile.of("6.4").toBytes()));

        Mailbox.Result failed = new Mailbox(SETTINGS, 25L << 20).poll(a -> {
            throw new IllegalStateException("database down");
        });
        assertThat(failed.failed()).isEqualTo(1);
        assertThat(count("INBOX")).isEqualTo(1);

        List<Mailbox.Attachment> received = new ArrayList<>();
        new Mailbox(SETTINGS, 25L << 20).poll(received::add);
        assertThat(received).hasSize(1);
        assertThat(count("INBOX")).isZero();
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
