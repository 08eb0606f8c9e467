package org.oretrace.app.it.outreach;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;
import org.oretrace.app.it.support.ItSmtp;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.kernel.Metal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oretrace.app.it.outreach.OutreachFixtures.advanceDays;
import static org.oretrace.app.it.outreach.OutreachFixtures.recipients;
import static org.oretrace.app.it.outreach.OutreachFixtures.run;

/**
 * Intake and outreach joined up: a CMRT that came without a supplier is linked to the one intake
 * suggests (in the browser) or a person picks (REST), and counts as that supplier's response in the
 * campaign, judged against the CMRT version the campaign asked for; a corrective-action email goes
 * through the supplier's request, shows in its timeline and replaces the plain reminder.
 */
class DeclarationLinkIT {

    private static final int LINK_YEAR = 2062;
    private static final int CORRECTIVE_YEAR = 2063;
    @RegisterExtension
    static final ItSmtp smtp = new ItSmtp();
    private static final Api api = Api.asAdmin();

    @Test
    void aDeclarationWithoutSupplierIsLinkedByTheSuggestionAndCountsAsTheSuppliersResponse() {
        OutreachFixtures.createCategories(api, "DL Parts");
        OutreachFixtures.createSuppliers(api, "DL", 3, "DL Parts");
        OutreachFixtures.createAndLaunch(api, LINK_YEAR, LocalDate.of(LINK_YEAR + 1, 3, 31), "[\"DL Parts\"]");
        assertThat(api.post("/api/campaigns/" + LINK_YEAR + "/launch").json().getInt("mailed")).isEqualTo(3);
        assertThat(summary()).isEqualTo("0 of 3, 0%");

        // a 6.4 CMRT where the campaign asks for 6.5, with the supplier's name in another legal form
        JsonObject unlinked = upload(CmrtFile.of("6.4").set("D8", "DL SUPPLIER 1 AG").set("D16", "quality@dl-one.test")
                .set("D20", "dl-001.deputy@supplier.test").toBytes());
        long id = unlinked.getJsonNumber("id").longValue();
        assertThat(unlinked.containsKey("supplierId")).isFalse();
        assertThat(codes(unlinked)).as("no campaign yet: nothing asked for a version").doesNotContain("OUTDATED_TEMPLATE");

        JsonObject best = api.get("/api/declarations/" + id + "/supplier-suggestions").jsonArray().getJsonObject(0);
        assertThat(best.getString("supplierNumber")).isEqualTo("DL-001");
        assertThat(best.getJsonArray("reasons").getValuesAs(JsonString::getString))
                .containsExactly("company name 'DL SUPPLIER 1 AG' is the supplier's name",
                        "dl-001.deputy@supplier.test is a contact of the supplier");

        Api viewer = Api.newUser("dl-viewer", "VIEWER", "Viewer-Secret-2026");
        assertThat(viewer.get("/api/declarations/" + id + "/supplier-suggestions").status()).isEqualTo(200);
        assertThat(viewer.putJson("/api/declarations/" + id + "/supplier", "{\"supplierNumber\":\"DL-001\"}").status())
                .as("linking is for COMPLIANCE").isEqualTo(403);
        assertThat(summary()).isEqualTo("0 of 3, 0%");

        try (Browser browser = Browser.open()) {
            browser.loginAsAdmin();
            browser.go("/intake/declaration.xhtml?id=" + id);
            browser.waitForText("came without a supplier");
            assertThat(browser.pageText()).contains("dl-001.deputy@supplier.test is a contact of the supplier");
            browser.click(By.xpath("//button[.//span[text()='Link to DL Supplier 1 GmbH']]"));
            browser.waitForText("Linked to DL Supplier 1 GmbH for " + LINK_YEAR);
            assertThat(browser.find(By.id("declaration:supplierLink")).getText())
                    .contains("DL Supplier 1 GmbH (DL-001)").contains("reporting year " + LINK_YEAR)
                    .doesNotContain("Link to");
            assertThat(browser.find(By.id("declaration:findingTable")).getText()).contains("Outdated template")
                    .contains("we asked for revision 6.5");
            assertThat(browser.consoleErrors()).isEmpty();
        }

        JsonObject linked = api.get("/api/declarations/" + id).json();
        assertThat(linked.getInt("reportingYear")).isEqualTo(LINK_YEAR);
        assertThat(linked.getJsonNumber("supplierId").longValue()).isEqualTo(supplierId("DL-001"));
        assertThat(request("DL-001").getJsonNumber("declarationId").longValue()).isEqualTo(id);
        assertThat(request("DL-001").getString("state")).isIn("RESPONDED", "NEEDS_FOLLOW_UP");
        assertThat(summary()).isEqualTo("1 of 3, 33%");
        assertThat(api.get("/api/declarations/" + id + "/supplier-suggestions").jsonArray()).isEmpty();

        // nothing in this file points to a supplier: a person picks one by number, the year is its campaign's
        JsonObject anonymous = upload(CmrtFile.of("6.5").set("D8", "Nameless Trading").set("D16", "someone@gmail.com")
                .set("D20", "boss@gmail.com").toBytes());
        long other = anonymous.getJsonNumber("id").longValue();
        assertThat(api.get("/api/declarations/" + other + "/supplier-suggestions").jsonArray()).isEmpty();
        Api.Response picked = api.putJson("/api/declarations/" + other + "/supplier", "{\"supplierNumber\":\"DL-002\"}");
        assertThat(picked.status()).as(picked.toString()).isEqualTo(200);
        assertThat(picked.json().getInt("reportingYear")).isEqualTo(LINK_YEAR);
        assertThat(codes(picked.json())).doesNotContain("OUTDATED_TEMPLATE");
        assertThat(request("DL-002").getJsonNumber("declarationId").longValue()).isEqualTo(other);
        assertThat(summary()).isEqualTo("2 of 3, 67%");

        Api.Response moved = api.putJson("/api/declarations/" + other + "/supplier", "{\"supplierNumber\":\"DL-001\"}");
        assertThat(moved.status()).isEqualTo(400);
        assertThat(moved.json().getString("message")).contains("already belongs to DL Supplier 2 GmbH");
        Api.Response relinked = api.putJson("/api/declarations/" + other + "/supplier", "{\"supplierNumber\":\"DL-002\"}");
        assertThat(relinked.status()).as(relinked.toString()).isEqualTo(400);
        assertThat(relinked.json().getString("message")).endsWith("is already linked to DL Supplier 2 GmbH for " + LINK_YEAR);
        assertThat(api.putJson("/api/declarations/" + other + "/supplier", "{\"supplierNumber\":\"NO-SUCH\"}").status())
                .isEqualTo(400);
        assertThat(api.get("/api/audit?type=Declaration&id=" + other).body()).contains("linked");

        // the same file sent again, now for its supplier: the stored declaration gains the supplier and counts
        byte[] third = CmrtFile.of("6.5").set("D8", "Third Party Trading").set("D16", "x@gmail.com").toBytes();
        long thirdId = upload(third).getJsonNumber("id").longValue();
        Api.Response again = api.postFile("/api/declarations", "file", "again.xlsx", third,
                Map.of("supplier", Long.toString(supplierId("DL-003"))));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().getBoolean("duplicate")).isTrue();
        assertThat(again.json().getJsonNumber("id").longValue()).isEqualTo(thirdId);
        assertThat(again.json().getInt("reportingYear")).isEqualTo(LINK_YEAR);
        assertThat(again.json().getString("status")).isIn("ACCEPTED", "NEEDS_FOLLOW_UP");
        assertThat(request("DL-003").getJsonNumber("declarationId").longValue()).isEqualTo(thirdId);
        assertThat(summary()).isEqualTo("3 of 3, 100%");
    }

    @Test
    void theCorrectiveActionGoesThroughTheRequestAndReplacesThePlainReminder() throws Exception {
        OutreachFixtures.createCategories(api, "DC Parts");
        OutreachFixtures.createSuppliers(api, "DC", 2, "DC Parts");
        OutreachFixtures.createAndLaunch(api, CORRECTIVE_YEAR, LocalDate.of(CORRECTIVE_YEAR + 1, 3, 31), "[\"DC Parts\"]");
        smtp.purgeEmailFromAllMailboxes();
        assertThat(api.post("/api/campaigns/" + CORRECTIVE_YEAR + "/launch").json().getInt("mailed")).isEqualTo(2);
        ours(2);

        Api.Response uploaded = api.postFile("/api/declarations", "file", "DC-001.xlsx",
                CmrtFile.of("6.5").set("D8", "DC Supplier 1 GmbH").set("D16", "ann at dc").declare(Metal.GOLD).toBytes(),
                Map.of("supplier", Long.toString(supplierId("DC-001")), "campaign", Integer.toString(CORRECTIVE_YEAR)));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(uploaded.json().getString("status")).isEqualTo("NEEDS_FOLLOW_UP");
        long id = uploaded.json().getJsonNumber("id").longValue();

        JsonObject draft = api.get("/api/declarations/" + id + "/corrective-action").json();
        smtp.purgeEmailFromAllMailboxes();
        assertThat(draft.getString("body")).contains("cell D16");
        Api.Response sent = api.postJson("/api/declarations/" + id + "/corrective-action", Json.createObjectBuilder()
                .add("to", "ann at dc").add("subject", draft.getString("subject")).add("body", draft.getString("body"))
                .build().toString());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        assertThat(sent.json().getString("to")).isEqualTo("dc-001@supplier.test");
        assertThat(sent.json().getBoolean("throughRequest")).isTrue();

        MimeMessage corrective = ours(1).get(0);
        assertThat(recipients(new MimeMessage[]{corrective})).containsExactly("dc-001@supplier.test");
        assertThat(corrective.getSubject()).isEqualTo(draft.getString("subject"));
        assertThat(body(corrective)).contains("cell D16");
        assertThat(timeline("DC-001")).anySatisfy(s -> assertThat(s).isEqualTo("Corrective action request to dc-001@supplier.test"));

        // the reminder day: the supplier whose CMRT needs correcting gets the correction again, not the plain reminder
        smtp.purgeEmailFromAllMailboxes();
        advanceDays(api, 14);
        List<MimeMessage> day14 = ours(2);
        MimeMessage toFlawed = day14.stream().filter(m -> recipients(new MimeMessage[]{m}).get(0).equals("dc-001@supplier.test"))
                .findFirst().orElseThrow();
        MimeMessage toSilent = day14.stream().filter(m -> recipients(new MimeMessage[]{m}).get(0).equals("dc-002@supplier.test"))
                .findFirst().orElseThrow();
        assertThat(toFlawed.getSubject()).isEqualTo(draft.getString("subject")).doesNotStartWith("Reminder");
        assertThat(body(toFlawed)).contains("cell D16");
        assertThat(toSilent.getSubject()).startsWith("Reminder: conflict minerals survey " + CORRECTIVE_YEAR);
        assertThat(timeline("DC-001")).filteredOn(s -> s.startsWith("Corrective action request to")).hasSize(2);
        assertThat(timeline("DC-001")).noneMatch(s -> s.startsWith("Reminder"));
    }

    private static JsonObject upload(byte[] cmrt) {
        Api.Response response = api.postFile("/api/declarations", "file", "unlinked.xlsx", cmrt);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().getString("status")).isIn("ACCEPTED", "NEEDS_FOLLOW_UP");
        return response.json();
    }

    private static List<String> codes(JsonObject declaration) {
        return declaration.getJsonArray("findings").getValuesAs(JsonObject.class).stream().map(f -> f.getString("code")).toList();
    }

    private static String summary() {
        return api.get("/api/campaigns/" + LINK_YEAR + "/statistics").json().getString("summary");
    }

    private static long supplierId(String number) {
        return api.get("/api/suppliers/" + number).json().getJsonNumber("id").longValue();
    }

    private static JsonObject request(String supplierNumber) {
        int year = supplierNumber.startsWith("DL") ? LINK_YEAR : CORRECTIVE_YEAR;
        return api.get("/api/campaigns/" + year + "/requests").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("supplierNumber").equals(supplierNumber)).findFirst().orElseThrow();
    }

    /** The summaries of the supplier's contacts that belong to its request of the corrective-action campaign. */
    private static List<String> timeline(String supplierNumber) {
        return api.get("/api/suppliers/" + supplierNumber + "/contact-log").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> !e.isNull("reportingYear") && e.getInt("reportingYear") == CORRECTIVE_YEAR)
                .map(e -> e.getString("summary")).toList();
    }

    private static String body(MimeMessage m) throws Exception {
        Object content = m.getContent();
        if (content instanceof String text) {
            return text;
        }
        jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) content;
        return String.valueOf(multipart.getBodyPart(0).getContent());
    }

    /** The mails this test's suppliers received since the last purge; other tests' campaigns may send too. */
    private static List<MimeMessage> ours(int expected) {
        run(api);
        long deadline = System.currentTimeMillis() + 30_000;
        List<MimeMessage> mine = mine();
        while (mine.size() < expected && System.currentTimeMillis() < deadline) {
            pause();
            mine = mine();
        }
        run(api);
        pause();
        mine = mine();
        assertThat(mine).hasSize(expected);
        return mine;
    }

    private static List<MimeMessage> mine() {
        return List.of(smtp.getReceivedMessages()).stream()
                .filter(m -> recipients(new MimeMessage[]{m}).get(0).startsWith("dc-")).toList();
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
