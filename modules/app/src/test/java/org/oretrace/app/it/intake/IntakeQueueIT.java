package org.oretrace.app.it.intake;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Server;
import org.oretrace.intake.testing.CmrtFile;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored-and-queued declarations are read after a restart, from the stored originals. */
class IntakeQueueIT {

    @Test
    void queuedDeclarationsAreReadAfterARestart() throws Exception {
        Api admin = Api.asAdmin();
        long first = admin.postFile("/api/declarations", "file", "queue-one.xlsx",
                CmrtFile.of("6.5").set("D8", "Queue One").toBytes()).json().getJsonNumber("id").longValue();
        long second = admin.postFile("/api/declarations", "file", "queue-two.xlsx",
                CmrtFile.of("6.1").set("D8", "Queue Two").set("D16", "bad address").toBytes()).json()
                .getJsonNumber("id").longValue();

        // queue everything to be read again and stop the server at once: the queue's timer ticks every
        // 15 s, so the files are (almost always) still queued when the server goes down
        int queued = admin.post("/api/declarations/evaluation").json().getInt("queued");
        assertThat(queued).isGreaterThanOrEqualTo(2);
        Server.stop();
        Server.baseUrl();

        // a file the stopped server had claimed but not finished is taken over when its claim expires (2 minutes)
        assertThat(awaitStatus(admin, first, Duration.ofMinutes(4))).isEqualTo("ACCEPTED");
        assertThat(awaitStatus(admin, second, Duration.ofMinutes(2))).isEqualTo("NEEDS_FOLLOW_UP");
        JsonObject read = admin.get("/api/declarations/" + second).json();
        assertThat(read.getJsonObject("company").getString("name")).isEqualTo("Queue Two");
        assertThat(read.getJsonArray("findings").getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("code")).contains("INVALID_EMAIL");
        List<String> audit = admin.get("/api/audit?type=Declaration&id=" + second).jsonArray()
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("actor") + ":" + e.getString("action")).toList();
        assertThat(audit).as("read by the queue, not by a person").contains("system:evaluated");
    }

    private static String awaitStatus(Api api, long id, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String status;
        do {
            Api.Response response = api.get("/api/declarations/" + id);
            status = response.status() == 200 ? response.json().getString("status") : "(HTTP " + response.status() + ")";
            if (response.status() == 200 && !status.equals("QUEUED")) {
                return status;
            }
            Thread.sleep(2000);
        } while (System.nanoTime() < deadline);
        return status;
    }
}
