package org.oretrace.bench.intake;

import org.oretrace.intake.infrastructure.CmrtReader;
import org.oretrace.intake.infrastructure.CmrtReading;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.intake.testing.HostileFiles;
import org.oretrace.intake.testing.HostileFiles.Attack;
import org.oretrace.kernel.Metal;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Intake's reader against the attacks of issue 15 ({@link HostileFiles}: huge numbers, string amplification,
 * rich-text runs, 200,000 rows, 50,000 zip entries, deep nesting), each read several times: the worst time per
 * file, against a genuine filled CMRT 6.5 (tin and gold smelter rows by ID) read in the same run. Exits with 1 when a hostile
 * file takes a second or more, or is not refused with its code.
 *
 * <pre>
 * java -Doretrace.shared.dir=../shared -cp modules/bench/target/classes:$(cat target/bench.cp) \
 *      org.oretrace.bench.intake.HostileFilesBenchmark
 * </pre>
 */
public final class HostileFilesBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    private static int goodRows;

    private HostileFilesBenchmark() {
    }

    public static void main(String[] args) {
        byte[] good = CmrtFile.of("6.5").declare(Metal.GOLD).smeltersById("Tin", 300).smeltersById("Gold", 200)
                .product("P-1", "Gear").toBytes();
        CmrtReader reader = new CmrtReader();
        // each refusal is logged as a warning: not what is measured here
        java.util.logging.Logger.getLogger(CmrtReader.class.getName()).setLevel(java.util.logging.Level.SEVERE);
        for (int i = 0; i < 10; i++) {
            reader.read(good, "warm-up.xlsx");
        }
        goodRows = reader.read(good, "good.xlsx").content().smelters().size();
        var attacks = HostileFiles.all(good);
        System.out.printf(Locale.ROOT, "load average %.2f, %d cores, %d runs per file%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors(), RUNS);
        System.out.printf(Locale.ROOT, "%-42s %9s %10s %10s  %s%n", "file", "bytes", "worst ms", "good ms", "answer");
        boolean failed = false;
        double goodWorst = 0;
        for (Attack attack : attacks.values()) {
            double worst = 0;
            CmrtReading reading = null;
            double goodTime = 0;
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                reading = reader.read(attack.file(), "hostile.xlsx");
                worst = Math.max(worst, (System.nanoTime() - start) / 1e6);
                start = System.nanoTime();
                check(reader.read(good, "good.xlsx"));
                goodTime = Math.max(goodTime, (System.nanoTime() - start) / 1e6);
            }
            goodWorst = Math.max(goodWorst, goodTime);
            String answer = reading.isRejected() ? reading.rejection().code().name() : "READ (not refused)";
            boolean ok = worst < 1000 && reading.isRejected() && reading.rejection().code() == attack.expected();
            failed |= !ok;
            System.out.printf(Locale.ROOT, "%-42s %9d %10.1f %10.1f  %s%s%n", attack.name(), attack.file().length,
                    worst, goodTime, answer, ok ? "" : "  <-- FAILED (expected " + attack.expected() + " under 1 s)");
        }
        System.out.printf(Locale.ROOT, "%-42s %9d %10s %10.1f  (worst of the genuine file's %d reads between)%n",
                "genuine CMRT 6.5, " + goodRows + " smelter rows", good.length, "", goodWorst, RUNS * attacks.size());
        if (failed) {
            System.exit(1);
        }
    }

    private static void check(CmrtReading reading) {
        if (reading.isRejected() || reading.content().smelters().size() != goodRows) {
            throw new IllegalStateException("The genuine file was not read: " + reading.rejection());
        }
    }
}
