package org.oretrace.registry.testing;

import org.oretrace.registry.infrastructure.ReferenceList;
import org.oretrace.registry.infrastructure.ReferenceListReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The real RMI templates of ../shared/rmi-templates (system property oretrace.shared.dir). */
public final class RmiTemplates {

    public static final List<String> CMRT_VERSIONS = List.of("6.01", "6.1", "6.22", "6.31", "6.4", "6.5");

    private static final Map<String, ReferenceList> CACHE = new ConcurrentHashMap<>();

    private RmiTemplates() {
    }

    public static Path sharedDir() {
        return Path.of(System.getProperty("oretrace.shared.dir", "../../../shared"));
    }

    public static Path cmrt(String version) {
        return sharedDir().resolve("rmi-templates").resolve("RMI_CMRT_" + version + ".xlsx");
    }

    public static Path sdnSnapshot() {
        return sharedDir().resolve("reference").resolve("ofac-sdn-2024-05-03.csv");
    }

    public static Path emrt(String version) {
        return sharedDir().resolve("rmi-templates").resolve("RMI_EMRT_" + version + ".xlsx");
    }

    /** The EMRT's look-up list as the importer reads it from the real template. */
    public static ReferenceList emrtReferenceList(String emrtVersion) {
        return read("EMRT " + emrtVersion, emrt(emrtVersion));
    }

    public static ReferenceList referenceList(String cmrtVersion) {
        return read("CMRT " + cmrtVersion, cmrt(cmrtVersion));
    }

    private static ReferenceList read(String key, Path template) {
        return CACHE.computeIfAbsent(key, v -> {
            try (InputStream in = Files.newInputStream(template)) {
                return ReferenceListReader.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
