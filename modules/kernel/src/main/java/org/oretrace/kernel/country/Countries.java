package org.oretrace.kernel.country;

import org.oretrace.kernel.names.CompanyName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The canonical country table: the 249 names of the CMRT drop-down (hidden sheet C, identical in
 * templates 6.01 to 6.5) plus the other spellings found in real CMRTs and filings ("CHINA" / "China",
 * "UNITED STATES", "TAIWAN", "PHILLIPPINES", "NORTH MACEDONIA, REPUBLIC OF", ...).
 *
 * <p>A spelling resolves when, after folding case, accents, punctuation and word order, it equals a
 * known name or alias. Nothing is guessed: an unknown spelling resolves to empty so the caller can
 * report it.
 */
public final class Countries {

    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final Map<String, Country> BY_CODE;
    private static final Map<String, Country> BY_KEY;

    static {
        Map<String, Country> byCode = new LinkedHashMap<>();
        Map<String, Country> byKey = new HashMap<>();
        for (String[] row : read("countries.csv")) {
            // "WESTERN SAHARA *": the star is a footnote mark of ISO's table, not part of the name
            Country country = new Country(row[0], row[1].replace("*", "").strip());
            byCode.put(country.code(), country);
            byKey.put(key(row[1]), country);
        }
        for (String[] row : read("country-aliases.csv")) {
            Country country = byCode.get(row[0]);
            if (country == null) {
                throw new IllegalStateException("country-aliases.csv names unknown code " + row[0]);
            }
            for (int i = 1; i < row.length; i++) {
                Country previous = byKey.put(key(row[i]), country);
                if (previous != null && !previous.equals(country)) {
                    throw new IllegalStateException("Alias '" + row[i] + "' would mean both " + previous + " and " + country);
                }
            }
        }
        BY_CODE = Collections.unmodifiableMap(byCode);
        BY_KEY = Collections.unmodifiableMap(byKey);
    }

    private Countries() {
    }

    /**
     * The country a text names, or empty when the text is blank or not a known spelling
     * ("Unknown" is not a country). Two-letter upper-case ISO codes ("CD") are accepted too.
     */
    public static Optional<Country> resolve(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String stripped = text.strip();
        if (stripped.length() == 2 && stripped.equals(stripped.toUpperCase(Locale.ROOT))) {
            Country byCode = BY_CODE.get(stripped);
            if (byCode != null) {
                return Optional.of(byCode);
            }
        }
        return Optional.ofNullable(BY_KEY.get(key(stripped)));
    }

    /** The country of an ISO 3166-1 alpha-2 code (any case). */
    public static Optional<Country> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** All 249 countries in the order of the CMRT drop-down (alphabetical by name). */
    public static List<Country> all() {
        return List.copyOf(BY_CODE.values());
    }

    /** Folds a spelling to its comparison key: no case, accents, punctuation, "the", word order. */
    static String key(String text) {
        String folded = CompanyName.fold(text).toUpperCase(Locale.ROOT).replaceAll("[\u2019\u2018`\u00B4]", "'").replace("'S ", " ").replace("&", " AND ");
        return Arrays.stream(NON_ALNUM.split(folded))
                .filter(word -> !word.isEmpty() && !word.equals("THE"))
                .sorted()
                .collect(Collectors.joining(" "));
    }

    private static List<String[]> read(String resource) {
        InputStream in = Countries.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(Arrays.stream(line.split(";")).map(String::strip).toArray(String[]::new));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
