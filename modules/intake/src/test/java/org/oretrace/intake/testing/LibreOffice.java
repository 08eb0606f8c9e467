package org.oretrace.intake.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice headless as the tests' formula engine: RMI's Checker is a sheet of formulas, and what it says about a
 * workbook is known only once something recalculates them (POI evaluates too few of them). Used by intake's
 * {@code CheckerParityTest} and filing's {@code CompanyCmrtTest}; both skip, saying why, when it is not installed.
 */
public final class LibreOffice {

    private LibreOffice() {
    }

    /** The {@code soffice} on the PATH, or empty. */
    public static Optional<Path> soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, "soffice");
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Converts {@code in/<name>.xlsx} to {@code out/<name>.xlsx} for every name in one LibreOffice run, with a private
     * profile (under {@code dir}) that tells it to recalculate every formula on load; the output holds the recalculated
     * values as the formulas' cached results.
     *
     * @throws IllegalStateException when LibreOffice does not finish in time or leaves a file unconverted (its log in
     *                               the message)
     */
    public static void recalculate(Path soffice, Path dir, Path in, Path out, Collection<String> names, int timeoutMinutes)
            throws Exception {
        Path profile = Files.createDirectories(dir.resolve("profile/user"));
        Files.writeString(profile.resolve("registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
                <value>0</value></prop></item>
                </oor:items>
                """);
        List<String> command = new ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--norestore",
                "--convert-to", "xlsx", "--outdir", out.toString()));
        names.forEach(n -> command.add(in.resolve(n + ".xlsx").toString()));
        Path log = dir.resolve("soffice.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("LibreOffice did not finish within " + timeoutMinutes + " minutes");
        }
        for (String n : names) {
            if (!Files.exists(out.resolve(n + ".xlsx"))) {
                throw new IllegalStateException("LibreOffice wrote no " + n + ".xlsx; its log: " + Files.readString(log));
            }
        }
    }
}
