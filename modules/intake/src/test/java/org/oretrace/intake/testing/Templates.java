package org.oretrace.intake.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The real blank RMI templates in shared/rmi-templates (system property oretrace.shared.dir). */
public final class Templates {

    public static final List<String> CMRT_VERSIONS = List.of("6.01", "6.1", "6.22", "6.31", "6.4", "6.5");

    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    private Templates() {
    }

    public static Path directory() {
        Path dir = Path.of(System.getProperty("oretrace.shared.dir", "../../../shared")).resolve("rmi-templates");
        if (!Files.isDirectory(dir)) {
            dir = Path.of("../shared/rmi-templates");
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("RMI templates not found at " + dir.toAbsolutePath()
                    + " (set -Doretrace.shared.dir)");
        }
        return dir;
    }

    /** The bytes of e.g. "RMI_CMRT_6.5.xlsx". */
    public static byte[] bytes(String fileName) {
        return CACHE.computeIfAbsent(fileName, name -> {
            try {
                return Files.readAllBytes(directory().resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).clone();
    }

    public static final List<String> EMRT_VERSIONS = List.of("1.1", "1.11", "1.2", "1.3", "2.0", "2.1");

    public static byte[] emrt(String version) {
        return bytes("RMI_EMRT_" + version + ".xlsx");
    }

    public static byte[] cmrt(String version) {
        return bytes("RMI_CMRT_" + version + ".xlsx");
    }
}
