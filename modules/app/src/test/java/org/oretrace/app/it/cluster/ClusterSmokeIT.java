package org.oretrace.app.it.cluster;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Cluster;
import org.oretrace.app.it.support.ClusterDatabase;
import org.oretrace.intake.testing.CmrtFile;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short two-node check of the default suite: two Payara Micro nodes form one data grid behind HAProxy on one
 * PostgreSQL database; both nodes run the reminders at the same moment and each supplier gets its reminder exactly
 * once (GreenMail counts); an uploaded file is read exactly once, also when it arrives again on the other node.
 * The faults (kill -9, PostgreSQL restarted, SMTP down, IMAP dropping) are in ClusterFaultsIT (-Pcluster).
 */
class ClusterSmokeIT {

    private static final int SUPPLIERS = 6;
    private static ClusterDatabase db;
    private static Cluster cluster;
    private static GreenMail smtp;

    @BeforeAll
    static void startTwoNodes() {
        smtp = new GreenMail(new ServerSetup(Cluster.smtpPort(), "0.0.0.0", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        db = ClusterDatabase.create();
        cluster = Cluster.start("cluster-smoke", db.url());
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
        if (db != null) {
            db.close();
        }
        smtp.stop();
    }

    @Test
    void twoNodesShareTheWorkAndDoEachThingOnce() throws Exception {
        assertThat(cluster.formedOneDataGrid()).as("one data grid of two nodes in the nodes' logs").isTrue();
        Api admin = cluster.admin();
        Set<String> servedBy = new HashSet<>();
        // the balancer's health check takes a node in only after a few good answers: the second node may have
        // finished starting (it waits for the first one's migrations) moments before the test begins
        long deadline = System.currentTimeMillis() + 60_000;
        while (servedBy.size() < 2 && System.currentTimeMillis() < deadline) {
            Api.Response me = admin.get("/api/me");
            assertThat(me.status()).isEqualTo(200);
            servedBy.add(Cluster.servedBy(me));
            if (servedBy.size() < 2) {
                Thread.sleep(250);
            }
        }
        assertThat(servedBy).as("the balancer uses both nodes").containsExactlyInAnyOrder("node1", "node2");

        // an upload through the balancer is read once; the same bytes again (on the other node) are recognised
        byte[] cmrt = CmrtFile.of("6.5").set("D8", "Cluster Smoke Metals").toBytes();
        Api.Response first = admin.postFile("/api/declarations", "file", "smoke.xlsx", cmrt);
        Api.Response again = admin.postFile("/api/declarations", "file", "smoke-again.xlsx", cmrt);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        long id = first.json().getJsonNumber("id").longValue();
        assertThat(again.json().getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(Cluster.servedBy(first)).isNotEqualTo(Cluster.servedBy(again));

        // the first requests: one each, though both nodes' outbox senders run
        int year = ClusterFixtures.launchCampaign(admin, "CSM", SUPPLIERS);
        ClusterFixtures.runAtOnce(cluster.adminOn(1), cluster.adminOn(2));
        assertThat(ClusterFixtures.awaitMails(smtp, "Conflict minerals survey " + year, SUPPLIERS, 60_000)).isEqualTo(SUPPLIERS);

        // day 14: both nodes take the reminder step at the same moment
        cluster.advanceDays(14);
        ClusterFixtures.runAtOnce(cluster.adminOn(1), cluster.adminOn(2));
        ClusterFixtures.awaitMails(smtp, "Reminder", SUPPLIERS, 60_000);
        ClusterFixtures.runAtOnce(cluster.adminOn(1), cluster.adminOn(2), admin);
        Thread.sleep(2000);

        Map<String, Long> reminders = ClusterFixtures.perRecipient(smtp, "Reminder");
        assertThat(reminders).as("one reminder per supplier").isEqualTo(IntStream.rangeClosed(1, SUPPLIERS).boxed()
                .collect(Collectors.toMap(i -> String.format("csm-%03d@supplier.test", i), i -> 1L)));
        assertThat(ClusterFixtures.perRecipient(smtp, "Conflict minerals survey " + year).values())
                .as("one request per supplier").hasSize(SUPPLIERS).containsOnly(1L);
        assertThat(db.count("SELECT count(*) FROM outbox_message WHERE state <> 'SENT'")).as("outbox emptied").isZero();

        JsonObject declaration = admin.get("/api/declarations/" + id).json();
        assertThat(declaration.getString("status")).isNotEqualTo("QUEUED");
        assertThat(ClusterFixtures.timesRead(admin, id)).as("the upload read exactly once").isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM intake_declaration")).isEqualTo(1);
    }
}
