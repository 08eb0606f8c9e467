package org.oretrace.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * p50 / p95 / p99 per request of a Gatling run, read from the statistics table of its HTML report ({@code index.html}
 * of the newest run under the results folder: Gatling 3.14 keeps its figures nowhere else in text, the
 * {@code simulation.log} is binary), printed as a table with the target: {@code java LoadReport <results folder>
 * [target ms]}. Columns are found by their headings, so a changed layout fails loudly rather than reading the wrong
 * column. Exits 1 when a request failed or its p95 misses the target.
 */
public final class LoadReport {

    /** One request name's figures in milliseconds; {@code ok} and {@code ko} count answers that passed or failed. */
    public record Line(String name, long ok, long ko, long p50, long p95, long p99, long max) {
    }

    /** A column of the report's statistics table: {@code <th id="col-8" ...><span>50th pct</span></th>}. */
    private static final Pattern HEADER = Pattern.compile("<th id=\"col-(\\d+)\"[^>]*><span>([^<]+)</span>");
    /** A request's row: {@code <tr id="req_..." ...> ... class="ellipsed-name">name</span> ... </tr>}. */
    private static final Pattern ROW = Pattern.compile("<tr id=\"req_[^\"]*\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");

    private LoadReport() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: LoadReport <Gatling results folder> [target p95 ms, 300]");
            System.exit(2);
        }
        long target = args.length > 1 ? Long.parseLong(args[1]) : 300;
        List<Line> lines = read(Path.of(args[0]));
        boolean missed = false;
        System.out.printf(Locale.ROOT, "%-24s %7s %5s %7s %7s %7s %7s  %s%n", "request", "ok", "ko", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "p95 < " + target + " ms");
        for (Line l : lines) {
            boolean met = l.ko() == 0 && l.p95() < target;
            missed |= !met;
            System.out.printf(Locale.ROOT, "%-24s %7d %5d %7d %7d %7d %7d  %s%n", l.name(), l.ok(), l.ko(), l.p50(), l.p95(),
                    l.p99(), l.max(), met ? "yes" : l.ko() > 0 ? "FAILED REQUESTS" : "MISSED");
        }
        System.exit(missed || lines.isEmpty() ? 1 : 0);
    }

    /** The lines of the newest run under {@code results} (a Gatling results folder), in the order Gatling lists them. */
    public static List<Line> read(Path results) {
        Path index = newestRun(results).resolve("index.html");
        String html;
        try {
            html = Files.readString(index, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("no Gatling report at " + index, e);
        }
        java.util.Map<String, Integer> columns = new java.util.HashMap<>();
        Matcher header = HEADER.matcher(html);
        while (header.find()) {
            columns.putIfAbsent(header.group(2).strip(), Integer.parseInt(header.group(1)));
        }
        for (String needed : List.of("OK", "KO", "50th pct", "95th pct", "99th pct", "Max")) {
            if (!columns.containsKey(needed)) {
                throw new IllegalStateException("the Gatling report " + index + " has no column '" + needed + "'");
            }
        }
        List<Line> lines = new ArrayList<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            String cells = row.group(1);
            Matcher name = NAME.matcher(cells);
            if (name.find()) {
                lines.add(new Line(unescape(name.group(1)), cell(cells, columns.get("OK")), cell(cells, columns.get("KO")),
                        cell(cells, columns.get("50th pct")), cell(cells, columns.get("95th pct")),
                        cell(cells, columns.get("99th pct")), cell(cells, columns.get("Max"))));
            }
        }
        return lines;
    }

    /** {@code <td class="value ... col-N">123</td>}; "-" (no answer of that kind) is 0. */
    private static long cell(String cells, int column) {
        Matcher m = Pattern.compile("class=\"value[^\"]* col-" + column + "\">([^<]*)<").matcher(cells);
        if (!m.find() || m.group(1).isBlank() || m.group(1).strip().equals("-")) {
            return 0;
        }
        return Math.round(Double.parseDouble(m.group(1).strip().replace(",", "")));
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static Path newestRun(Path results) {
        try (Stream<Path> runs = Files.list(results)) {
            Optional<Path> newest = runs.filter(p -> Files.isRegularFile(p.resolve("index.html")))
                    .max(Comparator.comparing(p -> p.toFile().lastModified()));
            return newest.orElseThrow(() -> new IllegalStateException("no Gatling report under " + results));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
