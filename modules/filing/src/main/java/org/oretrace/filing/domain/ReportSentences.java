package org.oretrace.filing.domain;

import org.oretrace.kernel.Metal;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The placeholders whose value is a sentence or a list rather than one number, computed from the year's facts: the
 * campaign's scope, the RMAP counts per metal, the named sanctioned and covered-country smelters with the action taken,
 * and the conclusion of the inquiry. A value that starts lines with "- " becomes bullets when the placeholder stands on a
 * line of its own (the text is filled before it is split into paragraphs and bullets).
 */
public final class ReportSentences {

    public static final String SCOPE_CATEGORIES = "scopeCategories";
    public static final String RMAP_PER_METAL = "rmapPerMetal";
    public static final String FLAGGED_SMELTERS = "flaggedSmelters";
    public static final String RCOI_CONCLUSION = "rcoiConclusion";

    /** Said of a sanctioned smelter when no decision is recorded: unknown things are called unknown. */
    static final String NO_ACTION = "no action recorded";

    private static final NumberFormat N = NumberFormat.getIntegerInstance(Locale.US);

    private ReportSentences() {
    }

    public static Map<String, String> values(Filing filing, FilingFacts facts) {
        Map<String, String> v = new HashMap<>();
        for (Narrative.Field f : Narrative.Field.values()) {
            v.put(f.placeholder(), filing.getNarrative().printed(f));
        }
        v.put(SCOPE_CATEGORIES, scope(facts));
        v.put(RMAP_PER_METAL, rmapPerMetal(facts));
        v.put(FLAGGED_SMELTERS, flagged(facts));
        v.put(RCOI_CONCLUSION, conclusion(facts));
        return v;
    }

    /** "the categories Electrical (22 suppliers), Ferrous (30 suppliers) and Metallic (25 suppliers)". */
    static String scope(FilingFacts facts) {
        if (facts.scopeCategories().isEmpty()) {
            return "the year's campaign (no supplier categories are recorded for it)";
        }
        List<String> parts = new ArrayList<>();
        for (FilingFacts.ScopeCategory c : facts.scopeCategories()) {
            String who = c.name() == null ? "suppliers without a category" : c.name();
            parts.add(who + " (" + count(c.solicited(), "supplier") + ")");
        }
        return (parts.size() == 1 ? "the category " : "the categories ") + join(parts);
    }

    /** One bullet per conflict mineral: smelters identified and their RMAP status on the as-of date. */
    static String rmapPerMetal(FilingFacts facts) {
        List<String> lines = new ArrayList<>();
        // in Annex A's order: by the metal's name (Gold, Tantalum, Tin, Tungsten)
        for (Metal m : java.util.Arrays.stream(Metal.values()).filter(Metal::isConflictMineral)
                .sorted(java.util.Comparator.comparing(Metal::displayName)).toList()) {
            long total = value(facts, FilingFacts.perMetal("smelters", m));
            if (total == 0) {
                lines.add("- " + m.displayName() + ": no smelter or refiner was identified.");
                continue;
            }
            lines.add("- " + m.displayName() + ": " + count(total, "smelter or refiner", "smelters and refiners")
                    + " identified; " + N.format(value(facts, FilingFacts.perMetal(RmapCategory.CONFORMANT.key(), m)))
                    + " conformant, " + N.format(value(facts, FilingFacts.perMetal(RmapCategory.ACTIVE.key(), m)))
                    + " active, " + N.format(value(facts, FilingFacts.perMetal(RmapCategory.NOT_CONFORMANT.key(), m)))
                    + " not conformant, and " + N.format(value(facts, FilingFacts.perMetal(RmapCategory.UNKNOWN.key(), m)))
                    + " of unknown RMAP status.");
        }
        return String.join("\n", lines);
    }

