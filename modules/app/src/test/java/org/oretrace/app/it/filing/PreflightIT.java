package org.oretrace.app.it.filing;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;
import org.oretrace.app.it.support.ItSmtp;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.kernel.Metal;

import java.io.IOException;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pre-flight on the deployed application: each item appears with its cause (cover page, template text, suppliers
 * without an outcome, a declaration needing follow-up, an open match review, smelters without an RMAP status on the
 * as-of date) and disappears when the cause is resolved through the owning module's own API; finalization answers 409
 * with the blocking items; an ADMIN's override with a reason is frozen into the version and the audit trail.
 */
class PreflightIT {

    /** A year no other IT uses. */
    private static final int YEAR = 2083;
    private static final String CATEGORY = "PF Bearings";
    private static final String UNHEARD_OF = "Qvzx Jrwpyk Ozzmth";

    @RegisterExtension
    static final ItSmtp smtp = new ItSmtp();
    private static final Api admin = Api.asAdmin();

    @Test
    void eachItemAppearsWithItsCauseAndDisappearsWhenResolved() throws IOException {
        FilingFixtures.suppliers(admin, "PF", CATEGORY, 3);
        FilingFixtures.solicit(admin, YEAR, CATEGORY, 3);
        Api officer = Api.newUser("preflight-officer", "COMPLIANCE", "preflight-officer-password-1");
        assertThat(officer.post("/api/filings/" + YEAR).status()).isEqualTo(200);

        JsonObject first = preflight(officer);
        assertThat(first.getBoolean("ready")).isFalse();
        JsonObject template = item(first, "TEMPLATE_TEXT").orElseThrow();
        assertThat(template.getString("severity")).isEqualTo("BLOCKING");
        assertThat(template.getString("message")).contains("[describe the products]");
        // the company program fields the default text names, not written yet, count with the overview's brackets
        assertThat(template.getInt("count")).isEqualTo(8);
        assertThat(template.getString("link")).isEqualTo("/filing/workspace.xhtml?year=" + YEAR + "&tab=text");
        JsonObject cover = item(first, "REGISTRANT_MISSING").orElseThrow();
        assertThat(cover.getInt("count")).isEqualTo(8);
        JsonObject noOutcome = item(first, "SUPPLIERS_WITHOUT_OUTCOME").orElseThrow();
        assertThat(noOutcome.getString("severity")).isEqualTo("WARNING");
        assertThat(noOutcome.getInt("count")).isEqualTo(3);
        assertThat(noOutcome.getString("link")).isEqualTo("/outreach/campaign.xhtml?year=" + YEAR);
        assertThat(item(first, "DECLARATIONS_AWAITING_DECISION")).isEmpty();
        assertThat(item(first, "RMAP_STATUS_UNKNOWN")).as("no smelter reported yet").isEmpty();

        // finalizing now: 409 with the blocking items, nothing frozen
        Api.Response refused = officer.post("/api/filings/" + YEAR + "/finalize");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().getString("message")).startsWith("Cannot finalize:");
        assertThat(refused.json().getJsonArray("items").getValuesAs(JsonObject.class)).extracting(i -> i.getString("code"))
                .contains("TEMPLATE_TEXT", "REGISTRANT_MISSING").doesNotContain("SUPPLIERS_WITHOUT_OUTCOME");
        assertThat(officer.get("/api/filings/" + YEAR + "/facts").json().getBoolean("frozen")).isFalse();

