package org.oretrace.filing.domain;

import org.oretrace.kernel.Metal;

import java.util.List;

/** One smelter of the year's supply chain, however many suppliers reported it and however they spelled it. */
public record ConsolidatedSmelter(String smelterId, Metal metal, String name, String country, String rmapStatus,
                                  RmapCategory rmapCategory, boolean sanctioned, boolean coveredCountry,
                                  int supplierCount, List<String> suppliers) {

    public ConsolidatedSmelter {
        suppliers = List.copyOf(suppliers);
    }
}
