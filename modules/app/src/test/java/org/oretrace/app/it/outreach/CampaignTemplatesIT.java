package org.oretrace.app.it.outreach;

import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.ItSmtp;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.intake.testing.EmrtFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oretrace.app.it.outreach.OutreachFixtures.advanceDays;
import static org.oretrace.app.it.outreach.OutreachFixtures.awaitExactly;
import static org.oretrace.app.it.outreach.OutreachFixtures.recipients;
import static org.oretrace.app.it.outreach.OutreachFixtures.subject;

/**
 * Issue 19: a campaign asking for the CMRT and the EMRT. A CMRT uploaded as the EMRT is refused by name; each request mail carries both real blank workbooks; a supplier whose CMRT came through intake but
 * no EMRT is PARTIAL while one that sent both (the EMRT read by intake because the request asked for it) has answered,, counted apart, and reminded of the EMRT only (named and attached); the figures are per template.
 */
class CampaignTemplatesIT {

    private static final int YEAR = 2076;
    private static final LocalDate DUE = LocalDate.of(YEAR + 1, 3, 31);
    private static final Predicate<String> OURS = to -> to.startsWith("tm-");
    @RegisterExtension
    static final ItSmtp smtp = new ItSmtp();
    private static final Api api = Api.asAdmin();

    @Test
    void aCmrtAndEmrtCampaignSendsBothBlanksAndCountsThePartialAnswer() throws Exception {
        OutreachFixtures.createCategories(api, "TM Parts");
        OutreachFixtures.createSuppliers(api, "TM", 3, "TM Parts");
        Api.Response created = api.postJson("/api/campaigns", """
                {"year":%d,"dueDate":"%s","cmrtVersion":"6.5","templates":["CMRT","EMRT"],"emrtVersion":"2.1",
                 "categories":["TM Parts"],"senderName":"Jane Doe, Compliance"}""".formatted(YEAR, DUE));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getJsonArray("templates").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("CMRT", "EMRT");

        byte[] cmrt = template("RMI_CMRT_6.5.xlsx");
        byte[] emrt = template("RMI_EMRT_2.1.xlsx");
        Api.Response cmrtAsEmrt = api.postFile("/api/campaigns/" + YEAR + "/emrt", "file", "RMI_CMRT_6.5.xlsx", cmrt);
        assertThat(cmrtAsEmrt.status()).isEqualTo(400);
        assertThat(cmrtAsEmrt.json().getString("message")).isEqualTo("This is the RMI Conflict Minerals Reporting Template "
                + "(CMRT) revision 6.5, not the EMRT: upload the blank EMRT from the RMI website");
        // (an EMRT uploaded as the CMRT: BlankCmrtInspectorTest, every real template; each parse costs seconds here)
        assertThat(api.postFile("/api/campaigns/" + YEAR + "/cmrt", "file", "RMI_CMRT_6.5.xlsx", cmrt).status()).isEqualTo(200);
        Api.Response early = api.post("/api/campaigns/" + YEAR + "/launch");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().getString("message")).contains("Upload the blank EMRT 2.1");
        Api.Response uploaded = api.postFile("/api/campaigns/" + YEAR + "/emrt", "file", "RMI_EMRT_2.1.xlsx", emrt);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        assertThat(uploaded.json().getString("blankEmrt")).isEqualTo("RMI_EMRT_2.1.xlsx");