        // the cover page and the text written out
        assertThat(officer.putJson("/api/filings/" + YEAR + "/registrant", """
                {"name":"Preflight Bearings, Inc.","stateOfIncorporation":"Delaware","commissionFileNumber":"001-20830",
                 "address":"1 Example Way, Springfield, Illinois 62701","contactName":"Pat Doe","contactPhone":"(217) 555-0100",
                 "signerName":"Pat Doe","signerTitle":"General Counsel","website":"www.example.com/cmr"}""").status()).isEqualTo(200);
        JsonObject overview = officer.putJson("/api/filings/" + YEAR + "/narrative", """
                {"overview":"{registrantName} designs and manufactures industrial bearings.\\n\\nTin and tungsten are necessary \
                to the production of our bearings and their seals.",
                 "program":{"annualReportReference":"our Annual Report on Form 10-K for the year, filed with the SEC",\
                 "scopeReason":"Our direct suppliers of metal components are in scope.",\
                 "policy":"Our conflict minerals policy is published at www.example.com/policy.",\
                 "team":"Our compliance officer leads a cross-functional team.",\
                 "grievanceMechanism":"Concerns can be reported through our ethics hotline.",\
                 "recordsRetention":"We keep due diligence records for five years."}}""").json();
        assertThat(overview.getString("status")).isEqualTo("DRAFT");
        assertThat(overview.getJsonObject("program").getString("team")).isEqualTo("Our compliance officer leads a cross-functional team.");
        JsonObject written = preflight(officer);
        assertThat(item(written, "TEMPLATE_TEXT")).isEmpty();
        assertThat(item(written, "REGISTRANT_MISSING")).isEmpty();

