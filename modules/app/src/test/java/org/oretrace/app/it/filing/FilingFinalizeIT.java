package org.oretrace.app.it.filing;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.oretrace.app.it.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-off on the deployed application: finalize, download the frozen documents again, start a new version. */
class FilingFinalizeIT {

    private static final int YEAR = 2017;

    @Test
    void aFinalizedFilingDownloadsByteIdenticalAndANewVersionStartsFromIt() {
        Api compliance = Api.newUser("filing-signer", "COMPLIANCE", "filing-signer-password-1");
        assertThat(compliance.post("/api/filings/" + YEAR).status()).isEqualTo(200);
        Api.Response incomplete = compliance.post("/api/filings/" + YEAR + "/finalize");
        assertThat(incomplete.status()).as(incomplete.toString()).isEqualTo(409);
        assertThat(incomplete.json().getString("message")).startsWith("Cannot finalize:").contains("signer");
        assertThat(incomplete.json().getJsonArray("items").getValuesAs(JsonObject.class)).extracting(i -> i.getString("code"))
                .containsExactlyInAnyOrder("REGISTRANT_MISSING", "TEMPLATE_TEXT");

        Api.Response saved = compliance.putJson("/api/filings/" + YEAR + "/registrant", """
                {"name":"Example Gearboxes, Inc.","stateOfIncorporation":"Delaware","commissionFileNumber":"001-12345",
                 "address":"1 Example Way, Springfield, Illinois 62701","contactName":"Pat Doe","contactPhone":"(217) 555-0100",
                 "signerName":"Pat Doe","signerTitle":"General Counsel","website":"www.example.com/cmr"}""");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        // the default text's brackets and the company program fields written out: nothing else stands between this (data-less) year and a signature
        Api.Response text = compliance.putJson("/api/filings/" + YEAR + "/narrative", """
                {"overview":"{registrantName} designs and manufactures gearboxes.\\n\\nTin and gold are necessary to the \
                functionality of our gearboxes' controls.",
                 "program":{"annualReportReference":"our Annual Report on Form 10-K for the year, filed with the SEC",\
                 "scopeReason":"Our direct suppliers of metal components are in scope.",\
                 "policy":"Our conflict minerals policy is published at www.example.com/policy.",\
                 "team":"Our compliance officer leads a cross-functional team.",\
                 "grievanceMechanism":"Concerns can be reported through our ethics hotline.",\
                 "recordsRetention":"We keep due diligence records for five years."}}""");
        assertThat(text.status()).as(text.toString()).isEqualTo(200);
        assertThat(compliance.get("/api/filings/" + YEAR + "/preflight").json().getBoolean("ready")).isTrue();

        Api.Response finalized = compliance.post("/api/filings/" + YEAR + "/finalize");
        assertThat(finalized.status()).as(finalized.toString()).isEqualTo(200);
        assertThat(finalized.json().getString("status")).isEqualTo("FINAL");
        assertThat(finalized.json().getString("finalizedBy")).isEqualTo("filing-signer");
        assertThat(finalized.json().containsKey("overrideReason")).as("nothing was overridden").isFalse();
        assertThat(finalized.json().getJsonArray("overriddenItems")).isEmpty();

        Api.Response first = compliance.get("/api/filings/" + YEAR + "/documents/form-sd.pdf");
        Api.Response again = Api.asAdmin().get("/api/filings/" + YEAR + "/documents/form-sd.pdf");
        assertThat(again.bytes()).isEqualTo(first.bytes());
        assertThat(again.header("X-Content-SHA256")).isEqualTo(first.header("X-Content-SHA256"));
        assertThat(new String(first.bytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(compliance.get("/api/filings/" + YEAR + "/facts").json().getBoolean("frozen")).isTrue();

        Api.Response refused = compliance.putJson("/api/filings/" + YEAR + "/registrant", "{\"name\":\"Changed, Inc.\"}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().getString("message")).contains("start a new version");
        Api.Response finalizedAgain = compliance.post("/api/filings/" + YEAR + "/finalize");
        assertThat(finalizedAgain.status()).as(finalizedAgain.toString()).isEqualTo(400);
        assertThat(finalizedAgain.json().getString("message")).isEqualTo("Version 1 of " + YEAR + " is already final");

        String audit = Api.asAdmin().get("/api/audit?type=Filing").body();
        assertThat(audit).contains("Finalized by filing-signer").contains("form-sd.pdf SHA-256 " + first.header("X-Content-SHA256"));

        Api.Response v2 = compliance.post("/api/filings/" + YEAR + "/versions");
        assertThat(v2.status()).as(v2.toString()).isEqualTo(200);
        JsonObject next = v2.json();
        assertThat(next.getInt("version")).isEqualTo(2);
        assertThat(next.getString("status")).isEqualTo("DRAFT");
        assertThat(compliance.get("/api/filings/" + YEAR + "/facts").json().getBoolean("frozen")).isFalse();
    }
}
