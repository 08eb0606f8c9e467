package org.oretrace.app.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own (initdb in a fresh directory, its own port: 15432 + the IT port's offset),
 * so that a test may restart it under load without touching the machine's shared PostgreSQL. Runs as the
 * {@code postgres} account when the test runs as root (PostgreSQL refuses to run as root). Trust authentication
 * on 127.0.0.1 only.
 */
public final class PrivatePostgres implements AutoCloseable {

    private final Path dir;
    private final int port;
    private final Path bin;

    private PrivatePostgres(Path dir, int port, Path bin) {
        this.dir = dir;
        this.port = port;
        this.bin = bin;
    }

    public static PrivatePostgres start() {
        int port = 15432 + Server.port() - 8080;
        Path dir = Path.of("/tmp", "oretrace-it-pg-" + port);
        PrivatePostgres pg = new PrivatePostgres(dir, port, binaries());
        try {
            pg.run(List.of("bash", "-c", "rm -rf " + dir + " && mkdir -p " + dir + (asRoot() ? " && chown postgres " + dir : "")), false);
            pg.run(List.of(pg.bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "postgres",
                    "--auth=trust", "--no-sync", "-E", "UTF8"), true);
            pg.pgCtl("start");
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot start a private PostgreSQL (initdb in " + dir + ")", e);
        }
        return pg;
    }

    /** The admin database's JDBC URL (for {@link ClusterDatabase#createOn}). */
    public String adminUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** Stops the server ("fast": open connections are cut, as in a crash of the clients' view) and starts it again. */
    public void restart() {
        pgCtl("restart");
    }

    @Override
    public void close() {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop"), true);
        } finally {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // best effort: /tmp
            }
        }
    }

    private void pgCtl(String command) {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(),
                "-m", "fast", "-w", "-t", "120", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off",
                command), true);
    }

    private void run(List<String> command, boolean asPostgres) {
        List<String> full = new ArrayList<>();
        if (asPostgres && asRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Process p = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("/tmp", "oretrace-it-pg-" + port + ".log").toFile())).start();
            if (!p.waitFor(3, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed; see /tmp/oretrace-it-pg-" + port + ".log");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Path binaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.naturalOrder()).orElseThrow(() -> new IllegalStateException("no initdb under /usr/lib/postgresql"));
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL's server binaries are needed (/usr/lib/postgresql/*/bin)", e);
        }
    }
}
