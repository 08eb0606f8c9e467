package org.oretrace.registry.infrastructure;

import org.junit.jupiter.api.Test;
import org.oretrace.registry.testing.RmiTemplates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference list shipped in the product is exactly what the importer reads from RMI's CMRT 6.5.
 * Also its generator: {@code -Doretrace.registry.regenerate=true} rewrites the data file from the
 * template (run it after adding a newer template to ../shared and changing {@code SHIPPED}).
 */
class ShippedReferenceListTest {

    private static final Path SOURCE_FILE = Path.of("src/main/resources" + ReferenceListCsv.SHIPPED);

    @Test
    void theShippedDataFileIsTheLookupSheetOfCmrt65() throws IOException {
        ReferenceList fromTemplate = RmiTemplates.referenceList("6.5");
        String expected = ReferenceListCsv.write(fromTemplate);
        if (Boolean.getBoolean("oretrace.registry.regenerate")) {
            Files.writeString(SOURCE_FILE, expected, StandardCharsets.UTF_8);
        }
        try (InputStream in = ReferenceListCsv.class.getResourceAsStream(ReferenceListCsv.SHIPPED)) {
            assertThat(in).as("shipped data file " + ReferenceListCsv.SHIPPED).isNotNull();
            ReferenceList shipped = ReferenceListCsv.read(in);
            assertThat(shipped).isEqualTo(fromTemplate);
        }
        assertThat(Files.readString(SOURCE_FILE, StandardCharsets.UTF_8)).isEqualTo(expected);
    }
}
