package org.oretrace.kernel.screening;

import java.util.List;

/**
 * Sanctions screening of names, for modules that must not depend on the registry (outreach screens
 * its suppliers with it). The registry provides the implementation as a CDI bean; inject
 * {@code Instance<NameScreening>} and check {@code isResolvable()} to stay usable without it.
 *
 * <pre>
 * &#64;Inject Instance&lt;NameScreening&gt; screening;
 * ...
 * if (screening.isResolvable()) {
 *     List&lt;NameScreening.Match&gt; hits = screening.get().screenSupplier(supplier.getId().toString(), supplier.getName(), supplier.getCountry());
 *     boolean blocked = screening.get().isSanctionedSupplier(supplier.getId().toString());
 * }
 * </pre>
 */
public interface NameScreening {

    /**
     * A possible match on the newest sanctions list.
     *
     * @param sdnEntryNumber OFAC's entry number (ent_num)
     * @param sdnName        the listed name
     * @param type           ENTITY, INDIVIDUAL, VESSEL or AIRCRAFT
     * @param programs       the sanctions programs, e.g. "RUSSIA-EO14024"
     * @param score          0..1, at least the hit threshold
     */
    record Match(int sdnEntryNumber, String sdnName, String type, String programs, double score) {
    }

    /** Possible matches of a name (company or person), best first; nothing is recorded. Empty without a list. */
    List<Match> screenName(String name, String country);

    /**
     * Screens a supplier and puts new hits in the sanctions review queue, where a COMPLIANCE user
     * confirms or dismisses them (decisions are kept across re-screenings).
     *
     * @param supplierRef the supplier's id in its module, as text
     * @return the supplier's hits on the newest list
     */
    List<Match> screenSupplier(String supplierRef, String name, String country);

    /** True when a person confirmed a hit for the supplier and the entry is still listed. */
    boolean isSanctionedSupplier(String supplierRef);
}
