package org.oretrace.app.it.intake;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.oretrace.app.it.support.Api;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.intake.testing.HostileFiles;
import org.oretrace.intake.testing.HostileFiles.Attack;

import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attacks of issue 15 uploaded to the deployed server one after another: each answered in under a second
 * (override with -Dit.hostile.max-ms on a loaded machine) with its rejection code and a message, the original
 * kept; the server stays healthy and a genuine CMRT sent right after is read normally.
 */
class HostileUploadIT {

    // a bound on the work, not a speed measurement: a file whose work grew faster than its bytes would take minutes;
    // 3 s leaves room for a 2-core machine running the other IT fork's server and browser at the same moment
    private static final long MAX_MS = Long.getLong("it.hostile.max-ms", 3000);

    @Test
    void hostileUploadsAreRefusedQuicklyAndAGenuineFileIsReadRightAfter() throws Exception {
        Api api = Api.asAdmin();
        byte[] good = CmrtFile.of("6.5").set("D8", "Before The Attacks").toBytes();
        // the first upload warms the server up (JIT, connection pool): not an attack
        assertThat(api.postFile("/api/declarations", "file", "warm-up.xlsx", good).json().getString("status"))
                .isEqualTo("ACCEPTED");

        for (Attack attack : HostileFiles.all(good).values()) {
            long start = System.nanoTime();
            Api.Response response = api.postFile("/api/declarations", "file", "hostile.xlsx", attack.file());
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("%s: %d ms, %s%n", attack.name(), ms, response.status());
            assertThat(response.status()).as(attack.name()).isEqualTo(201);
            JsonObject declaration = response.json();
            assertThat(declaration.getString("status")).as(attack.name()).isEqualTo("REJECTED");
            assertThat(declaration.getJsonObject("rejection").getString("code")).as(attack.name())
                    .isEqualTo(attack.expected().name());
            assertThat(declaration.getJsonObject("rejection").getString("message")).as(attack.name())
                    .isNotBlank().doesNotContain("Exception");
            assertThat(ms).as(attack.name() + ": answered in ms").isLessThan(MAX_MS);
            Api.Response original = api.get("/api/declarations/" + declaration.getJsonNumber("id").longValue()
                    + "/original");
            assertThat(original.header("X-Content-SHA256")).as(attack.name() + ": the original is kept")
                    .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(attack.file())));
        }

        assertThat(api.get("/health/live").status()).isEqualTo(200);
        JsonObject after = api.postFile("/api/declarations", "file", "after.xlsx",
                CmrtFile.of("6.5").set("D8", "After The Attacks").toBytes()).json();
        assertThat(after.getString("status")).isEqualTo("ACCEPTED");
        assertThat(after.getJsonObject("company").getString("name")).isEqualTo("After The Attacks");
    }
}
