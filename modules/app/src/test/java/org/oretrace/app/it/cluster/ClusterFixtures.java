package org.oretrace.app.it.cluster;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.oretrace.app.it.support.Api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Suppliers, a launched campaign and mail counting for the two-node tests. */
final class ClusterFixtures {

    private ClusterFixtures() {
    }

    /** {@code count} in-scope suppliers "{prefix}-001"... of a category of their own, asked by a launched campaign; returns its year. */
    static int launchCampaign(Api api, String prefix, int count) {
        return launchCampaign(api, prefix, count, 1);
    }

    /** The same for the campaign {@code yearsBack} years before today's (one campaign per year: each test its own year). */
    static int launchCampaign(Api api, String prefix, int count, int yearsBack) {
        String category = prefix + " parts";
        assertThat(api.postJson("/api/supplier-categories", "{\"name\":\"" + category + "\"}").status()).isEqualTo(201);
        for (int i = 1; i <= count; i++) {
            String number = String.format("%s-%03d", prefix, i);
            Api.Response created = api.postJson("/api/suppliers", """
                    {"supplierNumber":"%s","name":"%s Supplier %d","category":"%s","inScope":true,"country":"Germany",
                     "ownerName":"Buyer","ownerEmail":"buyer.%s@corp.test",
                     "contacts":[{"name":"Contact %d","email":"%s@supplier.test","language":"en","primary":true}]}
                    """.formatted(number, prefix, i, category, prefix.toLowerCase(), i, number.toLowerCase()));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }
        LocalDate today = LocalDate.parse(api.get("/api/clock").json().getString("today"));
        int year = today.getYear() - yearsBack;
        Api.Response campaign = api.postJson("/api/campaigns", """
                {"year":%d,"dueDate":"%s","cmrtVersion":"6.5","categories":["%s"],"senderName":"Jane Doe, Compliance"}
                """.formatted(year, today.plusDays(70), category));
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);
        Api.Response blank = api.postFile("/api/campaigns/" + year + "/cmrt", "file", "RMI_CMRT_6.5.xlsx", blankCmrt());
        assertThat(blank.status()).as(blank.toString()).isEqualTo(200);
        Api.Response launch = api.post("/api/campaigns/" + year + "/launch");
        assertThat(launch.status()).as(launch.toString()).isEqualTo(200);
        assertThat(launch.json().getInt("requested")).isEqualTo(count);
        return year;
    }

    static byte[] blankCmrt() {
        Path template = Path.of(System.getProperty("oretrace.shared.dir", "../shared"), "rmi-templates", "RMI_CMRT_6.5.xlsx");
        try {
            return Files.readAllBytes(template);
        } catch (IOException e) {
            throw new UncheckedIOException("The real blank CMRT is needed: " + template.toAbsolutePath(), e);
        }
    }

    /** Runs the outreach work (follow-ups, then the outbox) on all these nodes at the same moment, as their timers may. */
    static void runAtOnce(Api... nodes) {
        List<CompletableFuture<Api.Response>> runs = Arrays.stream(nodes)
                .map(n -> CompletableFuture.supplyAsync(() -> n.post("/api/outreach/run"))).toList();
        for (CompletableFuture<Api.Response> run : runs) {
            Api.Response r = run.join();
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
        }
    }

    /** Mails received per recipient and subject prefix ("Reminder", ...). */
    static Map<String, Long> perRecipient(GreenMail smtp, String subjectStart) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).startsWith(subjectStart))
                .collect(Collectors.groupingBy(ClusterFixtures::recipient, Collectors.counting()));
    }

    /** Waits until {@code expected} mails whose subject starts so arrived (or the time is up); returns how many did. */
    static int awaitMails(GreenMail smtp, String subjectStart, int expected, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        int n;
        while ((n = perRecipient(smtp, subjectStart).values().stream().mapToInt(Long::intValue).sum()) < expected
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(300);
        }
        return n;
    }

    /** The distinct Message-IDs received per recipient (copies of one mail share theirs). */
    static Map<String, java.util.Set<String>> messageIds(GreenMail smtp, String subjectStart) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).startsWith(subjectStart))
                .collect(Collectors.groupingBy(ClusterFixtures::recipient, Collectors.mapping(m -> {
                    try {
                        return m.getMessageID();
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }, Collectors.toSet())));
    }

    static String recipient(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How often each declaration was read ("evaluated" in its audit trail). */
    static long timesRead(Api api, long declarationId) {
        return api.get("/api/audit?type=Declaration&id=" + declarationId).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("action").equals("evaluated")).count();
    }
}
