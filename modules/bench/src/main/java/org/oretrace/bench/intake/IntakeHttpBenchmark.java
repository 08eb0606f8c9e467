package org.oretrace.bench.intake;

import org.oretrace.intake.infrastructure.CmrtReader;
import org.oretrace.intake.testing.CmrtFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Intake end to end (issue 18): real CMRTs (the RMI templates of every 6.x version, filled by {@code CmrtFile}
 * with 1 to 500 smelter rows, each file distinct) posted over HTTP to the real WAR on Payara Micro by 4 concurrent
 * clients (store the original, read, validate, match, persist), against the CMRT reader alone on the same files in
 * the same run; then one zip of 500 files through the batch path ({@code POST /api/declarations/batches}), timed
 * until the last file is read.
 * <p>
 * Slightly over 350 lines on purpose: one runnable benchmark (server start, files, clients, batch, report) reads best
 * top to bottom in one file, like the other benchmarks.
 *
 * <pre>
 * ./mvnw -o -B -q -pl modules/app,modules/bench -am -DskipTests package dependency:build-classpath \
 *        -Dmdep.outputFile=$PWD/target/bench.cp
 * /work/wt/it-slot.sh java -Doretrace.shared.dir=../shared -Dbench.db=h2 -Dbench.port=8104 \
 *      -cp modules/bench/target/classes:$(cat target/bench.cp) org.oretrace.bench.intake.IntakeHttpBenchmark
 * </pre>
 * {@code -Dbench.db=postgres} creates (and drops afterwards) the database {@code oretrace_bench_<port>} on
 * 127.0.0.1:5432 (user postgres, trust); {@code -Dbench.url=http://host:port} targets a running server instead
 * (admin token in {@code -Dbench.token}); {@code -Dbench.jfr=/tmp/x.jfr} records the server with JFR;
 * {@code -Dbench.zip-files=0} skips the zip; {@code -Dbench.rounds=3} measures three rounds (default 2: the first after
 * a short warm-up, the others on the warm server), {@code -Dbench.files=84} posts 84 files a round over HTTP,
 * {@code -Dbench.server-args="-Dkey=value ..."} configures the server under test; the argument {@code --generate} only writes the files (cached in
 * {@code target/bench-cmrt}; generating them with POI takes minutes, so do it outside the IT slot).
 */
public final class IntakeHttpBenchmark {

    private static final String TOKEN = System.getProperty("bench.token", "ort_bench-admin-token-0123456789abcdefghij");
    private static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    private static final int FILES = Integer.getInteger("bench.files", 42);
    private static final int ZIP_FILES = Integer.getInteger("bench.zip-files", 500);
    /** Measured rounds, each on files of its own: the first after a short warm-up, the later ones on a warm server. */
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 2);
    private static final String[] VERSIONS = {"6.01", "6.1", "6.22", "6.31", "6.4", "6.5"};
    private static final int[] ROWS = {1, 10, 25, 50, 100, 200, 500};
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    private IntakeHttpBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        Path cache = Path.of(System.getProperty("bench.cache", "target/bench-cmrt"));
        System.out.printf(Locale.ROOT, "generating/loading %d + %d + %d distinct CMRTs (cache %s)%n", FILES, BASES, ZIP_FILES,
                cache.toAbsolutePath());
        List<byte[]> warmUp = files(cache, "warm", BASES);
        List<byte[]> measured = files(cache, "http", FILES);
        List<byte[]> zipped = files(cache, "zip", ZIP_FILES);
        if (args.length > 0 && args[0].equals("--generate")) {
            return;
        }
        long bytes = measured.stream().mapToLong(f -> f.length).sum();
        System.out.printf(Locale.ROOT, "%d files, %.1f MB, versions %s, smelter rows %s%n", measured.size(), bytes / 1e6,
                String.join("/", VERSIONS), java.util.Arrays.toString(ROWS));

        double reader1 = readerAlone(measured, 1);
        double reader4 = readerAlone(measured, CLIENTS);
        double readerCpu = readerCpuPerFile;

        Server server = Server.start();
        try {
            IntakeHttpBenchmark bench = new IntakeHttpBenchmark(server.base);
            bench.postAll(warmUp, CLIENTS);
            System.out.printf(Locale.ROOT, "%n%-44s %10s%n", "path (" + server.db + ")", "files/s");
            System.out.printf(Locale.ROOT, "%-44s %10.1f%n", "reader alone, 1 thread", reader1);
            System.out.printf(Locale.ROOT, "%-44s %10.1f%n", "reader alone, " + CLIENTS + " threads", reader4);
            // round 1 follows a warm-up of BASES files: the server's JIT is still compiling much of the path (its compiler
            // threads took more CPU than the reading threads in a recording); later rounds, on new files, show the server
            // as it runs through a season of thousands of files
            for (int round = 1; round <= ROUNDS; round++) {
                String set = round == 1 ? "" : "-round" + round;
                List<byte[]> httpFiles = round == 1 ? measured : files(cache, "http" + set, FILES);
                String label = round == 1 ? "round 1 (after " + BASES + " files of warm-up)" : "round " + round + " (after round " + (round - 1) + ")";
                System.out.printf(Locale.ROOT, "%s%n", label);
                long serverCpu = server.cpuMillis();
                long start = System.nanoTime();
                int ok = bench.postAll(httpFiles, CLIENTS);
                double http = httpFiles.size() / ((System.nanoTime() - start) / 1e9);
                double httpCpu = (server.cpuMillis() - serverCpu) / (double) httpFiles.size();
                System.out.printf(Locale.ROOT, "%-44s %10.1f   (%d of %d read; %.2f of the reader alone at %d threads)%n",
                        "  HTTP POST /api/declarations, " + CLIENTS + " clients", http, ok, httpFiles.size(), http / reader4, CLIENTS);
                // CPU per file does not depend on what else runs on the machine: the load-independent comparison (issue 18)
                System.out.printf(Locale.ROOT, "%-44s %10.1f   (the reader alone: %.1f ms; ratio %.1f)%n",
                        "  server CPU per file over HTTP, ms", httpCpu, readerCpu, httpCpu / readerCpu);
                List<byte[]> zipFiles = round == 1 ? zipped : ZIP_FILES == 0 ? List.of() : files(cache, "zip" + set, ZIP_FILES);
                if (!zipFiles.isEmpty()) {
                    byte[] zip = zip(zipFiles);
                    serverCpu = server.cpuMillis();
                    start = System.nanoTime();
                    int read = bench.batch(zip, zipFiles.size());
                    double batch = zipFiles.size() / ((System.nanoTime() - start) / 1e9);
                    double batchCpu = (server.cpuMillis() - serverCpu) / (double) zipFiles.size();
                    System.out.printf(Locale.ROOT, "%-44s %10.1f   (%d of %d read; zip %.0f MB; %.2f of the reader alone)%n",
                            "  zip of " + zipFiles.size() + " via /api/declarations/batches", batch, read, zipFiles.size(),
                            zip.length / 1e6, batch / reader4);
                    System.out.printf(Locale.ROOT, "%-44s %10.1f   (ratio to the reader alone %.1f)%n",
                            "  server CPU per file of the zip, ms", batchCpu, batchCpu / readerCpu);
                }
            }
        } finally {
            server.stop();
        }
    }

    /**
     * Real CMRTs: {@value #BASES} filled by {@code CmrtFile} on the real templates (every 6.x version, 1–500 smelter rows
     * by ID, a company name each); the other sets are copies of them made distinct by the zip's comment (a byte-exact
     * copy of every part, so the reader does the same work), because writing a template with POI takes seconds.
     */
    private static List<byte[]> files(Path cache, String set, int n) throws IOException {
        Path dir = cache.resolve(set);
        Files.createDirectories(dir);
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path p = dir.resolve(String.format(Locale.ROOT, "%s-%03d.xlsx", set, i));
            if (!Files.exists(p)) {
                if (set.equals("warm")) {
                    String version = VERSIONS[i % VERSIONS.length];
                    int rows = ROWS[i % ROWS.length];
                    CmrtFile file = CmrtFile.of(version).noSmelters().smeltersById("Tin", rows)
                            .set("D8", "Bench Supplier " + i + " Ltd.")
                            .set("D16", "contact" + i + "@supplier" + i + ".example");
                    Files.write(p, file.toBytes());
                } else {
                    Path base = cache.resolve("warm").resolve(String.format(Locale.ROOT, "warm-%03d.xlsx", i % BASES));
                    Files.write(p, withComment(Files.readAllBytes(base), set + " " + i));
                }
            }
            files.add(Files.readAllBytes(p));
        }
        return files;
    }

    private static final int BASES = 12;

    /** The same entries, byte for byte, under another zip comment: another file (another SHA-256) to intake. */
    private static byte[] withComment(byte[] xlsx, String comment) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length + 1024);
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.setComment(comment);
        }
        return out.toByteArray();
    }

    /** The reader alone's CPU per file (all threads of this JVM) in the last {@link #readerAlone} run. */
    private static double readerCpuPerFile;

    private static double readerAlone(List<byte[]> files, int threads) throws Exception {
        CmrtReader reader = new CmrtReader();
        for (int i = 0; i < 3; i++) {
            files.forEach(f -> reader.read(f, "warm-up.xlsx"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            long cpu = cpuMillis(ProcessHandle.current());
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                        if (reader.read(files.get(i), "bench.xlsx").isRejected()) {
                            throw new IllegalStateException("file " + i + " rejected");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double perSecond = files.size() / ((System.nanoTime() - start) / 1e9);
            // the timed pass only (not the warm-up): this JVM does nothing else meanwhile
            readerCpuPerFile = (cpuMillis(ProcessHandle.current()) - cpu) / (double) files.size();
            return perSecond;
        } finally {
            pool.shutdown();
        }
    }

    /** Posts every file once, {@code clients} at a time; returns how many came back read (201, not QUEUED). */
    private int postAll(List<byte[]> files, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            AtomicInteger next = new AtomicInteger();
            AtomicInteger ok = new AtomicInteger();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < clients; t++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                        HttpResponse<String> r = post("/api/declarations", "cmrt-" + i + ".xlsx", files.get(i));
                        if (r.statusCode() != 201) {
                            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
                        }
                        if (!r.body().contains("\"QUEUED\"")) {
                            ok.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return ok.get();
        } finally {
            pool.shutdown();
        }
    }

    /** Posts the zip to the batch path and waits until none of its declarations is queued. */
    private int batch(byte[] zip, int expected) throws Exception {
        long posted = System.nanoTime();
        HttpResponse<String> r = post("/api/declarations/batches", "batch.zip", zip);
        if (r.statusCode() != 202) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
        }
        System.out.printf(Locale.ROOT, "    (the batch's answer, every original stored: %.1f s)%n", (System.nanoTime() - posted) / 1e9);
        Matcher m = Pattern.compile("\"batch\"\\s*:\\s*(\\d+)").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no batch id in " + r.body());
        }
        String status = "/api/declarations/batches/" + m.group(1);
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> s = http.send(get(status), HttpResponse.BodyHandlers.ofString());
            Matcher queued = Pattern.compile("\"queued\"\\s*:\\s*(\\d+)").matcher(s.body());
            Matcher read = Pattern.compile("\"read\"\\s*:\\s*(\\d+)").matcher(s.body());
            if (queued.find() && read.find() && Integer.parseInt(queued.group(1)) == 0) {
                return Integer.parseInt(read.group(1));
            }
            // as often as the upload screen polls (p:poll interval 1 s): polling ten times as often cost the server and
            // the database more than a tenth of the batch's CPU (500 declarations' outcomes per poll). The figure is
            // conservative by up to a second.
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the batch was not read within 10 minutes");
    }

    /** CPU time a process has used so far (all its threads), 0 when the platform does not say. */
    private static long cpuMillis(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + TOKEN)
                .timeout(Duration.ofMinutes(2)).build();
    }

    private HttpResponse<String> post(String path, String name, byte[] content) throws IOException, InterruptedException {
        String boundary = "----bench" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 512);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] zip(List<byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < files.size(); i++) {
                zip.putNextEntry(new ZipEntry(String.format(Locale.ROOT, "supplier-%03d.xlsx", i)));
                zip.write(files.get(i));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The WAR on Payara Micro in a child JVM with a fresh database, or a server already running (bench.url). */
    private static final class Server {
        final String base;
        final String db;
        private final Process process;
        private final String pgDatabase;

        private Server(String base, String db, Process process, String pgDatabase) {
            this.base = base;
            this.db = db;
            this.process = process;
            this.pgDatabase = pgDatabase;
        }

        static Server start() throws Exception {
            String url = System.getProperty("bench.url");
            if (url != null) {
                return new Server(url, "running server " + url, null, null);
            }
            int port = Integer.getInteger("bench.port", 8104);
            String kind = System.getProperty("bench.db", "h2");
            Path work = Files.createTempDirectory("oretrace-bench-http-");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                    "-Doretrace.data-dir=" + work.resolve("data"),
                    "-Doretrace.admin.initial-password=Bench-Secret-2026", "-Doretrace.admin.initial-api-token=" + TOKEN,
                    "-Doretrace.base-url=http://localhost:" + port, "-Doretrace.mail.host=localhost",
                    "-Doretrace.mail.port=" + (3025 + port - 8080),
                    "-Doretrace.intake.max-batch-entries=" + Math.max(1000, ZIP_FILES)));
            String pgDatabase = null;
            if (kind.equals("postgres")) {
                pgDatabase = "oretrace_bench_" + port;
                try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                     Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + pgDatabase);
                    s.execute("CREATE DATABASE " + pgDatabase);
                }
                command.addAll(List.of("-Doretrace.db.url=jdbc:postgresql://127.0.0.1:5432/" + pgDatabase,
                        "-Doretrace.db.user=postgres", "-Doretrace.db.password="));
            }
            // -Dbench.server-args="-Doretrace.intake.batch-readers=3 ..." : settings for the server under test
            for (String arg : System.getProperty("bench.server-args", "").trim().split("\\s+")) {
                if (!arg.isEmpty()) {
                    command.add(arg);
                }
            }
            String jfr = System.getProperty("bench.jfr");
            if (jfr != null) {
                command.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile,dumponexit=true");
            }
            command.addAll(List.of("-jar", System.getProperty("bench.payara-jar", "modules/app/target/payara/payara-micro.jar"),
                    "--deploy", System.getProperty("bench.war", "modules/app/target/oretrace.war"), "--contextroot", "/",
                    "--port", String.valueOf(port), "--nocluster", "--rootdir", work.resolve("payara-root").toString(),
                    "--prebootcommandfile", System.getProperty("bench.payara-commands", "config/payara-one-node.asadmin")));
            Path log = work.resolve("payara.log");
            System.out.println("starting Payara Micro on port " + port + " (" + kind + "), log " + log);
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Server server = new Server("http://localhost:" + port, kind.equals("postgres") ? "PostgreSQL" : "H2", p, pgDatabase);
            Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("Payara Micro exited; see " + log);
                }
                try {
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(server.base + "/api/me"))
                            .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(20)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        return server;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(1000);
            }
            server.stop();
            throw new IllegalStateException("Payara Micro not ready in 8 minutes; see " + log);
        }

        /** The server's CPU time so far; 0 for a server this benchmark did not start. */
        long cpuMillis() {
            return process == null ? 0 : IntakeHttpBenchmark.cpuMillis(process.toHandle());
        }

        void stop() throws Exception {
            if (process == null) {
                return;
            }
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            if (pgDatabase != null) {
                try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                     Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + pgDatabase);
                }
            }
        }
    }
}
