package org.oretrace.intake.testing;

/** One row of a template's Smelter Look-up sheet: RMI's reference list as of the template's date. */
public record LookupEntry(String metal, String lookupName, String standardName, String country, String smelterId) {
}
