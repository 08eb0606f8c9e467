package org.oretrace.app.it.outreach;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;
import org.oretrace.app.it.support.Server;
import org.oretrace.intake.testing.CmrtFile;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oretrace.app.it.outreach.OutreachFixtures.recipients;
import static org.oretrace.app.it.outreach.OutreachFixtures.run;

/**
 * SMTP is configured when the server starts ({@code oretrace.mail.host}). Started without it, Oretrace
 * keeps every mail in the outbox, readable and marked "not sent: no SMTP configured"; started again
 * with a mail server, it delivers each of them exactly once. The same restarts show that data survives a restart on
 * the same database, that migrations are not repeated, and that declarations queued to be read when the server went
 * down are read after it is back, from the stored originals (what IntakeQueueIT did with a restart of its own). One
 * test: each restart costs the suite most of a minute, so this is the one IT that restarts the standard server.
 */
class MailWithoutSmtpIT {

    private static final int YEAR = 2073;
    private static final String NO_SMTP = "not sent: no SMTP configured";
    private static final Api api = Api.asAdmin();
    private static GreenMail smtp;

    @AfterAll
    static void standardServer() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void mailWaitsInTheOutboxWithoutSmtpAndIsDeliveredOnceWhenAServerIsConfigured() throws Exception {
        Api survivor;
        long[] queued;
        try {
            // an empty value is "not set" for MicroProfile Config, as when the key is missing; when this is the first IT
            // of its JVM, this is the server's first start (no standard start before it)
            Server.restartWith("-Doretrace.mail.host=");
            survivor = Api.newUser("survivor", "COMPLIANCE", "survivor-password-1");
            assertThat(survivor.get("/api/me").status()).isEqualTo(200);
            OutreachFixtures.createCategories(api, "NS Parts");
            OutreachFixtures.createSuppliers(api, "NS", 2, "NS Parts");
            OutreachFixtures.createAndLaunch(api, YEAR, LocalDate.of(YEAR + 1, 3, 31), "[\"NS Parts\"]");
            assertThat(api.post("/api/campaigns/" + YEAR + "/launch").json().getInt("mailed")).isEqualTo(2);
            JsonObject pass = run(api).getJsonObject("outbox");
            assertThat(pass.getInt("sent") + pass.getInt("retrying") + pass.getInt("failed")).as(pass.toString()).isZero();

            List<JsonObject> waiting = ours();
            assertThat(waiting).hasSize(2).allSatisfy(m -> {
                assertThat(m.getString("state")).isEqualTo("QUEUED");
                assertThat(m.getInt("attempts")).isZero();
                assertThat(m.getString("lastError")).isEqualTo(NO_SMTP);
                assertThat(m.getJsonArray("attachments").getString(0)).isEqualTo("RMI_CMRT_6.5.xlsx");
            });

            try (Browser browser = Browser.open()) {
                browser.loginAsAdmin();
                browser.go("/outreach/outbox.xhtml");
                assertThat(browser.find(By.id("smtp")).getText()).isEqualTo("no SMTP configured");
                browser.type(By.id("filter:search"), "ns-00");
                browser.click(By.id("filter:refresh"));
                String table = browser.find(By.id("list:messages")).getText();
                assertThat(table).contains("ns-001@supplier.test", "ns-002@supplier.test", "Queued 0 " + NO_SMTP);
                browser.click(By.cssSelector("#list\\:messages .ot-open-mail"));
                browser.waitForText("Dear Contact");
                assertThat(browser.find(By.id("mailBody")).getText()).contains("Conflict Minerals Reporting Template");
                assertThat(browser.consoleErrors()).isEmpty();
            }
            // last before the restart, so that the server goes down with the declarations still queued
            queued = queueTwoDeclarationsToBeRead();
        } finally {
            smtp = OutreachFixtures.startSmtp();
            Server.restart();
        }

        dataAndMigrationsSurvivedTheRestarts(survivor);
        queuedDeclarationsAreReadAfterTheRestart(queued[0], queued[1]);

        long deadline = System.currentTimeMillis() + 90_000;
        while (delivered().size() < 2 && System.currentTimeMillis() < deadline) {
            run(api);
            Thread.sleep(1000);
        }
        // the timer, the kick after commit and these runs all had their chance: still one each
        run(api);
        Thread.sleep(2000);
        assertThat(recipients(delivered().toArray(MimeMessage[]::new)))
                .containsExactlyInAnyOrder("ns-001@supplier.test", "ns-002@supplier.test");
        assertThat(ours()).allSatisfy(m -> {
            assertThat(m.getString("state")).isEqualTo("SENT");
            assertThat(m.getInt("attempts")).isEqualTo(1);
            assertThat(m.containsKey("lastError") && !m.isNull("lastError")).as("error cleared").isFalse();
        });
    }