        // supplier 1 answers with smelters the registry knows by ID: one supplier fewer without an outcome, and the
        // smelters have no RMAP status on the as-of date until RMAP statuses dated before it are imported
        declare(1, CmrtFile.of("6.5").set("D8", "PF Supplier 1 Ltd.").set("D16", "pf-001@supplier.test")
                .set("D9", CmrtFile.COMPANY_A).noProducts().declare(Metal.GOLD).smeltersById("Gold", 3)
                .smelter(CmrtFile.SmelterLine.notListed("Gold", UNHEARD_OF, "BOLIVIA")), true);
        JsonObject answered = preflight(officer);
        assertThat(item(answered, "SUPPLIERS_WITHOUT_OUTCOME").orElseThrow().getInt("count")).isEqualTo(2);
        List<String> smelters = admin.get("/api/filings/" + YEAR + "/annex-a").jsonArray().getValuesAs(JsonObject.class)
                .stream().map(r -> r.getString("smelterId")).toList();
        assertThat(smelters).as("the three gold refiners named by ID").hasSizeGreaterThanOrEqualTo(3);
        // the item counts exactly the Annex A smelters the registry knows no RMAP status for on the as-of date
        long withoutStatus = smelters.stream().filter(id -> admin.get("/api/smelters/" + id).json()
                .getJsonArray("statusHistory").getValuesAs(JsonObject.class).stream()
                .noneMatch(st -> !LocalDate.parse(st.getString("statusDate")).isAfter(LocalDate.of(YEAR, 12, 31)))).count();
        assertThat(item(answered, "RMAP_STATUS_UNKNOWN").map(i -> (long) i.getInt("count")).orElse(0L)).isEqualTo(withoutStatus);
        item(answered, "RMAP_STATUS_UNKNOWN").ifPresent(unknown -> {
            assertThat(unknown.getString("severity")).isEqualTo("BLOCKING");
            assertThat(unknown.getString("message")).contains("December 31, " + YEAR);
        });
        StringBuilder csv = new StringBuilder("Smelter ID,RMAP Status,Status Date\r\n");
        smelters.forEach(id -> csv.append(id).append(",Conformant,").append(YEAR).append("-06-30\r\n"));
        // a status dated after the as-of date does not count: the item stays
        Api.Response late = admin.postFile("/api/registry/rmap-status", "file", "rmap-late.csv",
                csv.toString().replace(YEAR + "-06-30", (YEAR + 1) + "-01-15").getBytes(StandardCharsets.UTF_8));
        assertThat(late.status()).as(late.toString()).isEqualTo(200);
        assertThat(item(preflight(officer), "RMAP_STATUS_UNKNOWN").map(i -> (long) i.getInt("count")).orElse(0L))
                .isEqualTo(withoutStatus);
        Api.Response imported = admin.postFile("/api/registry/rmap-status", "file", "rmap.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(item(preflight(officer), "RMAP_STATUS_UNKNOWN")).isEmpty();

        // supplier 2's CMRT needs follow-up: a decision is owed until it is accepted (intake's own API)
        long flawed = declare(2, CmrtFile.of("6.4").set("D8", "PF Supplier 2 Ltd.").set("D16", "ann at acme")
                .declare(Metal.GOLD), false);
        JsonObject followUp = item(preflight(officer), "DECLARATIONS_AWAITING_DECISION").orElseThrow();
        assertThat(followUp.getString("severity")).isEqualTo("BLOCKING");
        assertThat(followUp.getInt("count")).isEqualTo(1);
        assertThat(followUp.getString("link")).isEqualTo("/intake/declarations.xhtml?year=" + YEAR + "&status=NEEDS_FOLLOW_UP");
        Api.Response accepted = officer.postJson("/api/declarations/" + flawed + "/acceptance",
                "{\"reason\":\"The contact's address was confirmed by phone\"}");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        JsonObject afterAcceptance = preflight(officer);
        assertThat(item(afterAcceptance, "DECLARATIONS_AWAITING_DECISION")).isEmpty();
        assertThat(item(afterAcceptance, "SUPPLIERS_WITHOUT_OUTCOME").orElseThrow().getInt("count")).isEqualTo(1);

        // supplier 1's "not listed" refinery waits in the registry's review queue: a decision is owed before it is reported
        JsonObject review = item(afterAcceptance, "OPEN_MATCH_REVIEWS").orElseThrow();
        assertThat(review.getString("severity")).isEqualTo("BLOCKING");
        assertThat(review.getInt("count")).isEqualTo(1);
        assertThat(review.getString("link")).isEqualTo("/registry/reviews.xhtml");
        assertThat(item(afterAcceptance, "UNRESOLVED_SMELTER_NAMES").orElseThrow().getString("severity")).isEqualTo("WARNING");
        long reviewId = admin.get("/api/registry/reviews?status=open").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("reportedName").equals(UNHEARD_OF)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Api.Response confirmed = officer.postJson("/api/registry/reviews/" + reviewId + "/confirm",
                "{\"smelterId\":\"" + smelters.get(0) + "\",\"note\":\"The supplier named its refiner's trading name\"}");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(item(preflight(officer), "OPEN_MATCH_REVIEWS")).isEmpty();

        // the item counts exactly the open screening hits on this year's smelters (other ITs on this server may have
        // imported OFAC's list; importing one here would change the newest list the registry ITs count on, and
        // PreflightTest covers the item appearing and disappearing)
        long openHits = admin.get("/api/screening/hits?status=open").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(h -> smelters.contains(h.getString("subjectRef"))).count();
        assertThat(item(preflight(officer), "OPEN_SANCTIONS_HITS").map(i -> (long) i.getInt("count")).orElse(0L))
                .isEqualTo(openHits);

        // a VIEWER reads the pre-flight; COMPLIANCE cannot override; an override needs a reason
        Api viewer = Api.newUser("preflight-viewer", "VIEWER", "preflight-viewer-password-1");
        assertThat(viewer.get("/api/filings/" + YEAR + "/preflight").status()).isEqualTo(200);
        assertThat(Api.anonymous().get("/api/filings/" + YEAR + "/preflight").status()).isEqualTo(401);
        String override = "{\"override\":true,\"reason\":\"Supplier PF-003 confirmed by letter that it ships no 3TG; filed on time\"}";
        // a blocking item for the override to carry: supplier 3 answers late with a CMRT needing follow-up
        declare(3, CmrtFile.of("6.4").set("D8", "PF Supplier 3 Ltd.").set("D16", "bob at acme").declare(Metal.GOLD), false);
        JsonObject beforeOverride = preflight(officer);
        assertThat(beforeOverride.getJsonNumber("blocking").longValue()).isPositive();
        Api.Response notAdmin = officer.postJson("/api/filings/" + YEAR + "/finalize", override);
        assertThat(notAdmin.status()).as(notAdmin.toString()).isEqualTo(403);
        Api.Response noReason = admin.postJson("/api/filings/" + YEAR + "/finalize", "{\"override\":true,\"reason\":\"  \"}");
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.json().getString("message")).contains("reason");
        Api.Response stillBlocked = officer.post("/api/filings/" + YEAR + "/finalize");
        assertThat(stillBlocked.status()).isEqualTo(409);
        assertThat(stillBlocked.json().getJsonArray("items").getValuesAs(JsonObject.class)).extracting(i -> i.getString("code"))
                .contains("DECLARATIONS_AWAITING_DECISION");

