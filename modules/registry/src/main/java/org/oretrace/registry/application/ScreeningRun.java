package org.oretrace.registry.application;

/**
 * One screening of all smelters against a list version.
 *
 * @param listId     the list screened against
 * @param subjects   smelters screened
 * @param names      names screened (standard names and aliases)
 * @param hits       (smelter, SDN entry) pairs found
 * @param newHits    of which new (now open for review)
 * @param openHits   hits still waiting for a decision in total
 * @param millis     how long it took
 */
public record ScreeningRun(long listId, int subjects, int names, int hits, int newHits, int openHits, long millis) {
}
