package org.oretrace.kernel.country;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class CountriesTest {

    @Test
    void theTableHasTheCmrtDropDownsCountriesWithUniqueCodesAndNames() {
        List<Country> all = Countries.all();
        assertThat(all).hasSize(249);
        assertThat(all.stream().map(Country::code).collect(Collectors.toSet())).hasSize(249);
        assertThat(all).allSatisfy(c -> assertThat(Countries.resolve(c.name())).contains(c));
        assertThat(all).allSatisfy(c -> assertThat(Countries.byCode(c.code().toLowerCase())).contains(c));
    }

    @Test
    void exactlyTheDrcAndItsNineNeighboursAreCoveredCountries() {
        assertThat(Countries.all().stream().filter(Country::isCoveredCountry).map(Country::name))
                .containsExactlyInAnyOrder("ANGOLA", "BURUNDI", "CENTRAL AFRICAN REPUBLIC", "CONGO",
                        "CONGO, DEMOCRATIC REPUBLIC OF THE", "RWANDA", "SOUTH SUDAN", "TANZANIA, UNITED REPUBLIC OF",
                        "UGANDA", "ZAMBIA");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "China|CN", "CHINA|CN", "  china |CN", "BOLIVIA (PLURINATIONAL STATE OF)|BO", "Bolivia|BO",
            "TAIWAN, PROVINCE OF CHINA|TW", "Taiwan, Province Of China|TW", "TAIWAN|TW",
            "KOREA, REPUBLIC OF|KR", "Republic of Korea|KR", "South Korea|KR",
            "KOREA (DEMOCRATIC PEOPLE'S REPUBLIC OF)|KP", "Democratic People’s Republic of Korea|KP",
            "NORTH MACEDONIA, REPUBLIC OF|MK", "NORTH MACEDONIA|MK", "UNITED STATES|US", "United States Of America|US",
            "USA|US", "US|US", "PHILLIPPINES|PH", "Viet Nam|VN", "Vietnam|VN", "Russian Federation|RU", "Russia|RU",
            "Côte d'Ivoire|CI", "Cote d’Ivoire|CI", "Ivory Coast|CI", "DRC|CD", "Democratic Republic of the Congo|CD",
            "Congo, Democratic Republic of the|CD", "Republic of the Congo|CG", "Congo|CG", "Türkiye|TR", "TURKEY|TR",
            "United Kingdom|GB", "Czech Republic|CZ", "Curaçao|CW", "CURACAO|CW", "Western Sahara|EH",
            "Tanzania|TZ", "Hong Kong|HK", "UNITED ARAB EMIRATES|AE"})
    void resolvesTheSpellingsOfCmrtsAndFilings(String text, String code) {
        assertThat(Countries.resolve(text)).map(Country::code).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Unknown", "Korea", "Republic of China", "Chna", "Europe", "Asia", "N/A", "in"})
    void unknownOrAmbiguousSpellingsAreNotGuessed(String text) {
        assertThat(Countries.resolve(text)).isEmpty();
    }

    @Test
    void everyCountrySpellingOfTheSeedFilingsAnnexAResolves() throws IOException {
        Path seed = Path.of(System.getProperty("oretrace.shared.dir", "../../../shared"), "seeds", "000_be61777363698163.txt");
        List<String> lines = Files.readAllLines(seed);
        int annex = lines.indexOf("ANNEX A");
        Set<String> spellings = new TreeSet<>();
        for (String line : lines.subList(annex + 1, lines.size())) {
            String[] cols = line.split("\t");
            if (cols.length == 3 && !cols[2].contains("Country")) {
                spellings.add(cols[2].strip());
            }
        }
        assertThat(spellings).hasSizeGreaterThan(50)
                .contains("PHILLIPPINES", "United States Of America", "NORTH MACEDONIA, REPUBLIC OF", "Taiwan, Province Of China");
        assertThat(spellings).allSatisfy(s -> assertThat(Countries.resolve(s)).as(s).isPresent());
    }
}
