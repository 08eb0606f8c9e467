package org.oretrace.registry.infrastructure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.country.Countries;
import org.oretrace.registry.testing.RmiTemplates;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceListReaderTest {

    /** Sizes documented in docs/ARCHITECTURE.md ("CMRT 6.x facts") (rows of the look-up sheet incl. pseudo-entries / distinct IDs). */
    @ParameterizedTest
    @CsvSource({"6.01,587,311", "6.1,606,337", "6.22,628,350", "6.31,637,349", "6.4,660,368", "6.5,637,349"})
    void readsEveryLookupRowOfTheRealTemplates(String version, int rows, int ids) {
        ReferenceList list = RmiTemplates.referenceList(version);
        assertThat(list.template()).isEqualTo("CMRT " + version);
        assertThat(list.rows()).hasSize(rows);
        assertThat(list.rows().stream().map(ReferenceRow::smelterId).filter(Objects::nonNull).distinct()).hasSize(ids);
        // four metals, two pseudo-entries each, without an ID
        assertThat(list.rows().stream().filter(r -> r.smelterId() == null).map(ReferenceRow::lookupName).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("Smelter not listed", "Smelter not yet identified");
        assertThat(list.rows().stream().filter(r -> r.smelterId() == null)).hasSize(8);
    }

    @Test
    void keepsAccentsAndChineseNamesAndResolvesEveryCountryButUnknown() {
        ReferenceList list = RmiTemplates.referenceList("6.5");
        assertThat(list.rows()).anySatisfy(r -> {
            assertThat(r.lookupName()).isEqualTo("Wolfram Bergbau und Hütten AG");
            assertThat(r.smelterId()).isEqualTo("CID002044");
            assertThat(r.city()).isEqualTo("St. Martin i-S");
        });
        assertThat(list.rows()).anySatisfy(r -> assertThat(r.lookupName()).isEqualTo("洛阳栾川钼业集团钨业有限公司"));
        Set<String> unresolved = list.rows().stream().filter(r -> r.smelterId() != null)
                .map(ReferenceRow::country).filter(c -> Countries.resolve(c).isEmpty()).collect(Collectors.toSet());
        assertThat(unresolved).isSubsetOf("Unknown");
    }

    @Test
    void tellsAnEmrtFromACmrt() throws Exception {
        try (InputStream in = Files.newInputStream(RmiTemplates.sharedDir().resolve("rmi-templates/RMI_EMRT_2.1.xlsx"))) {
            ReferenceList list = ReferenceListReader.read(in);
            assertThat(list.template()).isEqualTo("EMRT 2.1");
            assertThat(list.rows()).extracting(ReferenceRow::metal).contains("Cobalt", "Mica");
        }
    }

    @Test
    void refusesWhatIsNotAWorkbook() {
        assertThatThrownBy(() -> ReferenceListReader.read(new ByteArrayInputStream("metal,name\nTin,x".getBytes())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("Not an Excel workbook");
    }
}
