package org.oretrace.intake.application;

import org.junit.jupiter.api.Test;
import org.oretrace.intake.testing.LookupEntry;
import org.oretrace.intake.testing.TemplateLookup;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What the registry can tell about recyclers: only what RMI's names say, checked on the real 6.5 reference list. */
class RegistryRecyclersTest {

    @Test
    void aSmelterIsKnownAsARecyclerOnlyWhenOneOfItsNamesSaysSo() {
        Map<String, List<String>> names = TemplateLookup.of("6.5").stream().filter(e -> e.smelterId() != null)
                .collect(Collectors.groupingBy(LookupEntry::smelterId, TreeMap::new,
                        Collectors.mapping(LookupEntry::lookupName, Collectors.toList())));
        TemplateLookup.of("6.5").stream().filter(e -> e.smelterId() != null)
                .forEach(e -> names.get(e.smelterId()).add(e.standardName()));
        Map<String, Boolean> known = new TreeMap<>();
        names.forEach((id, n) -> {
            Boolean recycler = RegistrySmelterDirectory.recyclerByName(n);
            if (recycler != null) {
                known.put(id, recycler);
            }
        });
        assertThat(known).containsEntry("CID004697", true) // Attero Recycling Pvt Ltd
                .containsEntry("CID000425", true) // Eco-System Recycling Co., Ltd. East Plant
                .doesNotContainValue(false);
        assertThat(known.size()).as("few smelters say so in their names").isBetween(4, 12);
        assertThat(RegistrySmelterDirectory.recyclerByName(List.of("PT Timah Tbk Kundur"))).isNull();
    }
}
