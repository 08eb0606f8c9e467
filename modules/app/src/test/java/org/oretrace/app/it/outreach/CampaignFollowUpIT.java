package org.oretrace.app.it.outreach;

import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.ItSmtp;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oretrace.app.it.outreach.OutreachFixtures.advanceDays;
import static org.oretrace.app.it.outreach.OutreachFixtures.awaitExactly;
import static org.oretrace.app.it.outreach.OutreachFixtures.recipients;
import static org.oretrace.app.it.outreach.OutreachFixtures.run;
import static org.oretrace.app.it.outreach.OutreachFixtures.subject;

/**
 * The seed filing's campaign: 77 suppliers asked with the real blank CMRT attached, reminders on
 * days 14, 28 and 42 only to those who have not answered, escalation to the internal owner on day
 * 56, a final notice on the due date; and the response rate that follows.
 */
class CampaignFollowUpIT {

    private static int year;
    private static final String PREFIX = "CF";
    /** This test's suppliers and their buyers; other tests' campaigns may mail at the same time. */
    private static final Predicate<String> OURS = to -> to.startsWith("cf-") || to.endsWith(".cf@corp.test");
    @RegisterExtension
    static final ItSmtp smtp = new ItSmtp();
    private static final Api api = Api.asAdmin();

    @Test
    void seventySevenSuppliersAreAskedRemindedEscalatedAndCounted() throws Exception {
        OutreachFixtures.createCategories(api, "CF Castings", "CF Wiring", "CF Services");
        OutreachFixtures.createSuppliers(api, PREFIX, 77, "CF Castings", "CF Wiring");
        // out of scope: never asked
        Api.Response services = api.postJson("/api/suppliers", """
                {"supplierNumber":"CF-SVC","name":"Cleaning Services Ltd","category":"CF Services","status":"OUT_OF_SCOPE",
                 "statusReason":"services only","contacts":[{"name":"Sam","email":"sam@cleaning.test"}]}""");
        assertThat(services.status()).isEqualTo(201);
        LocalDate launchDay = OutreachFixtures.today(api);
        year = launchDay.getYear() - 1;
        LocalDate due = launchDay.plusDays(70);
        OutreachFixtures.createAndLaunch(api, year, due, "[\"CF Castings\",\"CF Wiring\",\"CF Services\"]");

        Api.Response launch = api.post("/api/campaigns/" + year + "/launch");
        assertThat(launch.status()).as(launch.toString()).isEqualTo(200);
        assertThat(launch.json().getInt("requested")).isEqualTo(77);
        assertThat(launch.json().getInt("mailed")).isEqualTo(77);
        run(api);

        MimeMessage[] first = awaitExactly(smtp, api, 77, OURS);
        List<MimeMessage> ours = List.of(first).stream().filter(m -> recipients(new MimeMessage[]{m}).get(0).startsWith("cf-")).toList();
        assertThat(ours).hasSize(77);
        byte[] template = OutreachFixtures.blankCmrt();
        for (MimeMessage m : ours) {
            assertThat(subject(m)).isEqualTo("Conflict minerals survey " + year + ": please return your CMRT by " + due.format(
                    java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(java.util.Locale.ENGLISH)));
            Multipart parts = (Multipart) m.getContent();
            assertThat(parts.getCount()).isEqualTo(2);
            Part attachment = parts.getBodyPart(1);
            assertThat(attachment.getFileName()).isEqualTo("RMI_CMRT_6.5.xlsx");
            try (InputStream in = attachment.getInputStream()) {
                assertThat(in.readAllBytes()).isEqualTo(template);
            }
            assertThat(parts.getBodyPart(0).getContent().toString()).contains("Dear Contact").contains("Jane Doe, Compliance");
        }
        assertThat(recipients(ours.toArray(MimeMessage[]::new))).doesNotHaveDuplicates()
                .containsAll(IntStream.rangeClosed(1, 77).mapToObj(i -> String.format("cf-%03d@supplier.test", i)).toList())
                .doesNotContain("sam@cleaning.test");
        assertThat(stats().getInt("solicited")).isEqualTo(77);
        assertThat(stats().getInt("responded")).isZero();

        // ten suppliers answer before the first reminder
        for (int i = 1; i <= 10; i++) {
            respond(i);
        }
        smtp.purgeEmailFromAllMailboxes();
        advanceDays(api, 13);
        run(api);
        Thread.sleep(1000);
        assertThat(OutreachFixtures.own(smtp, OURS)).as("nothing before day 14").isEmpty();

        advanceDays(api, 1);
        MimeMessage[] day14 = awaitExactly(smtp, api, 67, OURS);
        assertThat(ours(day14)).hasSize(67).allSatisfy(m -> assertThat(subject(m)).startsWith("Reminder:"));
        assertThat(recipients(ours(day14))).doesNotContain(IntStream.rangeClosed(1, 10)
                .mapToObj(i -> String.format("cf-%03d@supplier.test", i)).toArray(String[]::new));

        // five more answer; one sends a CMRT that needs corrections: from now on it gets the corrective-action text
        for (int i = 11; i <= 15; i++) {
            respond(i);
        }
        Api.Response needsWork = api.postJson("/api/campaigns/" + year + "/requests/CF-016/response",
                "{\"outcome\":\"NEEDS_FOLLOW_UP\",\"note\":\"CMRT by post, smelter list empty\"}");
        assertThat(needsWork.json().getString("state")).isEqualTo("NEEDS_FOLLOW_UP");
        smtp.purgeEmailFromAllMailboxes();
        advanceDays(api, 14);
        MimeMessage[] day28 = awaitExactly(smtp, api, 62, OURS);
        assertThat(ours(day28)).hasSize(62);
        assertThat(List.of(day28).stream().filter(m -> subject(m).startsWith("Reminder:"))).hasSize(61);
        MimeMessage corrective = List.of(day28).stream()
                .filter(m -> recipients(new MimeMessage[]{m}).get(0).equals("cf-016@supplier.test")).findFirst().orElseThrow();
        assertThat(subject(corrective)).isEqualTo("Conflict minerals survey " + year + ": corrections needed in your CMRT");

        smtp.purgeEmailFromAllMailboxes();
        advanceDays(api, 14);
        assertThat(ours(awaitExactly(smtp, api, 62, OURS))).hasSize(62);

        // day 56: escalation to the buyers, not to the suppliers
        smtp.purgeEmailFromAllMailboxes();
        advanceDays(api, 14);
        MimeMessage[] day56 = awaitExactly(smtp, api, 62, OURS);
        List<MimeMessage> escalations = List.of(day56).stream()
                .filter(m -> recipients(new MimeMessage[]{m}).get(0).endsWith("." + PREFIX.toLowerCase() + "@corp.test")).toList();
        assertThat(escalations).hasSize(62).allSatisfy(m -> assertThat(subject(m)).startsWith("Escalation:"));
        assertThat(recipients(escalations.toArray(MimeMessage[]::new))).allMatch(r -> r.matches("buyer[0-3]\\.cf@corp\\.test"));

        // the due date: a final notice to each supplier that has still not answered
        smtp.purgeEmailFromAllMailboxes();
        advanceDays(api, 14);
        MimeMessage[] day70 = awaitExactly(smtp, api, 62, OURS);
        assertThat(ours(day70)).hasSize(62).allSatisfy(m -> assertThat(subject(m)).startsWith("Final notice:"));

        JsonObject stats = stats();
        assertThat(stats.getInt("responded")).isEqualTo(16);
        assertThat(stats.getJsonObject("byStatus").getInt("RESPONDED")).isEqualTo(15);
        assertThat(stats.getJsonObject("byStatus").getInt("NEEDS_FOLLOW_UP")).isEqualTo(1);
        assertThat(stats.getJsonObject("byStatus").getInt("ESCALATED")).isEqualTo(61);
        assertThat(stats.getJsonObject("byCategory").keySet()).containsExactlyInAnyOrder("CF Castings", "CF Wiring");
        assertThat(stats.getString("summary")).isEqualTo("16 of 77, 21%");
        assertThat(stats.getJsonNumber("responseRate").doubleValue()).isEqualTo(20.8);
        assertThat(stats.getJsonArray("overdue")).isEmpty();

        // nothing is ever sent twice: every outbox message of this campaign went out once
        smtp.purgeEmailFromAllMailboxes();
        run(api);
        run(api);
        Thread.sleep(1000);
        assertThat(OutreachFixtures.own(smtp, OURS)).isEmpty();
        Api.Response failed = api.get("/api/outbox?state=FAILED");
        assertThat(failed.jsonArray()).isEmpty();
    }

    private static MimeMessage[] ours(MimeMessage[] all) {
        return List.of(all).stream().filter(m -> recipients(new MimeMessage[]{m}).get(0).startsWith("cf-"))
                .toArray(MimeMessage[]::new);
    }

    private static void respond(int i) {
        Api.Response response = api.postJson("/api/campaigns/" + year + "/requests/" + String.format("CF-%03d", i) + "/response",
                "{\"outcome\":\"ACCEPTED\",\"note\":\"CMRT received by post\"}");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().getString("state")).isEqualTo("RESPONDED");
    }

    private static JsonObject stats() {
        Api.Response stats = api.get("/api/campaigns/" + year + "/statistics");
        assertThat(stats.status()).as(stats.toString()).isEqualTo(200);
        return stats.json();
    }
}