        JsonObject launch = api.post("/api/campaigns/" + YEAR + "/launch").json();
        assertThat(launch.getInt("mailed")).isEqualTo(3);
        MimeMessage[] requests = awaitExactly(smtp, api, 3, OURS);
        for (MimeMessage m : requests) {
            assertThat(subject(m)).isEqualTo("Conflict minerals survey " + YEAR + ": please return your CMRT and EMRT by "
                    + DUE.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH)));
            Map<String, byte[]> attached = attachments(m);
            assertThat(attached.keySet()).containsExactlyInAnyOrder("RMI_CMRT_6.5.xlsx", "RMI_EMRT_2.1.xlsx");
            assertThat(attached.get("RMI_CMRT_6.5.xlsx")).isEqualTo(cmrt);
            assertThat(attached.get("RMI_EMRT_2.1.xlsx")).isEqualTo(emrt);
            assertThat(text(m)).contains("Conflict Minerals Reporting Template (CMRT) and Extended Minerals Reporting "
                    + "Template (EMRT)");
        }

        // TM-001 sends its CMRT through intake only; TM-002 sends both, each read by intake; TM-003 nothing
        api.uploadResponse("TM-001", YEAR, CmrtFile.of("6.5").set("D8", "TM Supplier 1 GmbH").toBytes());
        acceptIfFollowUp(api.uploadResponse("TM-002", YEAR, CmrtFile.of("6.5").set("D8", "TM Supplier 2 GmbH").toBytes()));
        JsonObject emrtBack = api.uploadResponse("TM-002", YEAR, EmrtFile.of("2.1").set("D8", "TM Supplier 2 GmbH").toBytes());
        // the request asked for the EMRT, so intake reads it instead of rejecting it as another template
        assertThat(emrtBack.getString("template")).isEqualTo("EMRT");
        assertThat(emrtBack.getString("status")).as(emrtBack.toString()).isNotEqualTo("REJECTED");
        acceptIfFollowUp(emrtBack);
        assertThat(request("TM-002").getString("state")).isEqualTo("RESPONDED");
        JsonObject partial = request("TM-001");
        assertThat(partial.getString("state")).isEqualTo("PARTIAL");
        assertThat(partial.getJsonArray("missing").getString(0)).isEqualTo("EMRT");
        JsonObject answers = partial.getJsonObject("answers");
        assertThat(!answers.containsKey("EMRT") || answers.isNull("EMRT")).as("no EMRT back: " + answers).isTrue();
        assertThat(partial.getJsonObject("answers").getString("CMRT")).isIn("RESPONDED", "NEEDS_FOLLOW_UP");

        JsonObject stats = api.get("/api/campaigns/" + YEAR + "/statistics").json();
        assertThat(stats.getInt("solicited")).isEqualTo(3);
        assertThat(stats.getInt("responded")).as("answered in full").isEqualTo(1);
        assertThat(stats.getInt("partial")).isEqualTo(1);
        assertThat(stats.getJsonObject("byStatus").getInt("PARTIAL")).isEqualTo(1);
        JsonObject byTemplate = stats.getJsonObject("byTemplate");
        assertThat(byTemplate.keySet()).containsExactlyInAnyOrder("CMRT", "EMRT");
        assertThat(byTemplate.getJsonObject("CMRT").getString("summary")).isEqualTo("2 of 3, 67%");
        assertThat(byTemplate.getJsonObject("CMRT").getString("version")).isEqualTo("6.5");
        assertThat(byTemplate.getJsonObject("EMRT").getString("summary")).isEqualTo("1 of 3, 33%");
        assertThat(byTemplate.getJsonObject("EMRT").getJsonArray("responsesOverTime")).hasSize(1);

        // day 14: the partial supplier is reminded of the EMRT only, the silent one of both
        smtp.purgeEmailFromAllMailboxes();
        advanceDays(api, 14);
        MimeMessage[] day14 = awaitExactly(smtp, api, 2, OURS);
        MimeMessage toPartial = to(day14, "tm-001@supplier.test");
        assertThat(subject(toPartial)).startsWith("Reminder: conflict minerals survey " + YEAR + " (EMRT due ");
        assertThat(attachments(toPartial).keySet()).containsExactly("RMI_EMRT_2.1.xlsx");
        assertThat(text(toPartial)).contains("not yet received the Extended Minerals Reporting Template (EMRT)")
                .doesNotContain("(CMRT)");
        assertThat(attachments(to(day14, "tm-003@supplier.test")).keySet())
                .containsExactlyInAnyOrder("RMI_CMRT_6.5.xlsx", "RMI_EMRT_2.1.xlsx");
        assertThat(api.get("/api/suppliers/TM-001/contact-log").body()).contains("still missing: EMRT");
    }

    /**
     * The CMRT asked of all, the EMRT too of two chosen suppliers: each request carries the blanks it asks (the EMRT blank is
     * needed before the launch), the chosen supplier that returned its CMRT alone is PARTIAL, intake reads the EMRT of the
     * chosen one and still rejects the EMRT of a supplier asked for the CMRT only, and the EMRT's figures count the two.
     */
    @Test
    void aCmrtCampaignAskingTwoSuppliersForTheEmrtTooSendsEachItsBlanks() throws Exception {
        int year = YEAR + 1;
        OutreachFixtures.createCategories(api, "TN Parts");
        OutreachFixtures.createSuppliers(api, "TN", 4, "TN Parts");
        Api.Response created = api.postJson("/api/campaigns", """
                {"year":%d,"dueDate":"%s","cmrtVersion":"6.5","categories":["TN Parts"],"senderName":"Jane Doe, Compliance"}"""
                .formatted(year, DUE.plusYears(1)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        byte[] cmrt = template("RMI_CMRT_6.5.xlsx");
        byte[] emrt = template("RMI_EMRT_2.1.xlsx");
        assertThat(api.postFile("/api/campaigns/" + year + "/cmrt", "file", "RMI_CMRT_6.5.xlsx", cmrt).status()).isEqualTo(200);
        String body = "{\"supplierNumbers\":[\"TN-001\",\"TN-002\",\"TN-003\",\"TN-004\"],\"alsoEmrt\":[\"TN-001\",\"TN-002\"]}";
        Api.Response early = api.postJson("/api/campaigns/" + year + "/launch", body);
        assertThat(early.status()).as(early.toString()).isEqualTo(400);
        assertThat(early.json().getString("message")).contains("Upload the blank EMRT 2.1");
        assertThat(api.postFile("/api/campaigns/" + year + "/emrt", "file", "RMI_EMRT_2.1.xlsx", emrt).status()).isEqualTo(200);

        smtp.purgeEmailFromAllMailboxes();
        Api.Response launched = api.postJson("/api/campaigns/" + year + "/launch", body);
        assertThat(launched.status()).as(launched.toString()).isEqualTo(200);
        assertThat(launched.json().getInt("mailed")).isEqualTo(4);
        MimeMessage[] requests = awaitExactly(smtp, api, 4, to -> to.startsWith("tn-"));
        for (String both : List.of("tn-001@supplier.test", "tn-002@supplier.test")) {
            MimeMessage m = to(requests, both);
            assertThat(subject(m)).as(both).startsWith("Conflict minerals survey " + year + ": please return your CMRT and EMRT by ");
            Map<String, byte[]> attached = attachments(m);
            assertThat(attached.keySet()).as(both).containsExactlyInAnyOrder("RMI_CMRT_6.5.xlsx", "RMI_EMRT_2.1.xlsx");
            assertThat(attached.get("RMI_EMRT_2.1.xlsx")).isEqualTo(emrt);
        }
        for (String cmrtOnly : List.of("tn-003@supplier.test", "tn-004@supplier.test")) {
            MimeMessage m = to(requests, cmrtOnly);
            assertThat(subject(m)).as(cmrtOnly).startsWith("Conflict minerals survey " + year + ": please return your CMRT by ");
            assertThat(attachments(m).keySet()).as(cmrtOnly).containsExactly("RMI_CMRT_6.5.xlsx");
        }

        // TN-001: CMRT only (partial); TN-002: both; TN-003: an EMRT nobody asked it for
        api.uploadResponse("TN-001", year, CmrtFile.of("6.5").set("D8", "TN Supplier 1 GmbH").toBytes());
        acceptIfFollowUp(api.uploadResponse("TN-002", year, CmrtFile.of("6.5").set("D8", "TN Supplier 2 GmbH").toBytes()));
        JsonObject emrtBack = api.uploadResponse("TN-002", year, EmrtFile.of("2.1").set("D8", "TN Supplier 2 GmbH").toBytes());
        assertThat(emrtBack.getString("status")).as(emrtBack.toString()).isNotEqualTo("REJECTED");
        acceptIfFollowUp(emrtBack);
        JsonObject unasked = api.uploadResponse("TN-003", year, EmrtFile.of("2.1").set("D8", "TN Supplier 3 GmbH").toBytes());
        assertThat(unasked.getString("status")).isEqualTo("REJECTED");
        assertThat(unasked.getJsonObject("rejection").getString("message"))
                .contains("Only the CMRT was asked for in this request, not the EMRT.");

        JsonObject partial = request(year, "TN-001");
        assertThat(partial.getString("state")).isEqualTo("PARTIAL");
        assertThat(partial.getJsonArray("missing").getString(0)).isEqualTo("EMRT");
        assertThat(request(year, "TN-002").getString("state")).isEqualTo("RESPONDED");
        assertThat(request(year, "TN-003").getJsonObject("answers").keySet()).containsExactly("CMRT");
        JsonObject stats = api.get("/api/campaigns/" + year + "/statistics").json();
        assertThat(stats.getInt("partial")).isEqualTo(1);
        JsonObject byTemplate = stats.getJsonObject("byTemplate");
        assertThat(byTemplate.keySet()).containsExactlyInAnyOrder("CMRT", "EMRT");
        assertThat(byTemplate.getJsonObject("CMRT").getString("summary")).isEqualTo("2 of 4, 50%");
        assertThat(byTemplate.getJsonObject("EMRT").getString("summary")).as("asked of two").isEqualTo("1 of 2, 50%");
        JsonObject campaign = api.get("/api/campaigns/" + year).json();
        assertThat(campaign.getJsonArray("templates").getValuesAs(jakarta.json.JsonString.class))
                .as("the campaign's default is unchanged").extracting(jakarta.json.JsonString::getString).containsExactly("CMRT");
    }

    /** A person accepts a declaration that needs follow-up: its supplier then has that template answered in full. */
    private static void acceptIfFollowUp(JsonObject declaration) {
        if (declaration.getString("status").equals("NEEDS_FOLLOW_UP")) {
            Api.Response accepted = api.postJson("/api/declarations/" + declaration.getJsonNumber("id").longValue()
                    + "/acceptance", "{\"reason\":\"Findings checked with the supplier by phone\"}");
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        }
    }

    private static JsonObject request(String supplierNumber) {
        return request(YEAR, supplierNumber);
    }

    private static JsonObject request(int year, String supplierNumber) {
        return api.get("/api/campaigns/" + year + "/requests").jsonArray().stream().map(v -> (JsonObject) v)
                .filter(r -> r.getString("supplierNumber").equals(supplierNumber)).findFirst().orElseThrow();
    }

    private static MimeMessage to(MimeMessage[] messages, String address) {
        return List.of(messages).stream().filter(m -> recipients(new MimeMessage[]{m}).get(0).equals(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no mail to " + address));
    }

    /** File name → bytes of each attachment, in the order of the message. */
    private static Map<String, byte[]> attachments(MimeMessage m) throws Exception {
        Map<String, byte[]> attached = new LinkedHashMap<>();
        if (m.getContent() instanceof Multipart parts) {
            for (int i = 1; i < parts.getCount(); i++) {
                Part part = parts.getBodyPart(i);
                try (InputStream in = part.getInputStream()) {
                    attached.put(part.getFileName(), in.readAllBytes());
                }
            }
        }
        return attached;
    }

    private static String text(MimeMessage m) throws Exception {
        Object content = m.getContent();
        return content instanceof Multipart parts ? String.valueOf(parts.getBodyPart(0).getContent()) : (String) content;
    }

    private static byte[] template(String file) {
        Path path = Path.of(System.getProperty("oretrace.shared.dir", "../shared"), "rmi-templates", file);
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("The real blank template is needed: " + path.toAbsolutePath(), e);
        }
    }
}
