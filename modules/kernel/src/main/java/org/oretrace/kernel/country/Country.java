package org.oretrace.kernel.country;

import java.util.Set;

/**
 * A country of ISO 3166-1 as RMI's templates name it (upper case, e.g. "KOREA, REPUBLIC OF").
 *
 * @param code ISO 3166-1 alpha-2 code, e.g. "CD"
 * @param name the name used in the CMRT drop-down, e.g. "CONGO, DEMOCRATIC REPUBLIC OF THE"
 */
public record Country(String code, String name) implements java.io.Serializable {

    /**
     * The Democratic Republic of the Congo and its nine adjoining countries, fixed by Rule 13p-1
     * (Form SD, Item 1.01(d)(1)); not configurable on purpose.
     */
    public static final Set<String> COVERED_COUNTRY_CODES = Set.of("CD", "AO", "BI", "CF", "CG", "RW", "SS", "TZ", "UG", "ZM");

    public boolean isCoveredCountry() {
        return COVERED_COUNTRY_CODES.contains(code);
    }

    @Override
    public String toString() {
        return name;
    }
}
