package org.oretrace.registry.application;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oretrace.registry.domain.SdnType;
import org.oretrace.registry.infrastructure.SdnFile;
import org.oretrace.registry.testing.RmiTemplates;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Screening RMI's whole 6.5 reference list against the real SDN snapshot of 3 May 2024. */
class SanctionsMatcherTest {

    /**
     * The most distinct (smelter, SDN entry) pairs a reviewer may be asked to look at for the whole
     * 6.5 list against the May 2024 SDN list: two true matches and a handful of look-alikes. A change
     * that floods the reviewer fails here.
     */
    static final int REVIEW_BOUND = 15;

    private static List<SdnFile.Entry> sdn;
    private static SanctionsMatcher matcher;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = Files.newInputStream(RmiTemplates.sdnSnapshot())) {
            sdn = SdnFile.read(in, null);
        }
        matcher = new SanctionsMatcher(sdn);
    }

    @Test
    void readsTheOfficialFileWithItsTypesAndAkas() throws Exception {
        List<String> lines = Files.readAllLines(RmiTemplates.sdnSnapshot(), java.nio.charset.StandardCharsets.ISO_8859_1);
        long entityLines = lines.stream().filter(l -> l.matches("^\\d+,\"[^\"]*\",-0- ?,.*")).count();
        assertThat(sdn).hasSize(14965);
        assertThat(sdn.stream().filter(e -> e.type() == SdnType.ENTITY).count()).isEqualTo(entityLines);
        assertThat(sdn.stream().filter(e -> e.type() == SdnType.INDIVIDUAL).count()).isGreaterThan(5000L);
        SdnFile.Entry bnc = sdn.stream().filter(e -> e.entNum() == 306).findFirst().orElseThrow();
        assertThat(bnc.name()).isEqualTo("BANCO NACIONAL DE CUBA");
        assertThat(bnc.altNames()).containsExactly("BNC");
        assertThat(bnc.programs()).isEqualTo("CUBA");
        SdnFile.Entry agr = sdn.stream().filter(e -> e.entNum() == 32791).findFirst().orElseThrow();
        assertThat(SanctionsMatcher.countries(agr)).contains("CD", "UG");
    }

    @Test
    void findsBothKnownTrueMatchesAndKeepsTheReviewQueueShort() {
        Map<String, Set<Integer>> hitsBySmelter = new TreeMap<>();
        int names = 0;
        for (KnownSmelter s : ReferenceLists.knownSmelters(RmiTemplates.referenceList("6.5"))) {
            Set<String> all = new LinkedHashSet<>();
            all.add(s.standardName());
            all.addAll(s.aliases());
            for (String name : all) {
                names++;
                for (SanctionsMatcher.Hit hit : matcher.screen(name, s.countryCode(), EnumSet.of(SdnType.ENTITY))) {
                    if (hitsBySmelter.computeIfAbsent(s.smelterId() + " " + s.standardName(), k -> new LinkedHashSet<>()).add(hit.entNum())) {
                        System.out.printf("  hit %.3f  %s (%s)  ~  %s [%d, %s]%n", hit.score(), name, s.countryCode(), hit.matchedSdnName(),
                                hit.entNum(), hit.programs());
                    }
                }
            }
        }
        int pairs = hitsBySmelter.values().stream().mapToInt(Set::size).sum();
        System.out.println("Screened " + names + " smelter names against " + matcher.size() + " SDN entries: " + pairs
                + " hits to review (bound " + REVIEW_BOUND + ")");
        assertThat(hitsBySmelter.entrySet()).anySatisfy(e -> {
            assertThat(e.getKey()).contains("Uralelectromed");
            assertThat(e.getValue()).contains(44088);
        });
        assertThat(hitsBySmelter.entrySet()).anySatisfy(e -> {
            assertThat(e.getKey()).contains("African Gold Refinery");
            assertThat(e.getValue()).contains(32791);
        });
        assertThat(pairs).isLessThanOrEqualTo(REVIEW_BOUND);
    }

    @Test
    void handlesTransliterationAndLegalFormsButNotGenericWords() {
        Set<SdnType> entities = EnumSet.of(SdnType.ENTITY);
        assertThat(matcher.screen("JSC Uralelectromed", "RU", entities)).extracting(SanctionsMatcher.Hit::entNum).contains(44088);
        assertThat(matcher.screen("African Gold Refinery", "UG", entities)).extracting(SanctionsMatcher.Hit::entNum).contains(32791);
        assertThat(matcher.screen("Gold Refinery Ltd", null, entities)).isEmpty();
        assertThat(matcher.screen("International Mining Metal Trading Co., Ltd.", null, entities)).isEmpty();
        assertThat(matcher.screen("Refinery Limited", "CD", entities)).isEmpty();
    }
}