        Api.Response finalized = admin.postJson("/api/filings/" + YEAR + "/finalize", override);
        assertThat(finalized.status()).as(finalized.toString()).isEqualTo(200);
        JsonObject summary = finalized.json();
        assertThat(summary.getString("status")).isEqualTo("FINAL");
        assertThat(summary.getString("overrideReason")).isEqualTo("Supplier PF-003 confirmed by letter that it ships no 3TG; filed on time");
        assertThat(summary.getJsonArray("overriddenItems").getValuesAs(JsonObject.class)).extracting(i -> i.getString("code"))
                .contains("DECLARATIONS_AWAITING_DECISION").allMatch(code -> !code.equals("SUPPLIERS_WITHOUT_OUTCOME"));
        // frozen with the version: read back as it was stored
        JsonObject stored = admin.get("/api/filings").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getInt("reportingYear") == YEAR).findFirst().orElseThrow();
        assertThat(stored.getString("overrideReason")).isEqualTo(summary.getString("overrideReason"));
        assertThat(stored.getJsonArray("overriddenItems")).isEqualTo(summary.getJsonArray("overriddenItems"));
        assertThat(preflight(officer).getJsonArray("items")).as("a final version has nothing open").isEmpty();
        String audit = admin.get("/api/audit?type=Filing").body();
        assertThat(audit).contains("finalized with override").contains("Supplier PF-003 confirmed by letter")
                .contains("DECLARATIONS_AWAITING_DECISION (1)");
    }

    @Test
    void thePanelListsAnItemWithItsCauseAndItDisappearsWhenResolvedThroughItsLink() {
        int year = 2084;
        Api.newUser("preflight-browser", "COMPLIANCE", "preflight-browser-password-1");
        try (Browser browser = Browser.open()) {
            browser.login("preflight-browser", "preflight-browser-password-1");
            browser.go("/filing/workspace.xhtml?year=" + year);
            browser.click(By.id("ws:startYear"));
            browser.waitForText("Draft filing for " + year + " started");
            String panel = browser.find(By.id("ws:preflight")).getText();
            assertThat(panel).contains("Pre-flight").contains("BLOCKING").contains("Cover page incomplete: missing")
                    .contains("exact name of registrant").contains("[describe the products]");

            browser.click(By.cssSelector("a.preflight-link-REGISTRANT_MISSING"));
            assertThat(browser.currentPath()).isEqualTo("/filing/workspace.xhtml?year=" + year + "&tab=cover");
            assertThat(browser.find(By.id("ws:tabs:name")).isDisplayed()).as("the link opens the cover page").isTrue();
            FilingFixtures.fillCoverPage(browser, "Panel Gearboxes, Inc.", "001-20840");
            String after = browser.find(By.id("ws:preflight")).getText();
            assertThat(after).doesNotContain("Cover page incomplete").contains("[describe the products]");
            assertThat(browser.findAll(By.cssSelector("a.preflight-link-REGISTRANT_MISSING"))).isEmpty();
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    private static JsonObject preflight(Api api) {
        Api.Response r = api.get("/api/filings/" + YEAR + "/preflight");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static Optional<JsonObject> item(JsonObject preflight, String code) {
        return preflight.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("code").equals(code)).findFirst();
    }

    /** Supplier i's CMRT for the year; accepted when {@code accept} (after checking its findings), else left as read. */
    private static long declare(int i, CmrtFile cmrt, boolean accept) {
        JsonObject declaration = admin.uploadResponse(String.format("PF-%03d", i), YEAR, cmrt.toBytes());
        long id = declaration.getJsonNumber("id").longValue();
        if (accept && !declaration.getString("status").equals("ACCEPTED")) {
            Api.Response accepted = admin.postJson("/api/declarations/" + id + "/acceptance",
                    "{\"reason\":\"Findings checked with the supplier by phone\"}");
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        }
        if (!accept) {
            assertThat(declaration.getString("status")).isEqualTo("NEEDS_FOLLOW_UP");
        }
        return id;
    }
}
