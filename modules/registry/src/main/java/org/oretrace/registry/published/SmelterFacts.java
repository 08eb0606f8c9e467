package org.oretrace.registry.published;

import org.oretrace.kernel.Metal;
import org.oretrace.registry.published.RmapCategory;

import java.time.LocalDate;

/**
 * What intake's validation and filing's Annex A need to know about one smelter, on a given date.
 *
 * @param smelterId       RMI smelter ID
 * @param metal           its metal
 * @param standardName    RMI's standard name
 * @param countryCode     ISO alpha-2, null when RMI gives no country
 * @param countryName     canonical country name (CMRT spelling), null when unknown
 * @param coveredCountry  in the DRC or an adjoining country
 * @param cahra           in a country the company flags as conflict-affected or high-risk
 * @param sanctioned      a person confirmed an SDN match still on the list
 * @param listed          on RMI's current reference list
 * @param rmapCategory    RMAP status category on the date (UNKNOWN when no imported status covers the date)
 * @param rmapStatus      RMI's word for it, or null
 * @param rmapStatusDate  date of that status, or null
 * @param rmap            the whole standing: where the status comes from (source label and as-of date), RMI's audit facts
 * @param countryAsListed the country as the registry lists it, also when it is no country the registry knows (a report
 *                        prints it rather than nothing)
 */
public record SmelterFacts(String smelterId, Metal metal, String standardName, String countryCode, String countryName,
                           boolean coveredCountry, boolean cahra, boolean sanctioned, boolean listed, RmapCategory rmapCategory,
                           String rmapStatus, LocalDate rmapStatusDate, RmapStanding rmap,
                           String countryAsListed) implements java.io.Serializable {
}
