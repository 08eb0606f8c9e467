package org.oretrace.filing.infrastructure;

import org.oretrace.filing.application.FilingSources;
import org.oretrace.filing.domain.RmapCategory;
import org.oretrace.registry.published.RmapStanding;
import org.oretrace.registry.published.SmelterFacts;
import org.oretrace.registry.published.SmelterRegistry;

import java.util.HashMap;
import java.util.Map;

/**
 * The registry's side of {@link FilingSources#smelters}, in the filing's terms: the registry's own facts ({@link
 * SmelterRegistry#facts}: standard name, canonical country, covered-country flag, sanctions a person confirmed on an
 * entry still listed, and the RMAP status in force on the date with its source; Unknown when none covers it), counted
 * in the report's categories.
 */
public final class RegistrySmelters {

    /** What the report prints for a smelter no imported RMAP status covers on the date. */
    public static final String UNKNOWN_STATUS = "Unknown";

    private RegistrySmelters() {
    }

    public static Map<String, FilingSources.SmelterFacts> smelters(Map<String, SmelterFacts> registryFacts) {
        Map<String, FilingSources.SmelterFacts> facts = new HashMap<>();
        for (SmelterFacts s : registryFacts.values()) {
            RmapStanding rmap = s.rmap();
            String country = s.countryName() != null ? s.countryName() : s.countryAsListed();
            facts.put(s.smelterId(), new FilingSources.SmelterFacts(s.smelterId(), s.metal(), s.standardName(), country,
                    s.coveredCountry(), s.sanctioned(), rmap.known() ? rmap.status() : UNKNOWN_STATUS, category(rmap.category()),
                    "/registry/smelter.xhtml?id=" + s.smelterId(), source(rmap)));
        }
        return facts;
    }

    /** "RMI Conformant list as of 2024-04-30"; null when the status is unknown. */
    static String source(RmapStanding rmap) {
        if (!rmap.known()) {
            return null;
        }
        return rmap.source() + (rmap.sourceAsOf() == null ? "" : " as of " + rmap.sourceAsOf());
    }

    /** The registry's "in progress" is what RMI publishes as Active; its UNKNOWN stays unknown. */
    static RmapCategory category(org.oretrace.registry.published.RmapCategory registry) {
        return switch (registry) {
            case CONFORMANT -> RmapCategory.CONFORMANT;
            case IN_PROGRESS -> RmapCategory.ACTIVE;
            case NOT_CONFORMANT -> RmapCategory.NOT_CONFORMANT;
            case UNKNOWN -> RmapCategory.UNKNOWN;
        };
    }
}
