package org.oretrace.filing.published;

import java.util.Optional;

/** Where a reporting year's Form SD stands, for the home page and other modules; answered by the filing module. */
public interface FilingYears {

    /** The current version of the year's filing, or empty when nobody has started one (the year is checked). */
    Optional<FilingStanding> standing(int reportingYear);
}
