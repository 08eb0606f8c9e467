package org.oretrace.app.it.outreach;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Suppliers, campaigns and the SMTP server the outreach ITs share. */
final class OutreachFixtures {

    private OutreachFixtures() {
    }

    /** GreenMail where the application sends mail ({@link Server#smtpPort()}). */
    static GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(Server.smtpPort(), "0.0.0.0", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    static byte[] blankCmrt() {
        Path template = Path.of(System.getProperty("oretrace.shared.dir", "../shared"), "rmi-templates", "RMI_CMRT_6.5.xlsx");
        try {
            return Files.readAllBytes(template);
        } catch (IOException e) {
            throw new UncheckedIOException("The real blank CMRT is needed: " + template.toAbsolutePath(), e);
        }
    }

    /** Adds supplier categories of the test's own, so that campaigns of other tests never pick its suppliers. */
    static void createCategories(Api api, String... names) {
        for (String name : names) {
            Api.Response created = api.postJson("/api/supplier-categories", "{\"name\":\"" + name + "\"}");
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }
    }

    /** Creates {@code count} in-scope suppliers "{prefix}-001" ... with a primary contact and an owner, spread over the categories. */
    static void createSuppliers(Api api, String prefix, int count, String... categories) {
        for (int i = 1; i <= count; i++) {
            String number = String.format("%s-%03d", prefix, i);
            Api.Response created = api.postJson("/api/suppliers", """
                    {"supplierNumber":"%s","name":"%s Supplier %d GmbH","category":"%s","inScope":true,"country":"Germany",
                     "ownerName":"Buyer %d","ownerEmail":"buyer%d.%s@corp.test",
                     "contacts":[{"name":"Contact %d","email":"%s@supplier.test","language":"en","primary":true},
                                 {"name":"Deputy %d","email":"%s.deputy@supplier.test"}]}
                    """.formatted(number, prefix, i, categories[i % categories.length], i % 4, i % 4, prefix.toLowerCase(), i,
                    number.toLowerCase(), i, number.toLowerCase()));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }
    }

    static LocalDate today(Api api) {
        return LocalDate.parse(api.get("/api/clock").json().getString("today"));
    }

    static void advanceDays(Api api, int days) {
        Api.Response moved = api.post("/api/clock/advance?days=" + days);
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    }

    static JsonObject run(Api api) {
        Api.Response run = api.post("/api/outreach/run");
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        return run.json();
    }

    static void createAndLaunch(Api api, int year, LocalDate due, String categoriesJson) {
        Api.Response campaign = api.postJson("/api/campaigns", """
                {"year":%d,"dueDate":"%s","cmrtVersion":"6.5","categories":%s,"senderName":"Jane Doe, Compliance"}
                """.formatted(year, due, categoriesJson));
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);
        Api.Response upload = api.postFile("/api/campaigns/" + year + "/cmrt", "file", "RMI_CMRT_6.5.xlsx", blankCmrt());
        assertThat(upload.status()).as(upload.toString()).isEqualTo(200);
    }

    static List<String> recipients(MimeMessage[] messages) {
        return Arrays.stream(messages).map(m -> {
            try {
                return m.getRecipients(jakarta.mail.Message.RecipientType.TO)[0].toString();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the application delivered {@code expected} messages to recipients the test owns, then checks
     * that no more of them arrive. Other tests' campaigns share the server and its clock, so their reminders
     * may arrive at the same moment; they are not counted.
     */
    static MimeMessage[] awaitExactly(GreenMail smtp, Api api, int expected, Predicate<String> ownRecipient) {
        run(api);
        long deadline = System.currentTimeMillis() + 60_000;
        while (own(smtp, ownRecipient).length < expected && System.currentTimeMillis() < deadline) {
            pause(500);
        }
        run(api);
        pause(1500);
        MimeMessage[] received = own(smtp, ownRecipient);
        assertThat(received).as("messages delivered").hasSize(expected);
        return received;
    }

    /** The messages received so far whose first To recipient the test owns. */
    static MimeMessage[] own(GreenMail smtp, Predicate<String> ownRecipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> ownRecipient.test(recipients(new MimeMessage[]{m}).get(0)))
                .toArray(MimeMessage[]::new);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
