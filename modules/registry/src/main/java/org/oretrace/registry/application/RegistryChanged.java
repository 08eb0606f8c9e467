package org.oretrace.registry.application;

/**
 * Fired (CDI event) when smelters or aliases change: a reference list import or a confirmed match.
 * Observers such as intake may re-match rows that were unresolved.
 *
 * @param what a sentence saying what changed
 */
public record RegistryChanged(String what) {
}
