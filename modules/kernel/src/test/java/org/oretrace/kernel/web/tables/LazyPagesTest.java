package org.oretrace.kernel.web.tables;

import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A lazy table's column filters as the services receive them: a filter of any length costs at most a bounded text. */
class LazyPagesTest {

    @Test
    void aColumnFilterBuiltToBeHugeIsPassedOnBounded() {
        String huge = "a".repeat(1_000_000);
        Map<String, String> filters = LazyPages.filters(Map.of(
                "name", FilterMeta.builder().field("name").filterValue(huge).build(),
                "country", FilterMeta.builder().field("country").filterValue("Germany").build()));
        assertThat(filters.get("name")).hasSize(LazyPages.MAX_FILTER_CHARACTERS);
        assertThat(filters.get("country")).isEqualTo("Germany");
    }
}
