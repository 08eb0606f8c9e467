package org.oretrace.filing.application;

import org.oretrace.filing.domain.FilingFacts;
import org.oretrace.filing.domain.SmelterList;

/** Everything a filing document states about a year: the facts and the consolidated smelter list. */
public record YearData(FilingFacts facts, SmelterList smelters) {
}