    private static void dataAndMigrationsSurvivedTheRestarts(Api survivor) {
        assertThat(api.get("/api/admin/users/survivor").json().getString("role")).isEqualTo("COMPLIANCE");
        assertThat(survivor.get("/api/me").json().getString("username")).isEqualTo("survivor");
        // the first administrator is created once; a restart does not create or reset it (the admin token still works)
        // the app's migrations are applied on the first start only: one line with a count, every later start applies none
        java.util.regex.Matcher applied = java.util.regex.Pattern
                .compile("Schema of module app: [1-9]\\d* migration\\(s\\) applied").matcher(Server.logText());
        assertThat(applied.results().count()).as("starts that applied the app's migrations").isEqualTo(1);
        assertThat(Server.logText()).contains("Schema of module app: 0 migration(s) applied");
    }

    /** Two uploads, then everything queued to be read again; returns the two declarations' ids. */
    private static long[] queueTwoDeclarationsToBeRead() {
        long first = api.postFile("/api/declarations", "file", "queue-one.xlsx",
                CmrtFile.of("6.5").set("D8", "Queue One").toBytes()).json().getJsonNumber("id").longValue();
        long second = api.postFile("/api/declarations", "file", "queue-two.xlsx",
                CmrtFile.of("6.1").set("D8", "Queue Two").set("D16", "bad address").toBytes()).json()
                .getJsonNumber("id").longValue();
        // the queue's timer ticks every 15 s and the restart follows at once, so the files are (almost always) still
        // queued when the server goes down
        assertThat(api.post("/api/declarations/evaluation").json().getInt("queued")).isGreaterThanOrEqualTo(2);
        return new long[]{first, second};
    }

    private static void queuedDeclarationsAreReadAfterTheRestart(long first, long second) throws InterruptedException {
        // a file the stopped server had claimed but not finished is taken over when its claim expires (2 minutes)
        assertThat(awaitStatus(first, Duration.ofMinutes(4))).isEqualTo("ACCEPTED");
        assertThat(awaitStatus(second, Duration.ofMinutes(2))).isEqualTo("NEEDS_FOLLOW_UP");
        JsonObject read = api.get("/api/declarations/" + second).json();
        assertThat(read.getJsonObject("company").getString("name")).isEqualTo("Queue Two");
        assertThat(read.getJsonArray("findings").getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("code")).contains("INVALID_EMAIL");
        List<String> audit = api.get("/api/audit?type=Declaration&id=" + second).jsonArray()
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("actor") + ":" + e.getString("action")).toList();
        assertThat(audit).as("read by the queue, not by a person").contains("system:evaluated");
    }

    private static String awaitStatus(long id, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String status;
        do {
            Api.Response response = api.get("/api/declarations/" + id);
            status = response.status() == 200 ? response.json().getString("status") : "(HTTP " + response.status() + ")";
            if (response.status() == 200 && !status.equals("QUEUED")) {
                return status;
            }
            Thread.sleep(2000);
        } while (System.nanoTime() < deadline);
        return status;
    }

    private static List<JsonObject> ours() {
        Api.Response outbox = api.get("/api/outbox?q=ns-00");
        assertThat(outbox.status()).as(outbox.toString()).isEqualTo(200);
        return outbox.jsonArray().stream().map(v -> (JsonObject) v).toList();
    }

    private static List<MimeMessage> delivered() {
        return List.of(smtp.getReceivedMessages()).stream()
                .filter(m -> recipients(new MimeMessage[]{m}).get(0).startsWith("ns-")).toList();
    }
}
