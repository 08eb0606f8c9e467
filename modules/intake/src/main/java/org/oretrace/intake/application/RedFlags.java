package org.oretrace.intake.application;

import org.oretrace.intake.domain.Finding;
import org.oretrace.intake.domain.FindingCode;
import org.oretrace.intake.domain.Severity;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.kernel.country.Countries;
import org.oretrace.kernel.country.Country;

import java.util.List;
import java.util.Optional;

/**
 * Red flags of one smelter row: a smelter on a sanctions list, or one in a covered country (CMRT) or in a country the
 * company flags as a CAHRA (EMRT: the EMRT knows no covered countries, see {@link EmrtSmelterRules}). They are not the
 * supplier's mistakes, so they are warnings, but each is a risk that a compliance officer must assess before the
 * declaration counts as accepted (see {@link FindingCode#isRedFlag()}). The other red flags come from the answers
 * (Q3 "Yes", Q7/Q8 "No") and from "Smelter not yet identified" rows.
 */
final class RedFlags {

    private static final String SMELTER_LIST = "Smelter List";

    private RedFlags() {
    }

    /** A CMRT row: sanctioned, or in a covered country. */
    static void smelter(SmelterRow row, Optional<SmelterDirectory.Facts> facts, boolean typedId, List<Finding> out) {
        sanctioned(row, facts, typedId, out);
        coveredCountry(row, facts, typedId, out);
    }

    /** The registry's word that the row's smelter is sanctioned (a confirmed hit on a list still in force). */
    static void sanctioned(SmelterRow row, Optional<SmelterDirectory.Facts> facts, boolean typedId, List<Finding> out) {
        int r = row.getRow();
        if (facts.isPresent() && facts.get().sanctioned()) {
            out.add(new Finding(FindingCode.SANCTIONED_SMELTER, Severity.WARNING, "Row " + r + ": " + facts.get().name()
                    + " (" + facts.get().smelterId() + ") is on a sanctions list. Please confirm whether this smelter "
                    + "is in your supply chain and tell us your plan to remove it.", SMELTER_LIST, (typedId ? "A" : "C") + r));
        }
    }

    /**
     * An EMRT row whose smelter the registry places in a country the company flags as a CAHRA. Only resolved rows: the
     * registry's CAHRA flags are asked through the smelter's facts, and a country typed for an unknown smelter is no
     * evidence of where it really is (the supplier answers for its sourcing in question 3).
     */
    static void cahra(SmelterRow row, Optional<SmelterDirectory.Facts> facts, boolean typedId, List<Finding> out) {
        if (facts.isPresent() && facts.get().cahra()) {
            int r = row.getRow();
            out.add(new Finding(FindingCode.CAHRA_SMELTER, Severity.WARNING, "Row " + r + ": " + facts.get().name()
                    + " (" + facts.get().smelterId() + ") is in " + facts.get().country() + ", a country we flag as "
                    + "conflict-affected or high-risk. We will assess the due diligence on this smelter.", SMELTER_LIST,
                    (typedId ? "A" : "C") + r));
        }
    }

    private static void coveredCountry(SmelterRow row, Optional<SmelterDirectory.Facts> facts, boolean typedId,
                                       List<Finding> out) {
        int r = row.getRow();
        String cell = (typedId ? "A" : "C") + r;
        String country = facts.map(SmelterDirectory.Facts::country).orElse(row.getCountry());
        if (covered(country)) {
            String who = facts.map(f -> f.name() + " (" + f.smelterId() + ")").orElse("'" + row.nameForMatching() + "'");
            out.add(new Finding(FindingCode.COVERED_COUNTRY_SMELTER, Severity.WARNING, "Row " + r + ": " + who + " is in "
                    + country + ", a covered country (the DRC or an adjoining country). We will assess the due diligence "
                    + "on this smelter.", SMELTER_LIST, facts.isPresent() ? cell : "E" + r));
        }
    }

    static boolean covered(String country) {
        return country != null && Countries.resolve(country).map(Country::isCoveredCountry).orElse(false);
    }
}
