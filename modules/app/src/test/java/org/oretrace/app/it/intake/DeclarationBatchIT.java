package org.oretrace.app.it.intake;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.oretrace.app.it.support.Api;
import org.oretrace.intake.testing.CmrtFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch path (issue 18): a zip posted to /api/declarations/batches is stored whole before the answer (202) and
 * read in the background; its progress is visible until nothing is queued. A zip over the batch's entry limit is
 * refused whole with the limit named, nothing stored.
 */
class DeclarationBatchIT {

    @Test
    void aZipIsStoredThenReadInTheBackground() throws Exception {
        Api admin = Api.asAdmin();
        byte[] good = CmrtFile.of("6.5").set("D8", "Batch Good Ltd.").toBytes();
        byte[] bad = CmrtFile.of("6.22").set("D8", "Batch Bad Ltd.").set("D16", "no address").toBytes();
        // the same bytes twice in one zip: stored once, the copy linked to it (the zip's files are stored on two lanes
        // at once, and identical bytes share a lane)
        byte[] zip = zip(Map.of("cmrts/", new byte[0], "cmrts/good.xlsx", good, "cmrts/bad.xlsx", bad,
                "cmrts/copy/good again.xlsx", good, "__MACOSX/._good.xlsx", new byte[]{1}));

        Api.Response posted = admin.postFile("/api/declarations/batches", "file", "suppliers.zip", zip);
        assertThat(posted.status()).as(posted.body()).isEqualTo(202);
        JsonObject batch = posted.json();
        assertThat(batch.getInt("stored")).isEqualTo(2);
        assertThat(batch.getInt("duplicates")).isEqualTo(1);
        long id = batch.getJsonNumber("batch").longValue();
        assertThat(batch.getJsonArray("declarations")).hasSize(3);
        assertThat(batch.getJsonArray("declarations").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::longValue).distinct().count()).as("the copy is the first's declaration").isEqualTo(2);

        JsonObject progress = awaitRead(admin, id, Duration.ofMinutes(2));
        assertThat(progress.getInt("total")).isEqualTo(2);
        assertThat(progress.getJsonObject("byStatus").getInt("ACCEPTED")).isEqualTo(1);
        assertThat(progress.getJsonObject("byStatus").getInt("NEEDS_FOLLOW_UP")).isEqualTo(1);
        // the originals are kept byte for byte, and each was read with the same findings as a single upload
        List<Long> ids = batch.getJsonArray("declarations").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::longValue).distinct().toList();
        List<String> shas = ids.stream().map(d -> admin.get("/api/declarations/" + d + "/original").header("X-Content-SHA256"))
                .toList();
        assertThat(shas).containsExactlyInAnyOrder(sha(good), sha(bad));
        JsonObject badRead = ids.stream().map(d -> admin.get("/api/declarations/" + d).json())
                .filter(d -> d.getString("status").equals("NEEDS_FOLLOW_UP")).findFirst().orElseThrow();
        assertThat(badRead.getJsonArray("findings").getValuesAs(JsonObject.class)).extracting(f -> f.getString("code"))
                .contains("INVALID_EMAIL");

        // the same zip again: every file a duplicate of the declaration that has its bytes, nothing new to read
        JsonObject again = admin.postFile("/api/declarations/batches", "file", "suppliers.zip", zip).json();
        assertThat(again.getInt("stored")).isZero();
        assertThat(again.getInt("duplicates")).isEqualTo(3);
    }

    @Test
    void aZipOverTheEntryLimitIsRefusedWhole() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("first.xlsx"));
            zip.write(CmrtFile.of("6.5").set("D8", "Never Stored Ltd.").toBytes());
            for (int i = 0; i < 1001; i++) {
                zip.putNextEntry(new ZipEntry("empty-" + i + "/"));
            }
        }
        Api admin = Api.asAdmin();
        Api.Response refused = admin.postFile("/api/declarations/batches", "file", "bomb.zip", out.toByteArray());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("oretrace.intake.max-batch-entries").contains("none of its files was stored");
        assertThat(admin.get("/api/declarations?q=first.xlsx").jsonArray()).isEmpty();
    }

    /** A zip bomb far below max-batch-bytes: 60 MB of zeros in a zip of about 60 KB, refused by its ratio while counting. */
    @Test
    void aZipThatUnpacksToMoreThanAHundredTimesItsSizeIsRefusedWhole() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("ratio-first.xlsx"));
            // small, so that the zeros decide the ratio (a CMRT is about a megabyte zipped or not)
            zip.write("not a workbook, never stored".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("zeros.xlsx"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 60; i++) {
                zip.write(zeros);
            }
        }
        assertThat(out.size()).isLessThan(600_000);
        Api admin = Api.asAdmin();
        Api.Response refused = admin.postFile("/api/declarations/batches", "file", "ratio.zip", out.toByteArray());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("100 times the zip's own size").contains("none of its files was stored");
        assertThat(admin.get("/api/declarations?q=ratio-first.xlsx").jsonArray()).isEmpty();
    }

    private static JsonObject awaitRead(Api api, long batch, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonObject progress;
        do {
            progress = api.get("/api/declarations/batches/" + batch).json();
            if (progress.getInt("queued") == 0) {
                return progress;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        return progress;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : new java.util.TreeMap<>(entries).keySet()) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(entries.get(name));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String sha(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
