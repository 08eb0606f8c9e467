package org.oretrace.app.it.intake;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.oretrace.app.it.support.Api;
import org.oretrace.intake.testing.Templates;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An EMRT uploaded over REST where only the CMRT was asked (here: a file without a supplier, so no request asked for the
 * EMRT) is stored, rejected with a message that says so, and listed as an EMRT. An EMRT that a request asked for is
 * read: CampaignTemplatesIT.
 */
class EmrtUploadIT {

    private static final Api ADMIN = Api.asAdmin();

    @Test
    void anEmrtWhereTheCmrtWasAskedIsRejectedSayingSo() {
        // the real blank 2.1 with a name of its own, so that the upload is no duplicate of another IT's blank
        byte[] emrt = withMarker(Templates.bytes("RMI_EMRT_2.1.xlsx"));
        Api.Response r = ADMIN.postFile("/api/declarations", "file", "acme-emrt-2.1.xlsx", emrt, Map.of("campaign", "2025"));
        assertThat(r.status()).as(r.body()).isIn(200, 201);
        JsonObject json = r.json();
        assertThat(json.getString("status")).isEqualTo("REJECTED");
        assertThat(json.getString("template")).isEqualTo("EMRT");
        assertThat(json.getJsonObject("rejection").getString("code")).isEqualTo("OTHER_RMI_TEMPLATE");
        assertThat(json.getJsonObject("rejection").getString("message"))
                .contains("Extended Minerals Reporting Template (EMRT)", "Only the CMRT was asked for in this request");
        long id = json.getJsonNumber("id").longValue();
        assertThat(ADMIN.get("/api/declarations/" + id + "/original").bytes()).isEqualTo(emrt);
        JsonObject listed = ADMIN.get("/api/declarations?q=acme-emrt-2.1&year=2025").jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(d -> d.getJsonNumber("id").longValue() == id)
                .findFirst().orElseThrow();
        assertThat(listed.getString("template")).isEqualTo("EMRT");
    }

    /** A zip comment makes the bytes unique without touching the workbook (readers ignore it). */
    private static byte[] withMarker(byte[] xlsx) {
        byte[] marker = ("EmrtUploadIT " + System.nanoTime()).getBytes(StandardCharsets.US_ASCII);
        byte[] out = java.util.Arrays.copyOf(xlsx, xlsx.length + marker.length);
        // the end-of-central-directory record is the last 22 bytes when the zip has no comment
        int eocd = xlsx.length - 22;
        assertThat(xlsx[eocd]).isEqualTo((byte) 0x50);
        out[eocd + 20] = (byte) marker.length;
        out[eocd + 21] = 0;
        System.arraycopy(marker, 0, out, xlsx.length, marker.length);
        return out;
    }
}
