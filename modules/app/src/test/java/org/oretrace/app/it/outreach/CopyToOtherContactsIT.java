package org.oretrace.app.it.outreach;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.ItSmtp;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oretrace.app.it.outreach.OutreachFixtures.advanceDays;
import static org.oretrace.app.it.outreach.OutreachFixtures.run;
import static org.oretrace.app.it.outreach.OutreachFixtures.subject;

/**
 * "Queues the first email to its primary contact (others in copy if chosen)": with the copy chosen, the
 * supplier's other contacts receive the request and the reminders as Cc; without it, only the primary
 * contact hears from us. Each recipient's mailbox on the real SMTP server is read separately.
 */
class CopyToOtherContactsIT {

    private static final int WITH_COPY = 2071;
    private static final int WITHOUT_COPY = 2072;
    @RegisterExtension
    static final ItSmtp smtp = new ItSmtp();
    private static final Api api = Api.asAdmin();

    @Test
    void otherContactsAreCopiedOnTheRequestAndTheRemindersOnlyWhenTheCampaignSaysSo() throws Exception {
        OutreachFixtures.createCategories(api, "CC Parts", "NC Parts");
        // each has a primary contact "cc-00n@supplier.test" and a deputy "cc-00n.deputy@supplier.test"
        OutreachFixtures.createSuppliers(api, "CC", 2, "CC Parts");
        OutreachFixtures.createSuppliers(api, "NC", 2, "NC Parts");
        create(WITH_COPY, "CC Parts", true);
        create(WITHOUT_COPY, "NC Parts", false);
        assertThat(api.get("/api/campaigns/" + WITH_COPY).json().getBoolean("copyOtherContacts")).isTrue();
        assertThat(api.post("/api/campaigns/" + WITH_COPY + "/launch").json().getInt("mailed")).isEqualTo(2);
        assertThat(api.post("/api/campaigns/" + WITHOUT_COPY + "/launch").json().getInt("mailed")).isEqualTo(2);

        awaitMailboxes("cc-001@supplier.test", "cc-002@supplier.test", "cc-001.deputy@supplier.test",
                "cc-002.deputy@supplier.test", "nc-001@supplier.test", "nc-002@supplier.test");
        for (int i = 1; i <= 2; i++) {
            MimeMessage toDeputy = single("cc-00" + i + ".deputy@supplier.test");
            assertThat(subject(toDeputy)).startsWith("Conflict minerals survey " + WITH_COPY);
            assertThat(addresses(toDeputy, Message.RecipientType.TO)).containsExactly("cc-00" + i + "@supplier.test");
            assertThat(addresses(toDeputy, Message.RecipientType.CC)).containsExactly("cc-00" + i + ".deputy@supplier.test");
            assertThat(toDeputy.getMessageID()).isEqualTo(single("cc-00" + i + "@supplier.test").getMessageID());

            MimeMessage toPrimary = single("nc-00" + i + "@supplier.test");
            assertThat(subject(toPrimary)).startsWith("Conflict minerals survey " + WITHOUT_COPY);
            assertThat(toPrimary.getRecipients(Message.RecipientType.CC)).isNull();
            assertThat(mailbox("nc-00" + i + ".deputy@supplier.test")).isEmpty();
        }
        assertThat(api.get("/api/outbox?q=cc-001@").jsonArray().getJsonObject(0).getJsonArray("cc").getString(0))
                .isEqualTo("cc-001.deputy@supplier.test");

        // day 14: the reminder goes the same way
        smtp.purgeEmailFromAllMailboxes();
        advanceDays(api, 14);
        awaitMailboxes("cc-001.deputy@supplier.test", "cc-002.deputy@supplier.test", "nc-001@supplier.test",
                "nc-002@supplier.test");
        for (int i = 1; i <= 2; i++) {
            MimeMessage reminder = single("cc-00" + i + ".deputy@supplier.test");
            assertThat(subject(reminder)).startsWith("Reminder:");
            assertThat(addresses(reminder, Message.RecipientType.TO)).containsExactly("cc-00" + i + "@supplier.test");
            assertThat(subject(single("nc-00" + i + "@supplier.test"))).startsWith("Reminder:");
            assertThat(mailbox("nc-00" + i + ".deputy@supplier.test")).isEmpty();
        }
    }

    private static void create(int year, String category, boolean copy) {
        LocalDate due = LocalDate.of(year + 1, 3, 31);
        Api.Response campaign = api.postJson("/api/campaigns", """
                {"year":%d,"dueDate":"%s","cmrtVersion":"6.5","categories":["%s"],"senderName":"Jane Doe","copyOtherContacts":%s}
                """.formatted(year, due, category, copy));
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);
        Api.Response upload = api.postFile("/api/campaigns/" + year + "/cmrt", "file", "RMI_CMRT_6.5.xlsx",
                OutreachFixtures.blankCmrt());
        assertThat(upload.status()).as(upload.toString()).isEqualTo(200);
    }

    /** What the SMTP server put into this one recipient's mailbox (a Cc recipient gets its own copy). */
    private static List<MimeMessage> mailbox(String address) {
        return smtp.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), m -> true).toList();
    }

    private static MimeMessage single(String address) {
        List<MimeMessage> messages = mailbox(address);
        assertThat(messages).as("mail to " + address).hasSize(1);
        return messages.get(0);
    }

    /** Runs the outbox until every one of these mailboxes has mail, then once more so that any extra copy would show. */
    private static void awaitMailboxes(String... addresses) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline
                && !List.of(addresses).stream().allMatch(a -> !mailbox(a).isEmpty())) {
            run(api);
            Thread.sleep(500);
        }
        run(api);
        Thread.sleep(1500);
        for (String address : addresses) {
            assertThat(mailbox(address)).as("mail to " + address).isNotEmpty();
        }
    }

    private static List<String> addresses(MimeMessage message, Message.RecipientType type) throws MessagingException {
        return List.of(message.getRecipients(type)).stream().map(Object::toString).toList();
    }
}
