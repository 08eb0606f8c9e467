package org.oretrace.registry.application;

import org.oretrace.registry.published.MatchResult;
import org.oretrace.registry.published.ReportedSmelter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oretrace.kernel.Metal;
import org.oretrace.registry.infrastructure.ReferenceList;
import org.oretrace.registry.infrastructure.ReferenceRow;
import org.oretrace.registry.testing.RmiTemplates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching over the whole history of RMI's list (the real look-up sheets of CMRT 6.01 to 6.5): every name of every
 * version resolves to its own smelter and never to another (precision 100%), and the hard classes of names suppliers
 * send — each on real names from the templates — resolve.
 */
class HistoryMatchingTest {

    private static List<ReferenceList> lists;
    private static SmelterMatcher history;
    private static SmelterMatcher only65;

    @BeforeAll
    static void build() {
        lists = RmiTemplates.CMRT_VERSIONS.stream().map(RmiTemplates::referenceList).toList();
        history = SmelterMatcher.of(ReferenceLists.knownSmelters(lists));
        only65 = SmelterMatcher.of(ReferenceLists.knownSmelters(RmiTemplates.referenceList("6.5")));
    }

    @Test
    void everyNameOfEveryVersionResolvesToItsOwnSmelterAndNeverToAnother() {
        int names = 0;
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (ReferenceList list : lists) {
            for (ReferenceRow row : list.rows()) {
                if (row.smelterId() == null) {
                    continue;
                }
                for (String name : new String[]{row.lookupName(), row.standardName()}) {
                    if (name == null) {
                        continue;
                    }
                    names++;
                    MatchResult r = history.match(new ReportedSmelter(Metal.fromText(row.metal()).orElseThrow(), name, row.country(), null));
                    if (r.isMatched() && !r.smelterId().equals(row.smelterId())) {
                        wrong.add(list.template() + " " + row.smelterId() + " '" + name + "' -> " + r);
                    } else if (!r.isMatched()) {
                        missed.add(list.template() + " " + row.smelterId() + " '" + name + "' -> " + r);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "All names of CMRT 6.01-6.5: %d, wrong %d, missed %d%n", names, wrong.size(), missed.size());
        assertThat(wrong).as("precision: a name of one smelter matched to another").isEmpty();
        assertThat(missed).as("recall on RMI's own names").isEmpty();
    }

    /** Real names of an older list that later lists dropped or renamed: only the history knows them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tantalum|PRG Dooel|6.01",
            "Tantalum|Power Resources Ltd.|6.01",
            "Tin|Huichang Shun Tin Kam Industries, Ltd.|6.01",
            "Tungsten|Fujian Jinxin Tungsten Co., Ltd.|6.01",
            "Tantalum|H.C. Starck Tantalum and Niobium GmbH|6.01"})
    void anOlderCompanyNameFromAnEarlyListResolves(String metal, String name, String version) {
        String expected = idOf(version, metal, name);
        ReportedSmelter reported = new ReportedSmelter(Metal.fromText(metal).orElseThrow(), name, null, null);
        assertThat(history.match(reported).smelterId()).isEqualTo(expected);
        if (!listedIn65(expected) || !nameIn65(name)) {
            assertThat(only65.match(reported).smelterId()).as("6.5 alone").isNotEqualTo(expected);
        }
    }

    /** Hard classes on real names: reported | real look-up name it stands for (metal, version of the real name). */
    @ParameterizedTest(name = "{0}: {2} for {3}")
    @CsvSource(delimiter = '|', value = {
            "legal form and typo|Gold|Mitsubishi Materails Corp.|Mitsubishi Materials Corporation|6.5",
            "legal form and typo|Tin|Novosibirsk Tin Combin OJSC|Novosibirsk Tin Combine|6.5",
            "transliteration|Gold|JSC Uralelektromed|JSC Uralelectromed|6.5",
            "transliteration|Gold|Kishtym Copper Electrolytic Plant ZAO|Kyshtym Copper-Electrolytic Plant ZAO|6.5",
            "transliteration|Gold|OAO Krastcvetmet|OJSC Krastsvetmet|6.5",
            "word order|Gold|Ekaterinburg Non-Ferrous Metal Processing Plant JSC|JSC Ekaterinburg Non-Ferrous Metal Processing Plant|6.5",
            "word order|Tin|Timah Tbk Kundur PT|PT Timah Tbk Kundur|6.5",
            "PT noise|Tin|Timah Tbk Mentok|PT Timah Tbk Mentok|6.5",
            "PT noise|Tin|P.T. Bangka Prima Tin|PT Bangka Prima Tin|6.5",
            "JSC noise|Gold|Novosibirsk Refinery|JSC Novosibirsk Refinery|6.5",
            "Co., Ltd. noise|Gold|Tanaka Kikinzoku Kogyo|Tanaka Kikinzoku Kogyo K.K.|6.5"})
    void hardClassesOfRealNamesResolve(String kind, String metal, String reported, String realName, String version) {
        String expected = idOf(version, metal, realName);
        MatchResult r = history.match(new ReportedSmelter(Metal.fromText(metal).orElseThrow(), reported, null, null));
        assertThat(r.smelterId()).as(kind + ": " + r).isEqualTo(expected);
    }

    private static String idOf(String version, String metal, String name) {
        return RmiTemplates.referenceList(version).rows().stream()
                .filter(r -> metal.equals(r.metal()) && name.equals(r.lookupName()) && r.smelterId() != null)
                .map(ReferenceRow::smelterId).findFirst()
                .orElseThrow(() -> new AssertionError("'" + name + "' is no " + metal + " look-up name of CMRT " + version));
    }

    private static boolean listedIn65(String id) {
        return RmiTemplates.referenceList("6.5").rows().stream().anyMatch(r -> id.equals(r.smelterId()));
    }

    private static boolean nameIn65(String name) {
        return RmiTemplates.referenceList("6.5").rows().stream().anyMatch(r -> name.equals(r.lookupName()));
    }
}
