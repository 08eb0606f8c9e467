package org.oretrace.bench.load;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load test's whole path, small enough for every build (so that it cannot rot between full-size runs): a tiny
 * year written by {@link LoadYear} into a PostgreSQL database of its own, the real WAR on Payara Micro on it, signed
 * in with the first admin's API token, {@link MainScreensSimulation} run by Gatling with three people for a few
 * seconds, every request of the path (the filing facts included) sent and answered as the simulation's checks
 * demand, and the per-request percentiles read back by {@link LoadReport} as {@code run-load.sh} prints them.
 * <p>
 * Needs the WAR and Payara Micro of modules/app ({@code -pl modules/app,modules/bench -am}) and PostgreSQL at
 * 127.0.0.1:5432. Port: {@code oretrace.it.port} (the build's {@code it.http.port}).
 */
class LoadSmokeIT {

    private static final String TOKEN = "ort_load-smoke-0123456789abcdefghij";
    private static final int PORT = Integer.getInteger("oretrace.it.port", 8080);
    private static final Path WORK = Path.of(System.getProperty("oretrace.it.work-dir", "target/it")).resolve("load-smoke");

    @Test
    void everyRequestOfTheLoadPathSucceedsOnATinyYear() throws Exception {
        Properties p = new Properties();
        p.setProperty("load.db", "oretrace_load_smoke_" + ProcessHandle.current().pid());
        p.setProperty("load.suppliers", "30");
        p.setProperty("load.declarations", "25");
        p.setProperty("load.rows", "12");
        p.setProperty("load.smelters", "20");
        p.setProperty("load.url", "http://localhost:" + PORT);
        p.setProperty("load.token", TOKEN);
        p.setProperty("load.users", "3");
        p.setProperty("load.ramp", "1");
        p.setProperty("load.duration", "6");
        p.setProperty("load.pause-ms", "100");
        p.setProperty("load.facts-percent", "100");
        LoadSettings settings = LoadSettings.from(p);
        LoadYear year = new LoadYear(settings);
        String database = year.create();
        Process server = null;
        try {
            server = startServer(database);
            awaitReady(server);
            settings.asProperties().forEach(System::setProperty);
            Path results = WORK.resolve("gatling");
            int status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[]{
                    "-s", MainScreensSimulation.class.getName(), "-rf", results.toString(), "-l", "LoadSmokeIT"});

            assertThat(status).as("Gatling's exit status: 0 when every request passed its checks").isZero();
            List<LoadReport.Line> lines = LoadReport.read(results);
            assertThat(lines).extracting(LoadReport.Line::name).containsExactlyInAnyOrder("home", "suppliers screen",
                    "suppliers API search", "declarations screen", "declarations API page", "declaration screen",
                    "declaration API", "smelters screen", "smelters API search", "smelter screen", "filing facts API");
            assertThat(lines).allSatisfy(line -> {
                assertThat(line.ok()).as(line.name()).isPositive();
                assertThat(line.ko()).as(line.name()).isZero();
                assertThat(line.p50()).as(line.name()).isPositive().isLessThanOrEqualTo(line.p95());
                assertThat(line.p95()).as(line.name()).isLessThanOrEqualTo(line.p99());
            });
        } finally {
            if (server != null) {
                server.destroy();
                if (!server.waitFor(60, TimeUnit.SECONDS)) {
                    server.destroyForcibly().waitFor();
                }
            }
            settings.asProperties().keySet().forEach(System::clearProperty);
            year.drop();
        }
    }

    private static Process startServer(String database) throws IOException {
        Path war = Path.of(System.getProperty("oretrace.it.war", "../app/target/oretrace.war"));
        Path payara = Path.of(System.getProperty("oretrace.it.payara-jar", "../app/target/payara/payara-micro.jar"));
        assertThat(war).as("build the WAR first: -pl modules/app,modules/bench -am").exists();
        assertThat(payara).exists();
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:TieredStopAtLevel=1", "-Doretrace.data-dir=" + WORK.resolve("data"), "-Doretrace.db.url=" + database,
                "-Doretrace.db.user=postgres", "-Doretrace.db.password=", "-Doretrace.admin.initial-api-token=" + TOKEN,
                "-Doretrace.base-url=http://localhost:" + PORT, "-jar", payara.toString(), "--deploy", war.toString(),
                "--contextroot", "/", "--port", Integer.toString(PORT), "--nocluster", "--prebootcommandfile",
                System.getProperty("oretrace.it.one-node-commands", "../../config/payara-one-node.asadmin"),
                "--rootdir", WORK.resolve("payara-root").toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(WORK.resolve("payara.log").toFile()).start();
    }

    /** Ready when the application answers an authenticated health check (Payara's own "ready" line comes earlier). */
    private static void awaitReady(Process server) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/health/ready"))
                .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(10)).GET().build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(Long.getLong("oretrace.it.boot-minutes", 8));
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("Payara Micro exited; log: " + WORK.resolve("payara.log")).isTrue();
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("Oretrace not ready in time; log: " + WORK.resolve("payara.log"));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
