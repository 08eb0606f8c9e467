package org.oretrace.registry.infrastructure;

/**
 * One row of RMI's smelter look-up list: columns A to I of the "Smelter Look-up" sheet.
 * The pseudo-entries "Smelter not listed" / "Smelter not yet identified" have no smelter ID.
 */
public record ReferenceRow(String metal, String lookupName, String standardName, String country, String smelterId,
                           String source, String street, String city, String stateProvince) {
}
