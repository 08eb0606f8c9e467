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
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real WAR on a real Payara Micro, started once per test JVM (all ITs share it, so they must not
 * depend on each other's data) and stopped when the JVM ends. Readiness is judged by the application
 * answering an authenticated API call, not by Payara's "ready" line (which it prints even when the
 * deployment failed).
 *
 * <p>System properties (set by the build): {@code oretrace.it.port}, {@code oretrace.it.payara-jar},
 * {@code oretrace.it.war}, {@code oretrace.it.work-dir}; optional {@code oretrace.it.db.url},
 * {@code oretrace.it.db.user}, {@code oretrace.it.db.password} to run against another database.
 */
public final class Server {

    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "Admin-Secret-2026";
    public static final String ADMIN_TOKEN = "ort_it-admin-token-0123456789abcdefghijkl";

    /**
     * Failsafe runs the ITs in two JVMs at once (forks 1 and 2, {@code oretrace.it.fork}); each starts its own
     * Payara Micro on its own ports and data directory ({@code target/it/fork-N}): fork 2 on the base port + 20
     * (mail ports offset alike).
     */
    private static final int FORK = forkNumber();
    private static final int PORT = Integer.getInteger("oretrace.it.port", 8080) + 20 * (FORK - 1);
    private static final Path WORK = Path.of(System.getProperty("oretrace.it.work-dir", "target/it"))
            .resolve("fork-" + FORK);

    private static int forkNumber() {
        // "fork-2" from failsafe (see the app's pom); a single JVM (e.g. run from an IDE) is fork 1
        String fork = System.getProperty("oretrace.it.fork", "fork-1").replaceAll("\\D", "");
        return fork.matches("[1-9]") ? Integer.parseInt(fork) : 1;
    }
    // Generous: the demo server loads a whole year before it is ready, which took 2 minutes on a loaded machine.
    /** -Doretrace.it.boot-minutes=12 when the machine is busy (the demo server loads a whole year before it is ready). */
    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(Long.getLong("oretrace.it.boot-minutes", 8));

    /**
     * The test servers compile with C1 only: a start then costs about half the CPU (27–35 s against 60–62 s measured on
     * the 2-core machine, 21–28 s against 35 s to ready), and the suite starts Payara eight times on two cores where C2's
     * compilation of code a short test runs a few times only competes with the tests. Production keeps the default.
     */
    public static final String TEST_SERVER_JIT = "-XX:TieredStopAtLevel=1";

    private static Process process;
    private static boolean cleaned;

    private Server() {
    }

    /** http://localhost:PORT, starting the server if it is not running yet. */
    public static synchronized String baseUrl() {
        if (process == null || !process.isAlive()) {
            start();
        }
        return "http://localhost:" + PORT;
    }

    public static int port() {
        return PORT;
    }

    /**
     * A second, separate Payara Micro with the demo year loaded into its own empty database (on the
     * port after the main one's mail ports). Started on first use; stop it with {@link #stopDemo()}.
     */
    public static synchronized String demoBaseUrl() {
        if (demo == null || !demo.isAlive()) {
            cleanOnce();
            demo = launch(PORT + 1, WORK.resolve("demo"), List.of("-Doretrace.demo=true"));
        }
        return "http://localhost:" + (PORT + 1);
    }

    public static synchronized void stopDemo() {
        stop(demo);
        demo = null;
    }

    private static Process demo;

    /** Where the application sends mail during the tests: start a GreenMail SMTP server on this port. */
    public static int smtpPort() {
        return 3025 + (PORT - 8080);
    }

    /** A free IMAP port next to {@link #smtpPort()}, for mailbox tests. */
    public static int imapPort() {
        return 3143 + (PORT - 8080);
    }

    public static Path dataDir() {
        return WORK.resolve("data");
    }

    public static Path log() {
        return WORK.resolve("payara.log");
    }

    /** Stops Payara Micro and starts it again on the same data directory, with the standard settings. */
    public static synchronized void restart() {
        stop();
        extraArgs = List.of();
        start();
    }

    /**
     * Stops Payara Micro and starts it again on the same data directory with these JVM arguments after
     * the standard ones (the last -D of a key wins), e.g. {@code -Doretrace.mail.host=} for no SMTP
     * server. They stay until the next {@link #restart()}.
     */
    public static synchronized void restartWith(String... jvmArguments) {
        stop();
        extraArgs = List.of(jvmArguments);
        start();
    }

    private static List<String> extraArgs = List.of();

    public static synchronized void stop() {
        stop(process);
        process = null;
    }

