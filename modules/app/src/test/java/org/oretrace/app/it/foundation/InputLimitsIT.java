package org.oretrace.app.it.foundation;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.oretrace.app.it.support.Api;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.kernel.Metal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over-long and over-large request inputs on each REST endpoint family are refused with 400 (413 for bodies and
 * uploads) and a reason in the common error shape, instead of a 500, a silently clipped value or a long request.
 */
class InputLimitsIT {

    private static final Api API = Api.asAdmin();
    private static final String LONG_SEARCH = "tin ".repeat(100);

    @Test
    void searchWordsAreLimitedOnEveryListEndpoint() {
        String q = URLEncoder.encode(LONG_SEARCH, StandardCharsets.UTF_8);
        for (String path : new String[]{"/api/declarations?q=", "/api/suppliers?q=", "/api/outbox?q=", "/api/smelters?q=",
            "/api/audit?q="}) {
            assertRefused(API.get(path + q), 400, "Search text: at most 200 characters");
        }
        String words = URLEncoder.encode("a ".repeat(30), StandardCharsets.UTF_8);
        assertRefused(API.get("/api/smelters?q=" + words), 400, "Search text: at most 20 words");
    }

    @Test
    void auditFiltersThatMakeNoSenseGetAMessage() {
        assertRefused(API.get("/api/audit?from=yesterday"), 400, "ISO instants");
        assertRefused(API.get("/api/audit?from=2024-06-01T00:00:00Z&to=2024-05-01T00:00:00Z"), 400,
                "The period ends before it starts");
        assertRefused(API.get("/api/audit?actor=" + "x".repeat(300)), 400, "Actor: at most 200 characters");
    }

    @Test
    void smelterMatchingRefusesNamesLongerThanAnySmeltersAndTooManyRows() {
        assertRefused(API.postJson("/api/smelters/match", "[{\"metal\":\"Gold\",\"name\":\"" + "Gold Refinery ".repeat(5000)
                + "\"}]"), 400, "name: at most 300 characters");
        StringBuilder rows = new StringBuilder("[");
        for (int i = 0; i < 20_001; i++) {
            rows.append(i == 0 ? "" : ",").append("{}");
        }
        assertRefused(API.postJson("/api/smelters/match", rows.append("]").toString()), 400, "At most 20000 rows");
    }

    @Test
    void freeTextFieldsAreCheckedAgainstTheirLength() {
        assertRefused(API.putJson("/api/suppliers/IL-100", "{\"name\":\"" + "N".repeat(301) + "\"}"), 400,
                "Supplier name: at most 300 characters");
        assertThat(API.putJson("/api/suppliers/IL-100", "{\"name\":\"Input Limits Ltd\"}").status()).isIn(200, 201);
        assertRefused(API.putJson("/api/suppliers/IL-100", "{\"notes\":\"" + "n".repeat(20_001) + "\"}"), 400,
                "Notes: at most 20000 characters");
        assertRefused(API.putJson("/api/suppliers/IL-100", "{\"mailSenders\":\"not a domain!\"}"), 400,
                "neither an email address nor a domain");

        byte[] cmrt = CmrtFile.of("6.5").set("D8", "Input Limits Ltd").set("D16", "not an address")
                .declare(Metal.GOLD).toBytes();
        long id = API.postFile("/api/declarations", "file", "input limits.xlsx", cmrt).json().getJsonNumber("id").longValue();
        assertRefused(API.postJson("/api/declarations/" + id + "/acceptance", "{\"reason\":\"" + "r".repeat(2001) + "\"}"),
                400, "Reason: at most 2000 characters");
        assertThat(API.get("/api/declarations/" + id).json().getString("status")).as("not accepted with a clipped reason")
                .isEqualTo("NEEDS_FOLLOW_UP");
        assertRefused(API.postJson("/api/declarations/" + id + "/corrective-action", "{\"to\":\"a@b.example\",\"subject\":\""
                + "s".repeat(501) + "\",\"body\":\"text\"}"), 400, "Subject: at most 500 characters");
    }

    @Test
    void bodiesAndUploadsOverTheirLimitAre413() {
        byte[] big = new byte[(20 << 20) + 10];
        assertRefused(API.postFile("/api/suppliers/import", "file", "suppliers.csv", big), 413, "larger than 20 MB");
        String hugeJson = "{\"name\":\"" + "x".repeat(11 << 20) + "\"}";
        assertRefused(API.putJson("/api/suppliers/IL-101", hugeJson), 413, "The request body is larger than 10 MB");
        assertRefused(API.postFile("/api/declarations", "file", "many.zip", zipOf(250)), 400,
                "more than 200 archive entries");
    }

    private static byte[] zipOf(int entries) {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new java.util.zip.ZipEntry("cmrt-" + i + ".xlsx"));
                zip.write(i);
                zip.closeEntry();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void assertRefused(Api.Response response, int status, String reason) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        JsonObject error = response.json();
        assertThat(error.getInt("status")).isEqualTo(status);
        assertThat(error.getString("message")).contains(reason);
        assertThat(!error.containsKey("incident") || error.isNull("incident")).as("a refusal, not an incident").isTrue();
    }
}
