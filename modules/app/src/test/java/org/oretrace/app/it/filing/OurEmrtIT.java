package org.oretrace.app.it.filing;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our own EMRT over HTTP and on the screen: a year whose campaign asks for the CMRT and the EMRT 2.1 (RMI's real blanks
 * uploaded) but has no accepted EMRT yet rolls up honestly (every mineral "Unknown", with the reason); viewers read but
 * cannot generate; the EMRT's version 1 starts from our CMRT's addresses; generated into the blank EMRT 2.1 and
 * downloaded with its SHA-256; the screen's kind selector switches between our CMRT and our EMRT.
 */
class OurEmrtIT {

    private static final int YEAR = 2039;

    @Test
    void ourEmrtIsRolledUpGeneratedAndDownloadedLikeOurCmrt() throws Exception {
        Api admin = Api.asAdmin();
        Api.Response category = admin.postJson("/api/supplier-categories", "{\"name\":\"OE Parts\"}");
        assertThat(category.status()).as(category.toString()).isIn(201, 400);
        Api.Response campaign = admin.postJson("/api/campaigns", """
                {"year":%d,"dueDate":"%d-03-31","cmrtVersion":"6.5","categories":["OE Parts"],"senderName":"Jane Doe",
                 "templates":["CMRT","EMRT"],"emrtVersion":"2.1"}
                """.formatted(YEAR, YEAR + 1));
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);
        Path templates = Path.of(System.getProperty("oretrace.shared.dir", "../shared"), "rmi-templates");
        Api.Response emrtBlank = admin.postFile("/api/campaigns/" + YEAR + "/emrt", "file", "RMI_EMRT_2.1.xlsx",
                Files.readAllBytes(templates.resolve("RMI_EMRT_2.1.xlsx")));
        assertThat(emrtBlank.status()).as(emrtBlank.toString()).isEqualTo(200);
        assertThat(admin.post("/api/filings/" + YEAR).status()).isEqualTo(200);
        Api.Response cover = admin.putJson("/api/filings/" + YEAR + "/registrant", """
                {"name":"OE Batteries Inc.","stateOfIncorporation":"Ohio","commissionFileNumber":"001-37039",
                 "address":"3 Test Road, Dayton","contactName":"Ann Chen","contactPhone":"+1 555 0139",
                 "signerName":"Bo Martin","signerTitle":"CEO","website":"www.oe.test"}
                """);
        assertThat(cover.status()).as(cover.toString()).isEqualTo(200);

        Api viewer = Api.newUser("emrt-reader", "VIEWER", "emrt-reader-password-1");
        Api officer = Api.newUser("emrt-officer", "COMPLIANCE", "emrt-officer-password-1");
        JsonObject rolled = viewer.get("/api/rollups/" + YEAR + "/emrt").json();
        assertThat(rolled.getString("template")).isEqualTo("EMRT");
        assertThat(!rolled.containsKey("current") || rolled.isNull("current")).as("no version yet").isTrue();
        var q1 = rolled.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("question").equals("1")).toList();
        assertThat(q1).extracting(a -> a.getString("metal"))
                .containsExactly("Cobalt", "Copper", "Graphite", "Lithium", "Mica", "Nickel");
        assertThat(q1).extracting(a -> a.getString("answer")).containsOnly("Unknown");
        assertThat(q1.get(0).getString("comment")).isEqualTo("None of the 0 accepted EMRTs declares Cobalt");
        assertThat(viewer.post("/api/rollups/" + YEAR + "/emrt").status()).isEqualTo(403);
        assertThat(viewer.get("/api/rollups/" + YEAR + "/emrt.xlsx").status()).isEqualTo(404);

        // our CMRT's addresses are where our EMRT's version 1 starts from
        Api.Response cmrtSettings = officer.putJson("/api/rollups/" + YEAR + "/cmrt/settings", """
                {"productLevel":false,"contactEmail":"ann.chen@oe.test","authorizerEmail":"bo.martin@oe.test",
                 "policyUrl":"https://oe.test/minerals-policy"}
                """);
        assertThat(cmrtSettings.status()).as(cmrtSettings.toString()).isEqualTo(200);
        Api.Response wrongKey = officer.putJson("/api/rollups/" + YEAR + "/emrt/overrides/8.TIN",
                "{\"answer\":\"Yes\",\"reason\":\"r\"}");
        assertThat(wrongKey.status()).isEqualTo(400);
        assertThat(wrongKey.body()).contains("Unknown question");
        Api.Response generated = officer.post("/api/rollups/" + YEAR + "/emrt");
        assertThat(generated.status()).as(generated.toString()).isEqualTo(200);
        JsonObject version = generated.json();
        assertThat(version.getString("template")).isEqualTo("EMRT");
        assertThat(version.getInt("version")).isEqualTo(1);
        assertThat(version.getString("status")).isEqualTo("DRAFT");
        assertThat(version.getString("templateVersion")).isEqualTo("2.1");
        Api.Response file = viewer.get("/api/rollups/" + YEAR + "/emrt.xlsx");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("X-Content-SHA256")).isEqualTo(version.getString("sha256"));
        assertThat(file.header("Content-Disposition")).contains("EMRT-" + YEAR + "-v1-draft.xlsx");
        assertThat(file.bytes().length).isGreaterThan(100_000);
        JsonObject after = viewer.get("/api/rollups/" + YEAR + "/emrt").json();
        assertThat(after.getString("contactEmail")).isEqualTo("ann.chen@oe.test");
        assertThat(after.getString("policyUrl")).isEqualTo("https://oe.test/minerals-policy");
        // our CMRT is untouched: nothing generated for it (no blank CMRT was uploaded)
        assertThat(viewer.get("/api/rollups/" + YEAR + "/cmrt.xlsx").status()).isEqualTo(404);
        assertThat(admin.get("/api/audit?type=Company%20EMRT").body()).contains("EMRT 2.1 from RMI_EMRT_2.1.xlsx");

        try (Browser browser = Browser.open()) {
            browser.login("emrt-officer", "emrt-officer-password-1");
            browser.go("/filing/rollup.xhtml?year=" + YEAR);
            assertThat(browser.pageText()).contains("Our CMRT " + YEAR);
            browser.click(By.id("kindEmrt"));
            browser.waitForText("Extended Minerals Reporting Template");
            assertThat(browser.pageText()).contains("Our EMRT " + YEAR);
            assertThat(browser.find(By.id("rollup:answers")).getText()).contains("Q1 Cobalt").contains("Unknown")
                    .contains("None of the 0 accepted EMRTs declares Nickel");
            assertThat(browser.find(By.id("rollup:versions")).getText()).contains("Draft").contains("RMI_EMRT_2.1.xlsx")
                    .contains("(EMRT 2.1)");
            assertThat(browser.findAll(By.xpath("//table//a[contains(., 'EMRT " + YEAR + " version 1 (.xlsx)')]")))
                    .hasSize(1);
            browser.screenshot("our-emrt");
            browser.click(By.id("kindCmrt"));
            browser.waitForText("Conflict Minerals Reporting Template");
            // our CMRT's draft (its settings were saved above) was never generated, and holds nothing of the EMRT's
            assertThat(browser.find(By.id("rollup:versions")).getText()).contains("Draft").doesNotContain("EMRT");
            assertThat(browser.find(By.id("rollup:answers")).getText()).contains("Q1 Tin").doesNotContain("Cobalt");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