    private static void stop(Process running) {
        if (running != null && running.isAlive()) {
            running.destroy();
            try {
                if (!running.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    running.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void start() {
        cleanOnce();
        List<String> args = new ArrayList<>(mailboxArgs());
        args.addAll(extraArgs);
        process = launch(PORT, WORK, args);
    }

    /** The IMAP account of the main server's mailbox intake; a test starts GreenMail IMAP on {@link #imapPort()}. */
    public static final String MAILBOX = "cmrt@acme.test";
    public static final String MAILBOX_PASSWORD = "secret";
    /** The receiving server whose Authentication-Results header the mailbox trusts. */
    public static final String MAILBOX_AUTHSERV = "mx.acme.test";

    /**
     * What one sender may store per day through the mailbox: four CMRTs like {@code MailboxLimitsIT}'s and a half.
     * Set on the standard server so that the mailbox tests need no restart of their own (each restart costs the
     * suite most of a minute); nothing else uses the mailbox, and its timer waits an hour before the first poll
     * (the tests poll by REST).
     */
    public static long mailboxSenderDayBytes() {
        return org.oretrace.intake.testing.CmrtFile.of("6.5").set("D8", "Size Probe").toBytes().length * 9L / 2;
    }

    private static List<String> mailboxArgs() {
        return List.of("-Doretrace.mailbox.host=localhost", "-Doretrace.mailbox.port=" + imapPort(),
                "-Doretrace.mailbox.ssl=false", "-Doretrace.mailbox.user=" + MAILBOX,
                "-Doretrace.mailbox.password=" + MAILBOX_PASSWORD, "-Doretrace.mailbox.poll-seconds=3600",
                "-Doretrace.mailbox.authserv-id=" + MAILBOX_AUTHSERV,
                "-Doretrace.mailbox.max-stored-bytes-per-sender-day=" + mailboxSenderDayBytes());
    }

    /** Each test run starts from empty databases; restarts within the run keep their data. */
    private static void cleanOnce() {
        if (!cleaned) {
            try {
                deleteRecursively(WORK);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            cleaned = true;
        }
    }

    private static Process launch(int port, Path work, List<String> extraArgs) {
        Path log = work.resolve("payara.log");
        try {
            // a reused root dir makes Payara redeploy the old copy of the WAR next to the new one
            deleteRecursively(work.resolve("payara-root"));
            Files.createDirectories(work);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", TEST_SERVER_JIT,
                    "-Doretrace.data-dir=" + work.resolve("data").toAbsolutePath(),
                    "-Doretrace.clock.adjustable=true",
                    "-Doretrace.admin.initial-password=" + ADMIN_PASSWORD,
                    "-Doretrace.admin.initial-api-token=" + ADMIN_TOKEN,
                    "-Doretrace.base-url=http://localhost:" + port,
                    "-Doretrace.mail.host=localhost",
                    "-Doretrace.mail.port=" + smtpPort(),
                    "-Doretrace.mail.from=compliance@oretrace.test",
                    // the batch path's two storing lanes (PostgreSQL's default) on the tests' H2 as well, so that
                    // DeclarationBatchIT's identical files meet on one lane while the other stores
                    "-Doretrace.intake.batch-storing-lanes=2"));
            for (String key : List.of("url", "user", "password")) {
                String value = System.getProperty("oretrace.it.db." + key);
                if (value != null) {
                    command.add("-Doretrace.db." + key + "=" + value);
                }
            }
            command.addAll(extraArgs);
            String extra = System.getProperty("oretrace.it.server-args", "");
            if (!extra.isBlank()) {
                command.addAll(List.of(extra.trim().split("\\s+")));
            }
            command.addAll(List.of("-jar", requiredFile("oretrace.it.payara-jar").toString(),
                    "--deploy", requiredFile("oretrace.it.war").toString(),
                    "--contextroot", "/", "--port", String.valueOf(port), "--nocluster",
                    "--prebootcommandfile", requiredFile("oretrace.it.one-node-commands").toString(),
                    "--rootdir", work.resolve("payara-root").toAbsolutePath().toString()));
            Process started = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroy));
            awaitReady(started, port, log);
            return started;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start Payara Micro", e);
        }
    }

    private static void awaitReady(Process process, int port, Path log) {
        // HTTP/1.1 and a generous timeout: on a loaded machine the first answers take several seconds, and a
        // timed-out h2c upgrade left the poll failing long after the application was ready
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + BOOT_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited while starting; log tail:\n" + logTail(log));
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/api/me"))
                        .header("Authorization", "Bearer " + ADMIN_TOKEN).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still booting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (logTail(log).contains("Exception while loading the app")) {
                stop(process);
                throw new IllegalStateException("The WAR failed to deploy; log tail:\n" + logTail(log));
            }
            sleep(1000);
        }
        stop(process);
        throw new IllegalStateException("Oretrace did not become ready within " + BOOT_TIMEOUT + "; log tail:\n" + logTail(log));
    }

    public static String logTail() {
        return logTail(log());
    }

    private static String logTail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The whole server log, e.g. to assert that something was (or was not) logged. */
    public static String logText() {
        try {
            return Files.readString(log());
        } catch (IOException e) {
            return "";
        }
    }

    private static Path requiredFile(String property) {
        String value = System.getProperty(property);
        if (value == null || !Files.exists(Path.of(value))) {
            throw new IllegalStateException("System property " + property + " must name an existing file (run through Maven failsafe): " + value);
        }
        return Path.of(value).toAbsolutePath();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