    /** A paragraph introducing one bullet per named smelter, or a sentence that there is none. */
    static String flagged(FilingFacts facts) {
        if (facts.flaggedSmelters().isEmpty()) {
            return "None of the smelters and refiners identified was confirmed as subject to sanctions or located in the "
                    + "Covered Countries.";
        }
        StringBuilder s = new StringBuilder("The smelters and refiners identified that are subject to sanctions or located "
                + "in the Covered Countries, with the decision and action recorded for each:");
        for (FilingFacts.FlaggedSmelter f : facts.flaggedSmelters()) {
            List<String> why = new ArrayList<>();
            if (f.sanctioned()) {
                why.add("subject to sanctions (screening hit confirmed)");
            }
            if (f.coveredCountry()) {
                why.add("located in a Covered Country");
            }
            String status = f.rmapStatus() == null || f.rmapStatus().isBlank() ? "Unknown" : f.rmapStatus();
            s.append("\n- ").append(f.name()).append(" (").append(f.metal()).append(", ")
                    .append(f.country() == null ? "country unknown" : f.country()).append("): ").append(String.join(" and ", why))
                    .append("; RMAP status as of ").append(Report.LONG_DATE.format(facts.asOf())).append(": ").append(status)
                    .append("; ").append(action(f)).append('.');
        }
        return s.toString();
    }

    /** The decision recorded (the sanctions hit's reason), else honestly that none is recorded. */
    private static String action(FilingFacts.FlaggedSmelter f) {
        if (f.action() != null && !f.action().isBlank()) {
            return "action recorded: " + f.action().strip().replaceAll("[.\\s]+$", "");
        }
        // a conformant covered-country smelter: the report relies on the RMAP audit (OECD step 4), which is no action of ours
        return "Conformant".equalsIgnoreCase(f.rmapStatus()) ? NO_ACTION + " (we rely on its RMAP conformance)" : NO_ACTION;
    }

    /** What the inquiry concluded, from the answers and the smelters (the reason due diligence followed). */
    static String conclusion(FilingFacts facts) {
        long q3 = value(facts, FilingFacts.SUPPLIERS_COVERED_SOURCING);
        long covered = value(facts, FilingFacts.SMELTERS_COVERED);
        long solicited = value(facts, FilingFacts.SUPPLIERS_SOLICITED);
        long responded = value(facts, FilingFacts.SUPPLIERS_RESPONDED);
        List<String> reasons = new ArrayList<>();
        if (q3 > 0) {
            reasons.add(count(q3, "supplier") + " indicated that conflict minerals in their products may have originated"
                    + " in the Covered Countries");
        }
        if (covered > 0) {
            reasons.add(count(covered, "smelter or refiner", "smelters and refiners") + " identified "
                    + (covered == 1 ? "is" : "are") + " located in the Covered Countries");
        }
        if (responded < solicited) {
            reasons.add(N.format(solicited - responded) + " of the " + N.format(solicited) + " suppliers solicited did not respond");
        }
        long company = value(facts, FilingFacts.DECLARATIONS_COMPANY);
        if (company > 0) {
            reasons.add(N.format(company) + " of the " + N.format(value(facts, FilingFacts.DECLARATIONS_ACCEPTED))
                    + " declarations accepted were made at company level rather than for the products supplied to us");
        }
        if (reasons.isEmpty()) {
            return "Based on our RCOI, we had no reason to believe that our necessary conflict minerals may have originated "
                    + "in the Covered Countries; we nevertheless exercised due diligence as described below.";
        }
        return "Based on our RCOI, we were not able to determine that our necessary conflict minerals did not originate in "
                + "the Covered Countries or that they came from recycled or scrap sources, because " + join(reasons)
                + ". We therefore exercised due diligence on their source and chain of custody.";
    }

    private static long value(FilingFacts facts, String key) {
        return facts.fact(key).map(Fact::value).orElse(0L);
    }

    private static String count(long n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(long n, String one, String many) {
        return N.format(n) + " " + (n == 1 ? one : many);
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
