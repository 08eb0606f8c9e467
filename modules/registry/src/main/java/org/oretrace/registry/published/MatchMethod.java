package org.oretrace.registry.published;

/** How a reported smelter was resolved, or why it was not. */
public enum MatchMethod {
    /** The typed smelter ID exists and belongs to the reported metal. */
    SMELTER_ID,
    /** The name is one of RMI's look-up names of that metal (ignoring case and spacing). */
    EXACT_ALIAS,
    /** The name equals a look-up name once accents, punctuation, legal forms and word order are ignored. */
    NORMALIZED_ALIAS,
    /** Similar enough to a look-up name to be matched automatically (score at or above the threshold). */
    FUZZY,
    /** A person confirmed this name for this smelter in the review queue (learned alias). */
    CONFIRMED,
    /** The supplier chose "Smelter not listed" without naming the smelter. */
    NOT_LISTED,
    /** The supplier chose "Smelter not yet identified" (or "Unknown"). */
    NOT_YET_IDENTIFIED,
    /** Nothing was matched automatically; the reason says why, the review queue decides. */
    UNRESOLVED;

    public boolean isMatch() {
        return this == SMELTER_ID || this == EXACT_ALIAS || this == NORMALIZED_ALIAS || this == FUZZY || this == CONFIRMED;
    }
}
