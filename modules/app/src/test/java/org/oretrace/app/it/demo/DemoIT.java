package org.oretrace.app.it.demo;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;
import org.oretrace.app.it.support.Server;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo year, loaded by a separate server into its own empty database with oretrace.demo=true,
 * through the real outreach and intake paths.
 */
class DemoIT {

    /** A CMRT declaration (Annex A and the filing's figures come from the CMRTs). */
    static boolean isCmrt(JsonObject declaration) {
        return "CMRT".equals(declaration.getString("template", "CMRT"));
    }

    @Test
    void theDemoYearHasTheSeedFilingsHeadlineNumbers() {
        Api demo = Api.demoAdmin();
        JsonObject stats = demo.get("/api/campaigns/2023/statistics").json();
        assertThat(stats.getInt("solicited")).isEqualTo(77);
        assertThat(stats.getInt("responded")).isEqualTo(58);
        assertThat(Math.round(stats.getJsonNumber("responseRate").doubleValue())).isEqualTo(75);
        // the CMRTs (the EMRTs of the six suppliers also asked for one: DemoCompanyCmrtIT)
        List<JsonObject> declarations = demo.get("/api/declarations?year=2023").jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(DemoIT::isCmrt).toList();
        Map<String, Long> byStatus = declarations.stream().collect(Collectors.groupingBy(d -> d.getString("status"), Collectors.counting()));
        // ten files carry the suppliers' mistakes; three suppliers were asked about an incomplete smelter list in the
        // risk review of 12 April; the red flags not yet assessed (and one escalation) wait in RISK_REVIEW
        assertThat(byStatus).containsOnlyKeys("ACCEPTED", "NEEDS_FOLLOW_UP", "RISK_REVIEW");
        assertThat(byStatus.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(58);
        assertThat(byStatus.get("NEEDS_FOLLOW_UP")).isEqualTo(13);
        assertThat(byStatus.get("RISK_REVIEW")).isEqualTo(5);
        assertThat(stats.getJsonObject("byStatus").getInt("NEEDS_FOLLOW_UP")).isEqualTo(13);

        // the follow-up policy ran on its days: reminders, escalations to the buyers, final notices
        List<JsonObject> outbox = demo.get("/api/outbox").jsonArray().getValuesAs(JsonObject.class);
        Map<String, Long> byKind = outbox.stream().collect(Collectors.groupingBy(m -> m.getString("kind"), Collectors.counting()));
        assertThat(byKind.get("REQUEST")).isEqualTo(77L);
        assertThat(byKind.get("REMINDER")).isGreaterThan(77L);
        assertThat(byKind).containsKeys("ESCALATION", "FINAL_NOTICE", "CORRECTIVE_ACTION");
        assertThat(outbox).allSatisfy(m -> assertThat(m.getString("state")).isEqualTo("SENT"));
    }

    @Test
    void aDraftFilingFor2023IsReadyWithOneAnnexARowPerSmelter() {
        Api demo = Api.demoAdmin();
        JsonObject facts = demo.get("/api/filings/2023/facts").json();
        assertThat(facts.getBoolean("frozen")).as("a draft").isFalse();
        Map<String, Long> values = facts.getJsonArray("facts").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(f -> f.getString("key"), f -> f.getJsonNumber("value").longValue()));
        assertThat(values).containsEntry("suppliersSolicited", 77L).containsEntry("suppliersResponded", 58L)
                .containsEntry("responseRatePercent", 75L);
        assertThat(demo.get("/api/filings/2023/documents/form-sd.html").body()).containsIgnoringCase("Meridian Drivetrain Holdings");
        List<JsonObject> annex = demo.get("/api/filings/2023/annex-a").jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(r -> !r.isNull("smelterId")).toList();
        assertThat(annex.stream().map(r -> r.getString("smelterId")).distinct().count()).isEqualTo(annex.size());
        // Annex A lists exactly the smelters that intake resolved in the accepted declarations, once each
        java.util.Set<String> resolved = new java.util.TreeSet<>();
        for (JsonObject summary : demo.get("/api/declarations?year=2023").jsonArray().getValuesAs(JsonObject.class)) {
            if ("ACCEPTED".equals(summary.getString("status")) && isCmrt(summary)) {
                demo.get("/api/declarations/" + summary.getJsonNumber("id").longValue()).json().getJsonArray("smelters")
                        .getValuesAs(JsonObject.class).stream()
                        .filter(row -> row.containsKey("resolvedSmelterId") && !row.isNull("resolvedSmelterId"))
                        .forEach(row -> resolved.add(row.getString("resolvedSmelterId")));
            }
        }
        assertThat(resolved).hasSizeGreaterThan(50);
        assertThat(annex).extracting(r -> r.getString("smelterId")).containsExactlyInAnyOrderElementsOf(resolved);
        // the OFAC list that arrived in May flags two refiners suppliers had reported; some come from covered countries
        assertThat(annex.stream().filter(r -> r.getBoolean("sanctioned")).map(r -> r.getString("name")))
                .containsExactlyInAnyOrder("JSC Uralelectromed", "African Gold Refinery");
        assertThat(annex).anySatisfy(r -> assertThat(r.getBoolean("coveredCountry")).isTrue());
        assertThat(values).containsEntry("sanctionedSmelters", 2L);
        // the gold refiner reported under three spellings is one row, reported by several suppliers
        assertThat(annex).anySatisfy(r -> assertThat(r.getInt("supplierCount")).isGreaterThan(3));
        Api.Response pdf = demo.get("/api/filings/2023/documents/form-sd.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.bytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void rmapStatusesShowTheirSourceAndUnknownIsWarnedAbout() {
        Api demo = Api.demoAdmin();
        // Agosi is on the demo's stand-in table (Garrett Motion Inc.'s CY2025 Appendix A) as Conformant
        JsonObject agosi = demo.get("/api/smelters/CID000035?on=2023-12-31").json();
        assertThat(agosi.getString("rmapCategory")).isEqualTo("CONFORMANT");
        assertThat(agosi.getString("rmapStatusDate")).isEqualTo("2023-12-31");
        assertThat(agosi.getString("rmapSource")).contains("Garrett Motion Inc.").contains("stand-in for RMI's lists");
        assertThat(demo.get("/api/smelters/CID000035?on=2023-12-30").json().getString("rmapCategory")).isEqualTo("UNKNOWN");
        Map<String, Long> values = demo.get("/api/filings/2023/facts").json().getJsonArray("facts").getValuesAs(JsonObject.class)
                .stream().collect(Collectors.toMap(f -> f.getString("key"), f -> f.getJsonNumber("value").longValue()));
        try (Browser browser = Browser.open(Server.demoBaseUrl())) {
            browser.login(Server.ADMIN_USER, Server.ADMIN_PASSWORD);
            browser.go("/filing/workspace.xhtml?year=2023");
            // on the Facts tab, which is not the one open: read the text whether shown or not
            assertThat(browser.find(org.openqa.selenium.By.id("rmapSources")).getAttribute("textContent")).contains("Garrett Motion Inc.");
            if (values.get("smeltersRmapUnknown") > 0) {
                assertThat(browser.find(org.openqa.selenium.By.id("rmapUnknown")).getText())
                        .contains(values.get("smeltersRmapUnknown") + " of the " + values.get("smeltersIdentified"))
                        .contains("no known RMAP status on 2023-12-31");
            } else {
                assertThat(browser.driver().findElements(org.openqa.selenium.By.id("rmapUnknown"))).isEmpty();
            }
            browser.go("/registry/smelter.xhtml?id=CID000035");
            assertThat(browser.find(org.openqa.selenium.By.id("rmap")).getText()).contains("Conformant").contains("Garrett Motion Inc.");
            browser.screenshot("demo-rmap-workspace");
        }
    }

    @Test
    void theDemoIsTheSameEveryTime() {
        // the smelter lists come from a fixed seed: the same declarations get the same smelter rows
        List<JsonObject> all = Api.demoAdmin().get("/api/declarations?year=2023").jsonArray().getValuesAs(JsonObject.class);
        List<JsonObject> declarations = all.stream().filter(DemoIT::isCmrt).toList();
        assertThat(declarations).hasSize(58);
        assertThat(all).hasSize(58 + 4);
        assertThat(declarations.stream().map(d -> d.getString("fileName")).sorted().findFirst()).hasValue("CMRT_S-10400_2023.xlsx");
    }

    @Test
    void everyMainScreenRendersWithoutErrors() {
        try (Browser browser = Browser.open(Server.demoBaseUrl())) {
            browser.login(Server.ADMIN_USER, Server.ADMIN_PASSWORD);
            for (String page : List.of("/index.xhtml", "/outreach/suppliers.xhtml", "/outreach/campaigns.xhtml",
                    "/outreach/campaign.xhtml?year=2023", "/outreach/outbox.xhtml", "/intake/upload.xhtml",
                    "/intake/declarations.xhtml", "/registry/smelters.xhtml", "/registry/reviews.xhtml",
                    "/registry/sanctions.xhtml", "/registry/countries.xhtml", "/registry/admin/imports.xhtml",
                    "/filing/filings.xhtml", "/filing/workspace.xhtml?year=2023", "/filing/smelters.xhtml?year=2023",
                    "/audit.xhtml", "/admin/users.xhtml", "/profile.xhtml")) {
                browser.go(page);
                browser.waitForAjax();
                assertThat(browser.title()).as(page).doesNotContain("Not found").doesNotContain("went wrong").doesNotContain("Not allowed");
                assertThat(browser.consoleErrors()).as(page).isEmpty();
            }
            browser.go("/index.xhtml");
            // the demo's fixed "today", also after a restart of the demo server
            assertThat(browser.find(org.openqa.selenium.By.id("headline")).getText())
                    .contains("Reporting year 2023").contains("May 31, 2024").containsPattern("May 20, 2024|20 May 2024");
            // where the year's Form SD stands, as filing's published FilingYears says: the demo starts a draft
            assertThat(browser.find(org.openqa.selenium.By.id("filingState")).getText()).isEqualTo("Form SD 2023: version 1, a draft.");
            browser.screenshot("demo-home");
        }
    }
}
