package org.oretrace.app.it.intake;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.activation.DataHandler;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;
import org.oretrace.app.it.support.Server;
import org.oretrace.intake.testing.CmrtFile;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mailbox against the real WAR and a real IMAP server (GreenMail): mail bombs are refused with the reason
 * recorded, the original kept in the Refused folder, and the next good mail is taken in; a forged From: links
 * nothing, while a sender our receiving server verified, or one on a supplier's trusted list, is linked.
 */
class MailboxLimitsIT {

    private static final String MAILBOX = Server.MAILBOX;
    private static final String AUTHSERV = Server.MAILBOX_AUTHSERV;
    private static final Api API = Api.asAdmin();
    private static GreenMail mail;

    /** The standard IT server polls this IMAP account (by REST; its timer waits an hour): see {@link Server}. */
    @BeforeAll
    static void mailboxOn() {
        Server.baseUrl();
        mail = new GreenMail(new ServerSetup[]{new ServerSetup(Server.smtpPort(), "0.0.0.0", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(Server.imapPort(), "0.0.0.0", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        mail.setUser(MAILBOX, MAILBOX, Server.MAILBOX_PASSWORD);
    }

    @AfterAll
    static void mailboxOff() {
        mail.stop();
    }

    @Test
    void mailBombsAreRefusedWithTheReasonAndTheNextGoodMailIsTakenIn() throws Exception {
        int refusedBefore = folder("Refused"); // the other tests of this class may have refused mail before
        byte[][] many = new byte[300][];
        for (int i = 0; i < many.length; i++) {
            many[i] = new byte[]{(byte) i, 7};
        }
        deliver(message("many@bomb.example", "Three hundred attachments", null, many));
        deliver(nested("deep@bomb.example", 80, cmrt("Deep Nesting Ltd")));
        deliver(withAttachment(message("zip@bomb.example", "A zip of 50,000 entries", null), "cmrts.zip", zipOf(50_000)));
        deliver(withAttachment(message("good@after-bombs.example", "Our CMRT", null), "after bombs.xlsx", cmrt("After Bombs Ltd")));

        JsonObject polled = API.post("/api/mailbox/poll").json();
        assertThat(polled.getInt("messages")).isEqualTo(4);
        assertThat(polled.getInt("refused")).isEqualTo(3);
        assertThat(polled.getInt("failed")).isZero();

        assertThat(refusal("many@bomb.example").getString("reason"))
                .contains("more than 20 workbooks or archives attached (oretrace.mailbox.max-attachments)");
        assertThat(refusal("many@bomb.example").getInt("filesKept")).as("the first 20 are kept").isEqualTo(20);
        assertThat(refusal("many@bomb.example").getString("keptIn")).isEqualTo("Refused");
        assertThat(refusal("deep@bomb.example").getString("reason")).contains("nested more than 10 deep");
        assertThat(refusal("deep@bomb.example").getInt("filesKept")).isZero();
        assertThat(refusal("zip@bomb.example").getString("reason")).contains("cmrts.zip")
                .contains("none of its files was stored: more than 50 files per mail (oretrace.mailbox.max-files-per-message)");
        assertThat(refusal("zip@bomb.example").getInt("filesKept")).isZero();

        JsonArray good = declarationsFrom("good@after-bombs.example");
        assertThat(good).hasSize(1);
        assertThat(good.getJsonObject(0).getString("status")).isEqualTo("ACCEPTED");
        assertThat(declarationsFrom("deep@bomb.example")).isEmpty();
        assertThat(declarationsFrom("zip@bomb.example")).isEmpty();
        assertThat(folder("Refused")).isEqualTo(refusedBefore + 3);
        assertThat(folder("INBOX")).isZero();

        // nothing is polled twice: the bombs wait in the Refused folder for a person
        assertThat(API.post("/api/mailbox/poll").json().getInt("messages")).isZero();
    }

    @Test
    void aSendersDailyBudgetStopsItsMailsAndNotTheOthers() throws Exception {
        for (int i = 1; i <= 5; i++) {
            deliver(withAttachment(message("flood@budget.example", "CMRT " + i, null), "flood " + i + ".xlsx",
                    cmrt("Flood " + i + " Ltd")));
        }
        deliver(withAttachment(message("calm@budget.example", "CMRT", null), "calm.xlsx", cmrt("Calm Ltd")));

        JsonObject polled = API.post("/api/mailbox/poll").json();
        assertThat(polled.getInt("refused")).isEqualTo(1);
        assertThat(declarationsFrom("flood@budget.example")).hasSize(4);
        assertThat(refusal("flood@budget.example").getString("reason"))
                .contains("stored per sender and day (oretrace.mailbox.max-stored-bytes-per-sender-day)");
        assertThat(declarationsFrom("calm@budget.example")).hasSize(1);
    }

    @Test
    void onlyAVerifiedOrTrustedSenderLinksTheDeclarationToItsSupplier() throws Exception {
        supplier("MB-100", "Forge Target Metals", "cmrt@forge-target.example", null);
        supplier("MB-200", "Allow Listed Metals", "someone@elsewhere.example", "allow-listed.example");

        deliver(withAttachment(message("cmrt@forge-target.example", "forged, no authentication", null),
                "forged none.xlsx", cmrt("Forged None")));
        deliver(withAttachment(message("cmrt@forge-target.example", "forged, failed",
                AUTHSERV + "; dkim=fail header.d=forge-target.example; spf=fail smtp.mailfrom=forge-target.example"),
                "forged failed.xlsx", cmrt("Forged Failed")));
        deliver(withAttachment(message("cmrt@forge-target.example", "forged, another server's pass",
                "mx.attacker.example; dmarc=pass header.from=forge-target.example"), "forged other.xlsx", cmrt("Forged Other")));
        deliver(withAttachment(message("cmrt@forge-target.example", "authenticated",
                AUTHSERV + "; dkim=pass header.d=forge-target.example; dmarc=pass header.from=forge-target.example"),
                "authenticated.xlsx", cmrt("Authenticated")));
        deliver(withAttachment(message("anyone@allow-listed.example", "allow-listed", null), "allow listed.xlsx",
                cmrt("Allow Listed")));
        API.post("/api/mailbox/poll");

        for (String name : List.of("forged none.xlsx", "forged failed.xlsx", "forged other.xlsx")) {
            JsonObject d = declarationNamed(name);
            assertThat(d.containsKey("supplierId")).as(name + " is not linked").isFalse();
        }
        assertThat(declarationNamed("authenticated.xlsx").getJsonNumber("supplierId").longValue())
                .isEqualTo(supplierId("MB-100"));
        assertThat(declarationNamed("allow listed.xlsx").getJsonNumber("supplierId").longValue())
                .isEqualTo(supplierId("MB-200"));
        // the forged one waits for a person: its page suggests the supplier, nothing is linked on a guess
        long forged = declarationNamed("forged none.xlsx").getJsonNumber("id").longValue();
        assertThat(API.get("/api/declarations/" + forged + "/supplier-suggestions").jsonArray().getJsonObject(0)
                .getString("supplierNumber")).isEqualTo("MB-100");
    }

    @Test
    void refusedMailIsListedForComplianceWithItsOriginalToDownload() throws Exception {
        deliver(nested("screen@bomb.example", 40, cmrt("Screen Bomb Ltd")));
        API.post("/api/mailbox/poll");
        long id = refusal("screen@bomb.example").getJsonNumber("id").longValue();

        // the original, fetched from the Refused folder; only for COMPLIANCE
        Api.Response original = API.get("/api/mailbox/refusals/" + id + "/original", "message/rfc822");
        assertThat(original.status()).as(original.toString()).isEqualTo(200);
        assertThat(original.body()).contains("Subject: Deeply nested").contains("screen@bomb.example").contains("deep.xlsx");
        assertThat(original.header("Content-Disposition")).contains("refused-mail-" + id + ".eml");
        Api viewer = Api.newUser("refusals-viewer", "VIEWER", "refusals-viewer-1");
        assertThat(viewer.get("/api/mailbox/refusals/" + id + "/original").status()).isEqualTo(403);

        try (Browser browser = Browser.open()) {
            browser.loginAsAdmin();
            browser.go("/intake/mail-refusals.xhtml");
            assertThat(browser.title()).contains("Refused mail");
            assertThat(browser.pageText()).contains("screen@bomb.example").contains("Deeply nested")
                    .contains("multiparts nested more than 10 deep (oretrace.mailbox.max-multipart-depth)").contains("kept in Refused");
            browser.type(By.id("refusals:from"), "SCREEN@bomb");
            browser.click(By.id("refusals:search"));
            List<WebElement> rows = browser.findAll(By.cssSelector("[id='refusals:table_data'] > tr"));
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).getText()).contains("screen@bomb.example").contains("0 files, 0 bytes");

            // a person removed the mail from the folder: the download says so, the page stays
            removeFromRefused("screen@bomb.example");
            browser.click(By.id("refusals:table:0:original"));
            browser.waitForText("no longer in the folder 'Refused'");
            assertThat(browser.title()).contains("Refused mail");

            browser.type(By.id("refusals:from"), "nobody-such@sender.example");
            browser.click(By.id("refusals:search"));
            assertThat(browser.pageText()).contains("No mail has been refused from such a sender.");
        }
        assertThat(API.get("/api/mailbox/refusals/" + id + "/original").body()).contains("no longer in the folder");
    }

    // --- helpers

    private static byte[] cmrt(String company) {
        return CmrtFile.of("6.5").set("D8", company).toBytes();
    }

    private static void supplier(String number, String name, String contact, String trusted) {
        String json = "{\"name\":\"" + name + "\",\"contacts\":[{\"name\":\"Contact\",\"email\":\"" + contact + "\"}]"
                + (trusted == null ? "" : ",\"mailSenders\":\"" + trusted + "\"") + "}";
        Api.Response put = API.putJson("/api/suppliers/" + number, json);
        assertThat(put.status()).as(put.body()).isIn(200, 201);
        if (trusted != null) {
            assertThat(API.get("/api/suppliers/" + number).json().getString("mailSenders")).isEqualTo(trusted);
        }
    }

    private static long supplierId(String number) {
        return API.get("/api/suppliers/" + number).json().getJsonNumber("id").longValue();
    }

    private static JsonObject refusal(String from) {
        return API.get("/api/mailbox/refusals").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> from.equals(r.getString("from", null))).findFirst().orElseThrow(() -> new AssertionError(
                        "no refusal recorded for " + from));
    }

    private static JsonArray declarationsFrom(String sender) {
        return API.get("/api/declarations?q=" + URLEncoder.encode(sender, StandardCharsets.UTF_8)).jsonArray();
    }

    private static JsonObject declarationNamed(String fileName) {
        JsonArray found = API.get("/api/declarations?q=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                .replace("+", "%20")).jsonArray();
        assertThat(found).as(fileName).hasSize(1);
        return API.get("/api/declarations/" + found.getJsonObject(0).getJsonNumber("id").longValue()).json();
    }

    private static MimeMessage message(String from, String subject, String authenticationResults, byte[]... files)
            throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, MAILBOX);
        message.setSubject(subject);
        message.setSentDate(new Date());
        if (authenticationResults != null) {
            message.addHeader("Authentication-Results", authenticationResults);
        }
        MimeMultipart multipart = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Please find our declaration attached.");
        multipart.addBodyPart(text);
        for (int i = 0; i < files.length; i++) {
            multipart.addBodyPart(attachment("cmrt-" + i + ".xlsx", files[i]));
        }
        message.setContent(multipart);
        return message;
    }

