package org.oretrace.bench.registry;

import org.oretrace.kernel.Metal;
import org.oretrace.registry.application.KnownSmelter;
import org.oretrace.registry.published.MatchResult;
import org.oretrace.registry.application.ReferenceLists;
import org.oretrace.registry.published.ReportedSmelter;
import org.oretrace.registry.application.SmelterMatcher;
import org.oretrace.registry.infrastructure.ReferenceList;
import org.oretrace.registry.infrastructure.ReferenceListReader;
import org.oretrace.registry.infrastructure.ReferenceRow;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Matching 10,000 reported smelter rows against RMI's full 6.5 list on one thread: Oretrace's
 * matcher versus the naive way (normalized edit distance to every look-up name). Prints rows per
 * second of both and the ratio; fails (exit 1) if the matcher needs a second or more.
 *
 * <pre>
 * ./mvnw -q -pl modules/bench -am -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.cp
 * java -Doretrace.shared.dir=../shared -cp modules/bench/target/classes:$(cat modules/bench/target/bench.cp) \
 *      org.oretrace.bench.registry.MatcherBenchmark
 * </pre>
 */
public final class MatcherBenchmark {

    private static final int ROWS = 10_000;

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(System.getProperty("oretrace.shared.dir", "../shared"));
        ReferenceList list;
        try (InputStream in = Files.newInputStream(shared.resolve("rmi-templates/RMI_CMRT_6.5.xlsx"))) {
            list = ReferenceListReader.read(in);
        }
        List<KnownSmelter> known = ReferenceLists.knownSmelters(list);
        List<ReportedSmelter> rows = reportedRows(list, new Random(7));

        // warm up both (JIT), then measure five fresh matchers (index build included) and take the median
        for (int i = 0; i < 3; i++) {
            SmelterMatcher.of(known).matchAll(rows);
        }
        naive(known, rows.subList(0, 200));

        long[] runs = new long[5];
        List<MatchResult> results = null;
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            results = SmelterMatcher.of(known).matchAll(rows);
            runs[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(runs);
        long t1 = System.nanoTime();
        int naiveRows = 1_000;
        int naiveMatched = naive(known, rows.subList(0, naiveRows));
        long t2 = System.nanoTime();

        long matched = results.stream().filter(MatchResult::isMatched).count();
        double oursSeconds = runs[runs.length / 2] / 1e9;
        double oursRate = ROWS / oursSeconds;
        double naiveRate = naiveRows / ((t2 - t1) / 1e9);
        System.out.printf(Locale.ROOT, "Reference list: %s, %d smelters, %d look-up rows%n", list.template(), known.size(),
                list.rows().size());
        System.out.printf(Locale.ROOT, "Oretrace matcher: %,d rows in %.3f s (median of 5, best %.3f s, index build included) = %,.0f rows/s; %d matched automatically%n",
                ROWS, oursSeconds, runs[0] / 1e9, oursRate, matched);
        System.out.printf(Locale.ROOT, "Naive baseline (edit distance to every look-up name): %,.0f rows/s (measured on %,d rows; %d matched)%n",
                naiveRate, naiveRows, naiveMatched);
        System.out.printf(Locale.ROOT, "Ratio: %.1fx faster%n", oursRate / naiveRate);
        if (oursSeconds >= 1.0) {
            System.out.println("FAIL: 10,000 rows must match in under 1 second");
            System.exit(1);
        }
    }

    /** A realistic mix: mostly picked look-up names, some retyped, some with typos, IDs, pseudo-entries, unknowns. */
    static List<ReportedSmelter> reportedRows(ReferenceList list, Random random) {
        List<ReferenceRow> named = list.rows().stream().filter(r -> r.smelterId() != null).toList();
        List<ReportedSmelter> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            ReferenceRow r = named.get(random.nextInt(named.size()));
            Metal metal = Metal.fromText(r.metal()).orElseThrow();
            int kind = random.nextInt(100);
            String name = r.lookupName();
            if (kind < 55) {
                rows.add(new ReportedSmelter(metal, name, r.country(), null));
            } else if (kind < 70) {
                rows.add(new ReportedSmelter(metal, name.toUpperCase(Locale.ROOT).replace(".", "").replace(",", ""), r.country(), null));
            } else if (kind < 80) {
                int p = name.length() / 2;
                rows.add(new ReportedSmelter(metal, name.substring(0, p) + name.substring(p + 1), r.country(), null));
            } else if (kind < 88) {
                rows.add(new ReportedSmelter(metal, name, r.country(), r.smelterId()));
            } else if (kind < 93) {
                rows.add(new ReportedSmelter(metal, "Smelter not listed", null, null));
            } else {
                rows.add(new ReportedSmelter(metal, "Unlisted Trading Partner " + random.nextInt(500) + " Co., Ltd.", "China", null));
            }
        }
        return rows;
    }

    /** What a spreadsheet macro would do: lower-case edit-distance ratio to every look-up name of the metal. */
    static int naive(List<KnownSmelter> known, List<ReportedSmelter> rows) {
        int matched = 0;
        for (ReportedSmelter row : rows) {
            String q = row.name().toLowerCase(Locale.ROOT);
            double best = 0;
            for (KnownSmelter s : known) {
                if (s.metal() != row.metal()) {
                    continue;
                }
                for (String alias : s.aliases()) {
                    String a = alias.toLowerCase(Locale.ROOT);
                    double ratio = 1.0 - (double) levenshtein(q, a) / Math.max(q.length(), a.length());
                    best = Math.max(best, ratio);
                }
            }
            if (best >= 0.9) {
                matched++;
            }
        }
        return matched;
    }

    private static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
