package org.oretrace.registry.infrastructure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oretrace.registry.testing.RmiTemplates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference lists shipped in the product are exactly what the importer reads from RMI's real CMRT templates,
 * one per version. Also their generator: {@code -Doretrace.registry.regenerate=true} rewrites the data files from
 * the templates (run it after adding a newer template to ../shared and to {@code SHIPPED_VERSIONS}).
 */
class ShippedReferenceListTest {

    @ParameterizedTest
    @CsvSource({"6.01,587,311", "6.1,606,337", "6.22,628,350", "6.31,637,349", "6.4,660,368", "6.5,637,349"})
    void eachShippedDataFileIsTheLookupSheetOfItsTemplate(String version, int rows, int ids) throws IOException {
        ReferenceList fromTemplate = RmiTemplates.referenceList(version);
        String expected = ReferenceListCsv.write(fromTemplate);
        Path sourceFile = Path.of("src/main/resources" + ReferenceListCsv.shipped(version));
        if (Boolean.getBoolean("oretrace.registry.regenerate")) {
            Files.writeString(sourceFile, expected, StandardCharsets.UTF_8);
        }
        ReferenceList shipped = ReferenceListCsv.readShipped(version);
        assertThat(shipped).isEqualTo(fromTemplate);
        assertThat(Files.readString(sourceFile, StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(shipped.rows()).hasSize(rows);
        assertThat(shipped.rows().stream().map(ReferenceRow::smelterId).filter(Objects::nonNull).distinct()).hasSize(ids);
        assertThat(shipped.template()).isEqualTo("CMRT " + version);
        assertThat(shipped.source()).isEqualTo("RMI CMRT " + version + " Smelter Look-up, " + fromTemplate.released());
    }

    /** RMI's EMRT 2.1 list as shipped is exactly what the importer reads from the real template's look-up sheet. */
    @Test
    void theShippedEmrtDataFileIsTheLookupSheetOfTheRealEmrt21() throws IOException {
        assertThat(ReferenceListCsv.SHIPPED_EMRT_VERSIONS).containsExactly("2.1");
        ReferenceList fromTemplate = RmiTemplates.emrtReferenceList("2.1");
        String expected = ReferenceListCsv.write(fromTemplate);
        Path sourceFile = Path.of("src/main/resources" + ReferenceListCsv.shippedEmrt("2.1"));
        if (Boolean.getBoolean("oretrace.registry.regenerate")) {
            Files.writeString(sourceFile, expected, StandardCharsets.UTF_8);
        }
        ReferenceList shipped = ReferenceListCsv.readShippedEmrt("2.1");
        assertThat(shipped).isEqualTo(fromTemplate);
        assertThat(Files.readString(sourceFile, StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(shipped.template()).isEqualTo("EMRT 2.1");
        assertThat(shipped.released()).as("the last date of the 2.1 Revision sheet").isNotNull();
        assertThat(shipped.source()).isEqualTo("RMI EMRT 2.1 Smelter Look-up, " + fromTemplate.released());
        // its minerals are the EMRT's six, none of the 3TG
        assertThat(shipped.rows().stream().map(ReferenceRow::metal).distinct().sorted().toList())
                .containsExactly("Cobalt", "Copper", "Graphite", "Lithium", "Mica", "Nickel");
        assertThat(shipped.rows().stream().map(ReferenceRow::smelterId).filter(Objects::nonNull).distinct().count())
                .isGreaterThan(50);
    }

    @Test
    void everyShippedVersionIsShippedOldestFirstWithItsReleaseDate() {
        assertThat(ReferenceListCsv.SHIPPED_VERSIONS).isEqualTo(RmiTemplates.CMRT_VERSIONS);
        List<LocalDate> released = new ArrayList<>();
        for (String version : ReferenceListCsv.SHIPPED_VERSIONS) {
            released.add(ReferenceListCsv.readShipped(version).released());
        }
        assertThat(released).doesNotContainNull().isSorted();
        // 6.5 was released by RMI in April 2025 (Revision sheet); 6.01 in 2020
        assertThat(released.get(0).getYear()).isEqualTo(2020);
        assertThat(released.get(5)).isEqualTo(LocalDate.of(2025, 4, 25));
    }
}
