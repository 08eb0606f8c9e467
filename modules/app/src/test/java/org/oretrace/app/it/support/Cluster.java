package org.oretrace.app.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Two Oretrace nodes clustered by Payara Micro's data grid (TCP discovery on loopback, a cluster name of the
 * test's own) on one PostgreSQL database, behind HAProxy: started by the same {@code scripts/cluster.sh} that
 * people use, so the tests prove the script too. Ports follow the IT port ({@code -Dit.http.port}): the balancer
 * on PORT+5, the nodes on PORT+6 and PORT+7, SMTP/IMAP on the shared server's mail ports + 5, the data grid on
 * {@code -Dit.hz.port} and the next port (+ 20 in the second fork, as PORT).
 */
public final class Cluster implements AutoCloseable {

    public static final int NODES = 2;

    private final Path dir;
    private final String dbUrl;
    private final List<String> extraOptions;
    /** How far {@link #advanceDays(int)} moved the nodes' clocks since the start. */
    private int daysAdvanced;

    private Cluster(Path dir, String dbUrl, List<String> extraOptions) {
        this.dir = dir;
        this.dbUrl = dbUrl;
        this.extraOptions = extraOptions;
    }

    /** Starts both nodes and the balancer on this (empty) PostgreSQL database; returns when both nodes serve. */
    public static Cluster start(String name, String dbUrl, String... nodeOptions) {
        Path dir = Path.of(System.getProperty("oretrace.it.work-dir", "target/it")).resolve(name).toAbsolutePath();
        try {
            deleteRecursively(dir);
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Cluster cluster = new Cluster(dir, dbUrl, List.of(nodeOptions));
        // a test JVM that ends abruptly must not leave nodes and a balancer running
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::stopQuietly));
        cluster.script("start");
        return cluster;
    }

    public static int balancerPort() {
        return Server.port() + 5;
    }

    public static int nodePort(int node) {
        return Server.port() + 5 + node;
    }

    public static int smtpPort() {
        return Server.smtpPort() + 5;
    }

    public static int imapPort() {
        return Server.imapPort() + 5;
    }

    /**
     * The data grid's first port: {@code -Dit.hz.port}, plus the fork's offset like every other IT port, so that the
     * two-node tests of two forks ({@code -Pcluster} runs ClusterSmokeIT and ClusterFaultsIT at once) never share one.
     */
    public static int dataGridPort() {
        int itPort = Integer.getInteger("oretrace.it.port", 8080);
        return Integer.getInteger("oretrace.it.hz-port", 5900 + itPort - 8080) + Server.port() - itPort;
    }

    public String balancerUrl() {
        return "http://localhost:" + balancerPort();
    }

    public String nodeUrl(int node) {
        return "http://localhost:" + nodePort(node);
    }

    /** The administrator through the balancer. */
    public Api admin() {
        return Api.at(balancerUrl(), Server.ADMIN_TOKEN);
    }

    /** The administrator on one node, bypassing the balancer (e.g. to move that node's test clock). */
    public Api adminOn(int node) {
        return Api.at(nodeUrl(node), Server.ADMIN_TOKEN);
    }

    /**
     * Moves every node's application clock: each node has its own (a test facility, not shared by the grid), so the
     * cluster remembers the days and moves a node started again by as many ({@link #startMissing()}).
     */
    public void advanceDays(int days) {
        for (int n = 1; n <= NODES; n++) {
            advanceDays(n, days);
        }
        daysAdvanced += days;
    }

    private void advanceDays(int node, int days) {
        Api.Response moved = adminOn(node).post("/api/clock/advance?days=" + days);
        if (moved.status() != 200) {
            throw new IllegalStateException("clock of node " + node + ": " + moved);
        }
    }

    /** The application's time on one node (to check that the nodes agree). */
    public java.time.Instant now(int node) {
        return java.time.Instant.parse(adminOn(node).get("/api/clock").json().getString("now"));
    }

    public Path log(int node) {
        return dir.resolve("node" + node).resolve("payara.log");
    }

    public String logText(int node) {
        try {
            return Files.readString(log(node));
        } catch (IOException e) {
            return "";
        }
    }

    /** True once a node's log reports a data grid of both nodes under the test's cluster name. */
    public boolean formedOneDataGrid() {
        for (int n = 1; n <= NODES; n++) {
            String log = logText(n);
            if (log.contains("DG Name: " + clusterName()) && log.contains("DG Size: " + NODES)) {
                return true;
            }
        }
        return false;
    }

    public long pid(int node) {
        try {
            return Long.parseLong(Files.readString(dir.resolve("node" + node).resolve("pid")).trim());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** kill -9: the node gets no chance to finish or hand anything over. */
    public void kill(int node) {
        ProcessHandle.of(pid(node)).ifPresent(p -> {
            p.destroyForcibly();
            p.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        });
    }

    public boolean isAlive(int node) {
        return ProcessHandle.of(pid(node)).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * Starts what is not running (a killed node) again, waits for it and moves its clock as far as the others'. Nodes
     * of a real cluster share one time; a node back on today while the other lives 14 days ahead would judge the
     * other's claims by its own time: a claim stamped 14 days ahead by a node killed later never looks expired to it,
     * and the declaration it held stays queued for good (the fault test's failure of 2026-12-07, claimed_at 14 days
     * after the database's now()).
     */
    public void startMissing() {
        List<Integer> missing = new ArrayList<>();
        for (int n = 1; n <= NODES; n++) {
            if (!isAlive(n)) {
                missing.add(n);
            }
        }
        script("start");
        for (int n : missing) {
            if (daysAdvanced > 0) {
                advanceDays(n, daysAdvanced);
            }
        }
    }

    /** The balancer's sticky cookie value ("node1", "node2") a response carries, or null. */
    public static String servedBy(Api.Response response) {
        String cookie = response.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("ORETRACE_NODE="))
                .findFirst().orElse(null);
        return cookie == null ? null : cookie.substring("ORETRACE_NODE=".length()).split(";")[0];
    }

    @Override
    public void close() {
        script("stop");
    }

    private void stopQuietly() {
        try {
            script("stop");
        } catch (RuntimeException ignored) {
            // already stopped
        }
    }

    private String clusterName() {
        return "oretrace-it-" + Server.port();
    }

    private void script(String command) {
        Path script = Path.of(System.getProperty("oretrace.it.cluster-script", "../../scripts/cluster.sh"));
        List<String> options = new ArrayList<>(List.of(
                "-Doretrace.clock.adjustable=true",
                "-Doretrace.admin.initial-password=" + Server.ADMIN_PASSWORD,
                "-Doretrace.admin.initial-api-token=" + Server.ADMIN_TOKEN,
                "-Doretrace.mail.host=localhost",
                "-Doretrace.mail.port=" + smtpPort(),
                "-Doretrace.mail.from=compliance@oretrace.test",
                "-Xmx768m", Server.TEST_SERVER_JIT));
        options.addAll(extraOptions);
        ProcessBuilder builder = new ProcessBuilder("bash", script.toAbsolutePath().toString(), command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("cluster.log").toFile()));
        Map<String, String> env = builder.environment();
        env.putAll(new HashMap<>(Map.of(
                "ORETRACE_CLUSTER_DIR", dir.toString(),
                "ORETRACE_LB_PORT", String.valueOf(balancerPort()),
                "ORETRACE_NODE_PORTS", nodePort(1) + " " + nodePort(2),
                "ORETRACE_HZ_PORT", String.valueOf(dataGridPort()),
                "ORETRACE_CLUSTER_NAME", clusterName(),
                "ORETRACE_DB_URL", dbUrl,
                "ORETRACE_DB_USER", System.getProperty("oretrace.test.pg.user", "postgres"),
                "ORETRACE_DB_PASSWORD", System.getProperty("oretrace.test.pg.password", "unused-with-trust"),
                "ORETRACE_WAR", requiredFile("oretrace.it.war"),
                "ORETRACE_PAYARA_JAR", requiredFile("oretrace.it.payara-jar"))));
        env.put("ORETRACE_NODE_OPTS", String.join(" ", options));
        env.put("ORETRACE_BOOT_SECONDS", String.valueOf(60 * Long.getLong("oretrace.it.boot-minutes", 8)));
        try {
            Process p = builder.start();
            if (!p.waitFor(Long.getLong("oretrace.it.boot-minutes", 8) + 1, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("scripts/cluster.sh " + command + " failed; see " + dir.resolve("cluster.log")
                        + "\n" + tail(dir.resolve("cluster.log")) + "\nnode 1:\n" + tail(log(1)) + "\nnode 2:\n" + tail(log(2)));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Answers the HTTP status of a GET without credentials, following no redirect (e.g. to see a login redirect). */
    public static int statusOf(String url) {
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no " + file + ")";
        }
    }

    private static String requiredFile(String property) {
        String value = System.getProperty(property);
        if (value == null || !Files.exists(Path.of(value))) {
            throw new IllegalStateException("System property " + property + " must name an existing file: " + value);
        }
        return Path.of(value).toAbsolutePath().toString();
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