    private static MimeMessage withAttachment(MimeMessage message, String name, byte[] bytes) throws Exception {
        MimeMultipart multipart = (MimeMultipart) message.getContent();
        multipart.addBodyPart(attachment(name, bytes));
        message.setContent(multipart);
        return message;
    }

    private static MimeBodyPart attachment(String name, byte[] bytes) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, "application/octet-stream")));
        part.setFileName(name);
        return part;
    }

    private static MimeMessage nested(String from, int depth, byte[] cmrt) throws Exception {
        MimeMessage message = message(from, "Deeply nested", null);
        MimeMultipart inner = new MimeMultipart();
        inner.addBodyPart(attachment("deep.xlsx", cmrt));
        for (int i = 1; i < depth; i++) {
            MimeBodyPart wrapper = new MimeBodyPart();
            wrapper.setContent(inner);
            inner = new MimeMultipart();
            inner.addBodyPart(wrapper);
        }
        message.setContent(inner);
        return message;
    }

    private static byte[] zipOf(int entries) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("cmrt-" + i + ".xlsx"));
                zip.write(i);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static void deliver(MimeMessage message) throws Exception {
        message.saveChanges();
        mail.getUserManager().getUserByEmail(MAILBOX).deliver(message);
    }

    private static void removeFromRefused(String from) throws Exception {
        Session session = Session.getInstance(new Properties());
        try (var store = session.getStore("imap")) {
            store.connect("localhost", Server.imapPort(), MAILBOX, Server.MAILBOX_PASSWORD);
            var folder = store.getFolder("Refused");
            folder.open(jakarta.mail.Folder.READ_WRITE);
            for (var message : folder.search(new jakarta.mail.search.FromStringTerm(from))) {
                message.setFlag(jakarta.mail.Flags.Flag.DELETED, true);
            }
            folder.close(true);
        }
    }

    private static int folder(String name) throws Exception {
        Session session = Session.getInstance(new Properties());
        try (var store = session.getStore("imap")) {
            store.connect("localhost", Server.imapPort(), MAILBOX, Server.MAILBOX_PASSWORD);
            var folder = store.getFolder(name);
            if (!folder.exists()) {
                return 0;
            }
            folder.open(jakarta.mail.Folder.READ_ONLY);
            try {
                return folder.getMessageCount();
            } finally {
                folder.close(false);
            }
        }
    }
}
