package org.oretrace.registry.published;

import org.oretrace.kernel.Metal;

/**
 * A smelter as a supplier reported it. Any field may be null or blank.
 *
 * @param metal     the metal of the row
 * @param name      the look-up name picked or typed; for "Smelter not listed" rows the name typed in column D
 * @param country   the country as written
 * @param smelterId the smelter ID the supplier typed (column A), e.g. "CID000035"
 */
public record ReportedSmelter(Metal metal, String name, String country, String smelterId) {
}
