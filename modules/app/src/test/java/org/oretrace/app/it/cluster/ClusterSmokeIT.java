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
import org.oretrace.app.it.support.WebSession;
import org.oretrace.intake.testing.CmrtFile;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short two-node check of the default suite: two Payara Micro nodes form one data grid behind HAProxy on one
 * PostgreSQL database; both nodes run the reminders at the same moment and each supplier gets its reminder exactly
 * once (GreenMail counts); an uploaded file is read exactly once, also when it arrives again on the other node; two
 * requests to generate a filing's documents on the two nodes at the same moment make one generation, which both show.
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
        // two nodes keep sessions in the data grid (config/payara-one-node.asadmin, which keeps them in memory, is only
        // for one node): Payara's replicating session manager numbers each session's versions in a cookie of its own
        assertThat(new WebSession("127.0.0.1", Cluster.balancerPort()).get("/login.xhtml").all("Set-Cookie"))
                .anyMatch(c -> c.startsWith("JSESSIONIDVERSION="));

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

    @Test
    void twoRequestsToGenerateAFilingOnTheTwoNodesAtTheSameMomentMakeOneGeneration() throws Exception {
        Api admin = cluster.admin();
        assertThat(admin.post("/api/filings/2022").status()).isEqualTo(200);
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Api.Response>> requests = Stream.of(cluster.adminOn(1), cluster.adminOn(2))
                .map(node -> CompletableFuture.supplyAsync(() -> {
                    try {
                        together.await(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return node.post("/api/filings/2022/generations");
                })).toList();
        List<JsonObject> answers = requests.stream().map(CompletableFuture::join).map(r -> {
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            return r.json();
        }).toList();
        assertThat(answers).filteredOn(a -> a.getBoolean("started")).as("one request started it: " + answers).hasSize(1);
        assertThat(answers).extracting(a -> a.getJsonNumber("id").longValue()).as("the other shows the same generation")
                .containsOnly(answers.get(0).getJsonNumber("id").longValue());

        // its progress and documents, committed by the node that runs it, are the same seen from either node
        long deadline = System.currentTimeMillis() + 120_000;
        JsonObject latest = cluster.adminOn(1).get("/api/filings/2022/generations/latest").json();
        while (!"FINISHED".equals(latest.getString("state")) && System.currentTimeMillis() < deadline) {
            assertThat(latest.getString("state")).isEqualTo("RUNNING");
            Thread.sleep(500);
            latest = cluster.adminOn(1).get("/api/filings/2022/generations/latest").json();
        }
        assertThat(latest.getString("state")).isEqualTo("FINISHED");
        assertThat(latest.getJsonArray("files")).hasSize(6);
        assertThat(cluster.adminOn(2).get("/api/filings/2022/generations/latest").json()).isEqualTo(latest);
        assertThat(db.count("SELECT count(*) FROM filing_generation")).as("exactly one generation").isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM filing_generated_file")).isEqualTo(6);
    }
}
