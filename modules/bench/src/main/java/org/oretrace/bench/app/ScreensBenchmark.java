package org.oretrace.bench.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server time of the main screens (issue 17: under 300 ms each with the demo year loaded) on a running Oretrace,
 * against baselines in the same run: the login page (a Faces page that reads no data) and a static resource. Each
 * screen is a plain GET as a browser makes it (HTML only, on localhost, so the time is the server's), authenticated
 * with an API token, after a warm-up; the median and the 90th percentile are printed, with the ratio of the median
 * to the login page's. A screen that answers anything but 200 or shows the error page counts as failed.
 * <p>
 * Start Oretrace with the demo year first (see the bench README / root README, Benchmarks), then:
 * {@code java -cp modules/bench/target/classes org.oretrace.bench.app.ScreensBenchmark}
 * Options: -Dbench.url=http://localhost:8080 -Dbench.token=ort_... (or ORETRACE_BENCH_TOKEN) -Dbench.runs=15
 * -Dbench.warmup=5 -Dbench.target-ms=300. Exits 1 when a screen's median misses the target or a screen fails.
 */
public final class ScreensBenchmark {

    private ScreensBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.url", "http://localhost:8080");
        String token = System.getProperty("bench.token", System.getenv("ORETRACE_BENCH_TOKEN"));
        if (token == null || token.isBlank()) {
            System.err.println("Give an API token: -Dbench.token=ort_... (an ADMIN's, e.g. oretrace.admin.initial-api-token)");
            System.exit(2);
        }
        int runs = Integer.getInteger("bench.runs", 15);
        int warmup = Integer.getInteger("bench.warmup", 5);
        long target = Long.getLong("bench.target-ms", 300);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Screens screens = new Screens(client, url, token);

        String year = screens.firstNumber("/api/campaigns", "\"reportingYear\"\\s*:\\s*(\\d{4})", "2023");
        String declaration = screens.firstNumber("/api/declarations?status=NEEDS_FOLLOW_UP", "\"id\"\\s*:\\s*(\\d+)", "1");
        String supplier = screens.firstNumber("/api/suppliers", "\"id\"\\s*:\\s*(\\d+)", "1");
        String smelter = "CID001105"; // a gold refiner of RMI's list that the demo's suppliers report
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("baseline: login page", "/login.xhtml");
        pages.put("baseline: static resource", "/jakarta.faces.resource/oretrace.css.xhtml?ln=oretrace");
        pages.put("home", "/");
        pages.put("suppliers", "/outreach/suppliers.xhtml");
        pages.put("supplier", "/outreach/supplier.xhtml?id=" + supplier);
        pages.put("campaign", "/outreach/campaign.xhtml?year=" + year);
        pages.put("outbox", "/outreach/outbox.xhtml");
        pages.put("declarations list", "/intake/declarations.xhtml");
        pages.put("declaration detail", "/intake/declaration.xhtml?id=" + declaration);
        pages.put("risk reviews", "/intake/risk-reviews.xhtml");
        pages.put("smelters", "/registry/smelters.xhtml");
        pages.put("smelter", "/registry/smelter.xhtml?id=" + smelter);
        pages.put("match review", "/registry/reviews.xhtml");
        pages.put("sanctions hits", "/registry/sanctions.xhtml");
        pages.put("filing workspace", "/filing/workspace.xhtml?year=" + year);

        System.out.printf(Locale.ROOT, "Oretrace screens at %s, %d runs after %d warm-up (median / p90 ms, ratio of the median to the login page's)%n",
                url, runs, warmup);
        double login = -1;
        boolean missed = false;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            double[] ms;
            try {
                ms = screens.time(page.getValue(), warmup, runs);
            } catch (IllegalStateException e) {
                System.out.printf(Locale.ROOT, "%-26s FAILED: %s%n", page.getKey(), e.getMessage());
                missed = true;
                continue;
            }
            double median = ms[ms.length / 2];
            double p90 = ms[(int) Math.ceil(ms.length * 0.9) - 1];
            if (login < 0) {
                login = median;
            }
            boolean baseline = page.getKey().startsWith("baseline");
            boolean ok = baseline || median < target;
            missed |= !ok;
            System.out.printf(Locale.ROOT, "%-26s %7.1f / %7.1f ms  %5.1fx  %s%n", page.getKey(), median, p90, median / login,
                    baseline ? "" : ok ? "ok (< " + target + " ms)" : "MISSES " + target + " ms");
        }
        System.exit(missed ? 1 : 0);
    }

    /** GETs of the application's pages with the token. */
    private record Screens(HttpClient client, String url, String token) {

        double[] time(String path, int warmup, int runs) throws Exception {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < warmup + runs; i++) {
                long start = System.nanoTime();
                HttpResponse<byte[]> response = client.send(request(path), HttpResponse.BodyHandlers.ofByteArray());
                double ms = (System.nanoTime() - start) / 1e6;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + response.statusCode());
                }
                String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
                if (!path.startsWith("/jakarta.faces.resource/") && (body.contains("<title>Something went wrong")
                        || body.contains("<title>Page not found") || !body.contains("</html>"))) {
                    throw new IllegalStateException(path + " did not render its page");
                }
                if (i >= warmup) {
                    times.add(ms);
                }
            }
            double[] sorted = times.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(sorted);
            return sorted;
        }

        String firstNumber(String path, String regex, String otherwise) throws Exception {
            HttpResponse<String> response = client.send(request(path), HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile(regex).matcher(response.body());
            return response.statusCode() == 200 && m.find() ? m.group(1) : otherwise;
        }

        private HttpRequest request(String path) {
            return HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/html,application/json").GET().build();
        }
    }
}
