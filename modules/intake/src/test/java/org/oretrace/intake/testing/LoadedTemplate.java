package org.oretrace.intake.testing;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A blank template loaded once per test JVM; {@link CmrtFile} fills it and puts it back. */
record LoadedTemplate(XSSFWorkbook workbook) {

    private static final Map<String, LoadedTemplate> LOADED = new ConcurrentHashMap<>();

    static LoadedTemplate of(String version) {
        return ofFile("RMI_CMRT_" + version + ".xlsx");
    }

    /**
     * The EMRT of that version, releasing any other EMRT loaded before: a loaded template holds hundreds of MB, and
     * the tests go through the EMRT versions one after the other (the CMRTs stay cached for their many tests).
     */
    static LoadedTemplate emrt(String version) {
        String name = "RMI_EMRT_" + version + ".xlsx";
        LOADED.keySet().removeIf(k -> k.startsWith("RMI_EMRT_") && !k.equals(name));
        return ofFile(name);
    }

    /** Any template by file name ("RMI_EMRT_2.1.xlsx"). */
    static LoadedTemplate ofFile(String fileName) {
        return LOADED.computeIfAbsent(fileName, v -> {
            try {
                return new LoadedTemplate(new XSSFWorkbook(new ByteArrayInputStream(Templates.bytes(v))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
