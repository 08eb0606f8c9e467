package org.oretrace.app.it.cluster;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.activation.DataHandler;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Cluster;
import org.oretrace.app.it.support.ClusterDatabase;
import org.oretrace.app.it.support.PrivatePostgres;
import org.oretrace.app.it.support.Server;
import org.oretrace.app.it.support.WebSession;
import org.oretrace.intake.testing.CmrtFile;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes behind HAProxy on a PostgreSQL of the test's own, and the faults a cluster meets: SMTP down for a while,
 * the IMAP server dropping the connection mid-fetch, PostgreSQL restarted under load, {@code kill -9} of a node in the
 * middle of a reminder run and of a batch upload, and the loss of the node holding a user's session (the user stays signed in). After each,
 * mails and reads are counted exactly: nothing lost, nothing doubled. Runs with {@code -Pcluster} (about 15 min).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFaultsIT {

    private static final String MAILBOX = "cmrt@cluster.test";
    private static PrivatePostgres postgres;
    private static ClusterDatabase db;
    private static Cluster cluster;
    private static GreenMail smtp;
    private static GreenMail imap;
    private static DroppingProxy imapProxy;

    @BeforeAll
    static void start() throws Exception {
        smtp = startSmtp();
        // the real IMAP server sits behind the dropping proxy on any free port: a fixed one next to the proxy's
        // met another service on this machine (4369, Erlang's epmd, for IT port 9300)
        int imapBehindProxy = freePort();
        imap = new GreenMail(new ServerSetup(imapBehindProxy, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        imap.start();
        imap.setUser(MAILBOX, MAILBOX, "secret");
        imapProxy = new DroppingProxy(Cluster.imapPort(), imapBehindProxy, 40_000, 0);
        postgres = PrivatePostgres.start();
        db = ClusterDatabase.createOn(postgres.adminUrl());
        cluster = Cluster.start("cluster-faults", db.url(),
                // a node that died while sending gives its claims up after 30 s (15 min in production)
                "-Doretrace.outreach.mail.claim-timeout-seconds=30",
                "-Doretrace.outreach.mail.retry-base-seconds=5",
                "-Doretrace.mailbox.host=localhost", "-Doretrace.mailbox.port=" + Cluster.imapPort(),
                "-Doretrace.mailbox.ssl=false", "-Doretrace.mailbox.user=" + MAILBOX, "-Doretrace.mailbox.password=secret",
                "-Doretrace.mailbox.poll-seconds=10");
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
        if (db != null) {
            db.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        imapProxy.close();
        imap.stop();
        smtp.stop();
    }

    @Test
    @Order(1)
    void smtpDownForAWhileThenEveryRequestGoesOutOnce() throws Exception {
        smtp.stop();
        Api admin = cluster.admin();
        int year = ClusterFixtures.launchCampaign(admin, "CSD", 8);
        ClusterFixtures.runAtOnce(cluster.adminOn(1), cluster.adminOn(2));
        Thread.sleep(12_000);
        assertThat(db.count("SELECT count(*) FROM outbox_message WHERE state = 'SENT'")).as("nothing sent while SMTP is down").isZero();
        smtp = startSmtp();
        long deadline = System.currentTimeMillis() + 180_000;
        while (ClusterFixtures.awaitMails(smtp, "Conflict minerals survey " + year, 8, 5_000) < 8
                && System.currentTimeMillis() < deadline) {
            ClusterFixtures.runAtOnce(cluster.adminOn(1), cluster.adminOn(2));
        }
        ClusterFixtures.runAtOnce(cluster.adminOn(1), cluster.adminOn(2));
        Thread.sleep(2000);
        assertThat(ClusterFixtures.perRecipient(smtp, "Conflict minerals survey " + year)).as("one request each")
                .hasSize(8).allSatisfy((to, n) -> assertThat(n).as(to).isEqualTo(1L));
    }

    @Test
    @Order(2)
    void theImapServerDroppingTheConnectionMidFetchLosesAndDoublesNothing() throws Exception {
        imapProxy.dropNext(1);
        List<byte[]> files = IntStream.rangeClosed(1, 3).mapToObj(i -> cmrt("Imap Drop " + i)).toList();
        deliver(files);
        long deadline = System.currentTimeMillis() + 180_000;
        while (db.count("SELECT count(*) FROM intake_declaration WHERE channel = 'MAILBOX' AND status <> 'QUEUED'") < 3
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(2000);
        }
        assertThat(imapProxy.dropped.get()).as("a fetch was cut").isGreaterThanOrEqualTo(1);
        Thread.sleep(25_000); // two more polls on each node: the message is in Processed, nothing comes again
        assertThat(db.count("SELECT count(*) FROM intake_declaration WHERE channel = 'MAILBOX'")).isEqualTo(3);
        assertThat(db.count("SELECT count(*) FROM audit_entry a JOIN intake_declaration d ON a.entity_id = CAST(d.id AS VARCHAR)"
                + " WHERE a.entity_type = 'Declaration' AND a.action = 'evaluated' AND d.channel = 'MAILBOX'"))
                .as("each mailed file read exactly once").isEqualTo(3);
    }

    @Test
    @Order(3)
    void postgresRestartedUnderLoadEachUploadIsReadOnce() throws Exception {
        Api admin = cluster.admin();
        List<byte[]> files = IntStream.rangeClosed(1, 24).mapToObj(i -> cmrt("Pg Restart " + i)).toList();
        CompletableFuture<Set<Long>> load = CompletableFuture.supplyAsync(() -> {
            Set<Long> ids = new LinkedHashSet<>();
            for (int i = 0; i < files.size(); i++) {
                ids.add(uploadUntilAccepted(admin, "pg-" + i + ".xlsx", files.get(i)));
            }
            return ids;
        });
        Thread.sleep(3000);
        postgres.restart();
        Set<Long> ids = load.get();
        assertThat(ids).hasSize(24);
        awaitNoneQueued(ids);
        for (long id : ids) {
            assertThat(ClusterFixtures.timesRead(admin, id)).as("declaration " + id).isEqualTo(1);
        }
        String list = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        assertThat(db.count("SELECT count(*) FROM intake_declaration WHERE status = 'REJECTED' AND id IN (" + list + ")"))
                .as("no good file rejected because the database went away while it was read").isZero();
        for (int n = 1; n <= Cluster.NODES; n++) {
            assertThat(cluster.adminOn(n).get("/api/me").status()).as("node " + n + " after the restart").isEqualTo(200);
        }
    }

    @Test
    @Order(4)
    void killNineMidReminderRunTheOtherNodeFinishesOnce() throws Exception {
        int suppliers = 60;
        Api admin = cluster.admin();
        int year = ClusterFixtures.launchCampaign(admin, "CKR", suppliers, 2);
        ClusterFixtures.runAtOnce(cluster.adminOn(1), cluster.adminOn(2));
        assertThat(ClusterFixtures.awaitMails(smtp, "Conflict minerals survey " + year, suppliers, 120_000)).isEqualTo(suppliers);
        smtp.purgeEmailFromAllMailboxes();
        cluster.advanceDays(14);

        CompletableFuture<Api.Response> run = CompletableFuture.supplyAsync(() -> cluster.adminOn(1).post("/api/outreach/run"));
        long deadline = System.currentTimeMillis() + 60_000;
        while (ours(ClusterFixtures.perRecipient(smtp, "Reminder")).isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        cluster.kill(1);
        int atKill = ours(ClusterFixtures.perRecipient(smtp, "Reminder")).size();
        // only a mail the dead node was sending may go out twice: the SMTP server may have taken it before the node
        // could record it (SMTP has no way to ask); it goes out again with the same Message-ID, which mail systems drop
        long inFlight = db.count("SELECT count(*) FROM outbox_message WHERE state = 'SENDING' AND to_address LIKE 'ckr-%'");
        assertThat(run.handle((r, e) -> r == null ? -1 : r.status()).join()).as("the run died with its node").isNotEqualTo(200);
        assertThat(atKill).as("killed in the middle of the run").isBetween(1, suppliers - 1);

        // node 2 takes the remaining steps and, once the dead node's claims expire (30 s), its claimed mail
        deadline = System.currentTimeMillis() + 240_000;
        while (ours(ClusterFixtures.perRecipient(smtp, "Reminder")).size() < suppliers && System.currentTimeMillis() < deadline) {
            ClusterFixtures.runAtOnce(cluster.adminOn(2));
            Thread.sleep(3000);
        }
        Thread.sleep(35_000);
        ClusterFixtures.runAtOnce(cluster.adminOn(2));
        Thread.sleep(2000);
        Map<String, Set<String>> ids = ours(ClusterFixtures.messageIds(smtp, "Reminder"));
        assertThat(ids).as("every supplier reminded").hasSize(suppliers)
                .allSatisfy((to, distinct) -> assertThat(distinct).as(to).hasSize(1));
        long deliveries = ours(ClusterFixtures.perRecipient(smtp, "Reminder")).values().stream().mapToLong(Long::longValue).sum();
        assertThat(deliveries - suppliers).as("copies: at most the mails in flight at the kill (" + inFlight + ")")
                .isBetween(0L, inFlight);
        assertThat(db.count("SELECT count(*) FROM outbox_message WHERE kind = 'REMINDER' AND to_address LIKE 'ckr-%'")).as("one reminder queued per request")
                .isEqualTo(suppliers);
        cluster.startMissing();
    }

    @Test
    @Order(5)
    void killNineMidBatchUploadTheRetryIsReadOnceEach() throws Exception {
        // the nodes agree on the time (a node started again after an earlier kill included): claims are judged by it
        assertThat(java.time.Duration.between(cluster.now(1), cluster.now(2)).abs()).as("the nodes' clocks agree")
                .isLessThan(java.time.Duration.ofMinutes(1));
        int count = 40;
        byte[] zip = zip(IntStream.rangeClosed(1, count).mapToObj(i -> cmrt("Batch Kill " + i)).toList());
        long before = db.count("SELECT count(*) FROM intake_declaration");
        CompletableFuture<Api.Response> upload = CompletableFuture.supplyAsync(
                () -> cluster.adminOn(2).postFile("/api/declarations", "file", "batch.zip", zip));
        long deadline = System.currentTimeMillis() + 120_000;
        while (db.count("SELECT count(*) FROM intake_declaration") - before < 3 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        cluster.kill(2);
        long storedAtKill = db.count("SELECT count(*) FROM intake_declaration") - before;
        assertThat(upload.handle((r, e) -> r == null ? -1 : r.status()).join()).as("the upload died with its node").isNotEqualTo(201);
        assertThat(storedAtKill).as("killed in the middle of the batch").isBetween(1L, count - 1L);

        // the client sends the same zip again; the balancer gives it to node 1
        Api.Response retry = cluster.admin().postFile("/api/declarations", "file", "batch.zip", zip);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        Set<Long> ids = retry.json().getJsonArray("declarations").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getJsonNumber("id").longValue()).collect(Collectors.toSet());
        assertThat(ids).as("one declaration per file").hasSize(count);
        assertThat(db.count("SELECT count(*) FROM intake_declaration") - before).as("nothing stored twice").isEqualTo(count);
        // files node 2 had claimed when it died are read by node 1 once their claims expire (2 min)
        awaitNoneQueued(ids);
        for (long id : ids) {
            assertThat(ClusterFixtures.timesRead(cluster.admin(), id)).as("declaration " + id).isEqualTo(1);
        }
        cluster.startMissing();
    }

    @Test
    @Order(6)
    void losingTheNodeOfASessionKeepsTheUserSignedInOnTheOtherNode() throws Exception {
        // both nodes up, also when an earlier test failed before restarting the node it killed
        cluster.startMissing();
        WebSession browser = new WebSession("127.0.0.1", Cluster.balancerPort()).signedIn(Server.ADMIN_USER, Server.ADMIN_PASSWORD);
        WebSession.Answer home = browser.get("/index.xhtml");
        assertThat(home.status()).as(home.toString()).isEqualTo(200);
        String node = browser.cookie("ORETRACE_NODE");
        assertThat(node).isIn("node1", "node2");
        // Payara writes a changed session to the data grid as the request ends, just after the answer: give it a moment
        Thread.sleep(2000);
        cluster.kill(Integer.parseInt(node.substring(4)));

        // the balancer moves the user to the other node, which finds the session in the data grid: still signed in
        WebSession.Answer after = browser.get("/index.xhtml");
        assertThat(after.status()).as(after.toString()).isEqualTo(200);
        assertThat(after.body()).as("no sign-in form").doesNotContain("login:password");
        WebSession.Answer me = browser.get("/api/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.body()).contains("\"" + Server.ADMIN_USER + "\"");
        // signing in afresh works on the surviving node too
        WebSession.Answer again = new WebSession("127.0.0.1", Cluster.balancerPort()).signIn(Server.ADMIN_USER, Server.ADMIN_PASSWORD, null);
        assertThat(again.status()).as("signing in again works on the other node").isEqualTo(302);
    }

    /** This test's suppliers only (the campaign of an earlier test is reminded on the same day). */
    private static <V> Map<String, V> ours(Map<String, V> perRecipient) {
        return perRecipient.entrySet().stream().filter(e -> e.getKey().startsWith("ckr-"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static long uploadUntilAccepted(Api api, String name, byte[] file) {
        long deadline = System.currentTimeMillis() + 180_000;
        while (true) {
            Api.Response r;
            try {
                r = api.postFile("/api/declarations", "file", name, file);
            } catch (RuntimeException e) {
                r = null;
            }
            if (r != null && (r.status() == 201 || r.status() == 200)) {
                return r.json().getJsonNumber("id").longValue();
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("upload " + name + " never accepted: " + r);
            }
            sleep(1000);
        }
    }

    private static void awaitNoneQueued(Set<Long> ids) throws InterruptedException {
        String list = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        long deadline = System.currentTimeMillis() + 300_000;
        while (db.count("SELECT count(*) FROM intake_declaration WHERE status = 'QUEUED' AND id IN (" + list + ")") > 0
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(3000);
        }
        assertThat(db.count("SELECT count(*) FROM intake_declaration WHERE status = 'QUEUED' AND id IN (" + list + ")"))
                .as("still queued (database time %s): %s", db.rows("SELECT now() AS db_now"),
                        db.rows("SELECT id, claimed_at, read_attempts FROM intake_declaration WHERE status = 'QUEUED' AND id IN (" + list + ")"))
                .isZero();
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private static GreenMail startSmtp() {
        GreenMail g = new GreenMail(new ServerSetup(Cluster.smtpPort(), "0.0.0.0", ServerSetup.PROTOCOL_SMTP));
        g.start();
        return g;
    }

    private static byte[] cmrt(String company) {
        return CmrtFile.of("6.5").set("D8", company).toBytes();
    }

    private static byte[] zip(List<byte[]> files) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < files.size(); i++) {
                zip.putNextEntry(new ZipEntry("cmrt-" + i + ".xlsx"));
                zip.write(files.get(i));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static void deliver(List<byte[]> files) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("supplier@imap-drop.test"));
        message.setRecipients(Message.RecipientType.TO, MAILBOX);
        message.setSubject("Our CMRTs");
        message.setSentDate(new Date());
        MimeMultipart multipart = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Three declarations attached.");
        multipart.addBodyPart(text);
        List<MimeBodyPart> parts = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(files.get(i), "application/octet-stream")));
            part.setFileName("cmrt-" + i + ".xlsx");
            parts.add(part);
        }
        for (MimeBodyPart p : parts) {
            multipart.addBodyPart(p);
        }
        message.setContent(multipart);
        message.saveChanges();
        imap.getUserManager().getUserByEmail(MAILBOX).deliver(message);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
