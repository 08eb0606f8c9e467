package org.oretrace.filing.domain;

import org.oretrace.kernel.Metal;

import java.util.List;

/** Rows naming a smelter the registry does not know, grouped by their normalized name. */
public record UnresolvedName(Metal metal, String normalizedName, String displayName, List<String> spellings,
                             String country, List<String> suppliers) implements java.io.Serializable {

    public UnresolvedName {
        spellings = List.copyOf(spellings);
        suppliers = List.copyOf(suppliers);
    }
}
