package org.oretrace.app.it.outreach;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.ItSmtp;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.kernel.Metal;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oretrace.app.it.outreach.OutreachFixtures.advanceDays;
import static org.oretrace.app.it.outreach.OutreachFixtures.recipients;
import static org.oretrace.app.it.outreach.OutreachFixtures.run;
import static org.oretrace.app.it.outreach.OutreachFixtures.subject;

/**
 * The real path from intake: a CMRT uploaded for a supplier is read and judged by intake, whose
 * DeclarationEvaluated event ends that supplier's reminders (accepted) or turns them into the
 * corrective-action mail (needs follow-up), which lists intake's findings even though nobody sent
 * intake's draft, and moves the response rate.
 */
class DeclarationStopsRemindersIT {

    private static final int YEAR = 2061;
    @RegisterExtension
    static final ItSmtp smtp = new ItSmtp();
    private static final Api api = Api.asAdmin();

    @Test
    void anAcceptedDeclarationStopsRemindersAndOneNeedingFollowUpGetsTheCorrectiveText() throws Exception {
        OutreachFixtures.createCategories(api, "DE Parts");
        OutreachFixtures.createSuppliers(api, "DE", 3, "DE Parts");
        OutreachFixtures.createAndLaunch(api, YEAR, java.time.LocalDate.of(YEAR + 1, 3, 31), "[\"DE Parts\"]");
        assertThat(api.post("/api/campaigns/" + YEAR + "/launch").json().getInt("mailed")).isEqualTo(3);
        run(api);
        smtp.waitForIncomingEmail(30_000, 3);

        JsonObject good = upload("DE-001", CmrtFile.of("6.5").set("D8", "DE Supplier 1 GmbH").toBytes());
        assertThat(good.getString("status")).isIn("ACCEPTED", "NEEDS_FOLLOW_UP");
        if (!good.getString("status").equals("ACCEPTED")) {
            accept(good);
        }
        JsonObject flawed = upload("DE-002", CmrtFile.of("6.4").set("D16", "ann at acme").declare(Metal.GOLD).toBytes());
        assertThat(flawed.getString("status")).isEqualTo("NEEDS_FOLLOW_UP");

        assertThat(state("DE-001")).isEqualTo("RESPONDED");
        assertThat(state("DE-002")).isEqualTo("NEEDS_FOLLOW_UP");
        assertThat(state("DE-003")).isEqualTo("SENT");
        JsonObject stats = api.get("/api/campaigns/" + YEAR + "/statistics").json();
        assertThat(stats.getString("summary")).isEqualTo("2 of 3, 67%");
        assertThat(stats.getJsonArray("responsesOverTime")).hasSize(1);

        smtp.purgeEmailFromAllMailboxes();
        advanceDays(api, 14);
        List<MimeMessage> day14 = ours(2);
        assertThat(day14).extracting(m -> recipients(new MimeMessage[]{m}).get(0))
                .containsExactlyInAnyOrder("de-002@supplier.test", "de-003@supplier.test");
        assertThat(day14).filteredOn(m -> recipients(new MimeMessage[]{m}).get(0).equals("de-002@supplier.test"))
                .extracting(OutreachFixtures::subject).containsExactly("Conflict minerals survey " + YEAR + ": corrections needed in your CMRT");
        // nobody sent intake's corrective-action mail: the reminder still names what to correct, and where
        String corrective = body(day14.stream().filter(m -> recipients(new MimeMessage[]{m}).get(0).equals("de-002@supplier.test"))
                .findFirst().orElseThrow());
        List<JsonObject> errors = flawed.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("severity").equals("ERROR")).toList();
        assertThat(errors).isNotEmpty();
        assertThat(corrective).contains("DE-002.xlsx").contains("please correct the following")
                .doesNotContain("On review we found answers").doesNotContain("{sender}");
        for (JsonObject error : errors) {
            assertThat(corrective).contains(error.getString("message"));
            if (!error.isNull("sheet") && !error.isNull("cell")) {
                assertThat(corrective).contains("Where: sheet \"" + error.getString("sheet") + "\", cell " + error.getString("cell"));
            }
        }

        // a person accepts the flawed declaration: that supplier's follow-up ends too
        accept(flawed);
        assertThat(state("DE-002")).isEqualTo("RESPONDED");

        smtp.purgeEmailFromAllMailboxes();
        advanceDays(api, 14);
        assertThat(ours(1)).extracting(m -> recipients(new MimeMessage[]{m}).get(0)).containsExactly("de-003@supplier.test");
        JsonObject log = api.get("/api/suppliers/DE-001/contact-log").jsonArray().getJsonObject(0);
        assertThat(log.getString("summary")).contains("accepted; reminders stop");
    }

    private static JsonObject upload(String supplierNumber, byte[] cmrt) {
        return api.uploadResponse(supplierNumber, YEAR, cmrt);
    }

    private static void accept(JsonObject declaration) {
        Api.Response accepted = api.postJson("/api/declarations/" + declaration.getJsonNumber("id").longValue() + "/acceptance",
                "{\"reason\":\"Findings checked with the supplier by phone\"}");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().getString("status")).isEqualTo("ACCEPTED");
    }

    private static String body(MimeMessage m) throws Exception {
        Object content = m.getContent();
        return content instanceof jakarta.mail.Multipart parts ? String.valueOf(parts.getBodyPart(0).getContent()) : (String) content;
    }

    private static String state(String supplierNumber) {
        return api.get("/api/campaigns/" + YEAR + "/requests").jsonArray().stream().map(v -> (JsonObject) v)
                .filter(r -> r.getString("supplierNumber").equals(supplierNumber)).findFirst().orElseThrow()
                .getString("state");
    }

    /** This test's mails of the run just triggered (other tests' campaigns may send too). */
    private static List<MimeMessage> ours(int expected) {
        run(api);
        long deadline = System.currentTimeMillis() + 30_000;
        List<MimeMessage> mine;
        do {
            mine = List.of(smtp.getReceivedMessages()).stream()
                    .filter(m -> recipients(new MimeMessage[]{m}).get(0).startsWith("de-")).toList();
        } while (mine.size() < expected && System.currentTimeMillis() < deadline && pause());
        run(api);
        pause();
        mine = List.of(smtp.getReceivedMessages()).stream()
                .filter(m -> recipients(new MimeMessage[]{m}).get(0).startsWith("de-")).toList();
        assertThat(mine).hasSize(expected);
        return mine;
    }

    private static boolean pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }
}
