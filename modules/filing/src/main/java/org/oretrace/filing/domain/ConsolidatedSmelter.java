package org.oretrace.filing.domain;

import org.oretrace.kernel.Metal;

import java.util.List;

/**
 * One smelter of the year's supply chain, however many suppliers reported it and however they spelled it.
 *
 * @param rmapSource where its RMAP status comes from, with the date ("RMI Conformant list as of 2024-04-30"); null when unknown
 */
public record ConsolidatedSmelter(String smelterId, Metal metal, String name, String country, String rmapStatus,
                                  RmapCategory rmapCategory, boolean sanctioned, boolean coveredCountry,
                                  int supplierCount, List<String> suppliers, String rmapSource) implements java.io.Serializable {

    public ConsolidatedSmelter {
        suppliers = List.copyOf(suppliers);
    }

    public ConsolidatedSmelter(String smelterId, Metal metal, String name, String country, String rmapStatus,
                               RmapCategory rmapCategory, boolean sanctioned, boolean coveredCountry,
                               int supplierCount, List<String> suppliers) {
        this(smelterId, metal, name, country, rmapStatus, rmapCategory, sanctioned, coveredCountry, supplierCount, suppliers, null);
    }
}
