package org.oretrace.intake.domain;

import java.util.Set;

/**
 * The validation rules. Severity is decided per finding by the rule that raises it; whether a finding is a
 * red flag (step 3 of the OECD Guidance: a risk someone must assess) is decided here, per code.
 */
public enum FindingCode {
    MISSING_REQUIRED_FIELD,
    INVALID_EMAIL,
    INVALID_DATE,
    FUTURE_EFFECTIVE_DATE,
    STALE_EFFECTIVE_DATE,
    SCOPE_PRODUCTS_MISSING,
    SCOPE_DESCRIPTION_MISSING,
    MISSING_ANSWER,
    INVALID_ANSWER,
    CONTACT_SAME,
    METAL_WITHOUT_SMELTERS,
    SMELTERS_FOR_UNDECLARED_METAL,
    METAL_LOOKUP_MISMATCH,
    NOT_LISTED_INCOMPLETE,
    UNKNOWN_SMELTER_ID,
    SMELTER_ID_METAL_MISMATCH,
    UNRESOLVED_SMELTER,
    /** The file's own Smelter Look-up gives a row another smelter ID than the registry (or one it does not know). */
    OWN_LOOKUP_DISAGREES,
    SMELTER_NOT_YET_IDENTIFIED,
    DUPLICATE_SMELTER,
    INCOMPLETE_SMELTER_LIST,
    COVERED_COUNTRY_SOURCING,
    LOW_SUPPLIER_RESPONSE,
    POLICY_URL_MISSING,
    RECYCLED_CLAIM_INCONSISTENT,
    SANCTIONED_SMELTER,
    COMPANY_LEVEL_DECLARATION,
    OUTDATED_TEMPLATE,
    MACRO_ENABLED_WORKBOOK,
    /** Q1 "Yes", Q2 "No": used in the process, not in the product; the CMRT asks nothing more about the metal. */
    OUT_OF_SCOPE_METAL,
    /** A listed smelter lies in the DRC or an adjoining country (the registry's country, or the row's own). */
    COVERED_COUNTRY_SMELTER,
    /**
     * EMRT question 3 "Yes": some of the mineral comes from a conflict-affected and high-risk area (the OECD's CAHRA,
     * which the EMRT asks about instead of the CMRT's "covered countries").
     */
    CAHRA_SOURCING,
    /** An EMRT smelter the registry places in a country the company flags as a CAHRA (registry, Countries). */
    CAHRA_SMELTER;

    private static final Set<FindingCode> RED_FLAGS = Set.of(COVERED_COUNTRY_SOURCING, COVERED_COUNTRY_SMELTER,
            SANCTIONED_SMELTER, INCOMPLETE_SMELTER_LIST, SMELTER_NOT_YET_IDENTIFIED, CAHRA_SOURCING, CAHRA_SMELTER);

    /** A red flag puts an otherwise acceptable declaration into risk review. */
    public boolean isRedFlag() {
        return RED_FLAGS.contains(this);
    }
}
