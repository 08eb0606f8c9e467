package org.oretrace.intake.application;

import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.Finding;
import org.oretrace.intake.domain.FindingCode;
import org.oretrace.intake.domain.Severity;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.intake.domain.Text;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.smelter.SmelterId;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.oretrace.intake.application.DeclarationRules.METALS;
import static org.oretrace.intake.application.DeclarationRules.SMELTER_LIST;
import static org.oretrace.intake.application.DeclarationRules.answerCell;
import static org.oretrace.intake.application.DeclarationRules.error;
import static org.oretrace.intake.application.DeclarationRules.smelterError;
import static org.oretrace.intake.application.DeclarationRules.warning;

/**
 * The Smelter List's rules beyond RMI's Checker, part of {@link DeclarationRules}: each row's metal, ID and name
 * against the registry's facts (the smelter resolved, its metal, sanctions, RMAP), duplicates, and rows recycled
 * from another metal.
 */
final class SmelterListRules {

    private final SmelterDirectory directory;

    SmelterListRules(SmelterDirectory directory) {
        this.directory = directory;
    }

    void check(Declaration d, Map<Metal, CheckerRules.MetalScope> scopes, List<Finding> out) {
        Map<Metal, Integer> rowsPerMetal = new EnumMap<>(Metal.class);
        Map<String, Integer> firstRowOf = new HashMap<>();
        Map<Metal, List<SmelterRow>> byMetal = new EnumMap<>(Metal.class);
        for (SmelterRow row : d.getSmelters()) {
            int r = row.getRow();
            Optional<SmelterDirectory.Facts> facts = Optional.ofNullable(row.getResolvedSmelterId())
                    .flatMap(directory::facts);
            Optional<Metal> typedMetal = Metal.fromText(row.getMetal());
            if (row.getMetal() != null && (typedMetal.isEmpty() || !METALS.contains(typedMetal.get()))) {
                out.add(smelterError(FindingCode.INVALID_ANSWER, "Row " + r + ": '" + row.getMetal()
                        + "' is not one of the metals tin, tantalum, tungsten or gold.", "B" + r));
            }
            if (row.getMetal() == null && row.getSmelterIdInput() == null) {
                out.add(smelterError(FindingCode.MISSING_REQUIRED_FIELD, "Row " + r + ": the metal is missing.",
                        "B" + r));
            }
            if (row.getSmelterIdInput() == null && row.getLookupName() == null && row.getName() == null) {
                out.add(smelterError(FindingCode.MISSING_REQUIRED_FIELD, "Row " + r
                        + ": please choose the smelter in the look-up column (or 'Smelter not listed').", "C" + r));
            }
            Metal metal = typedMetal.filter(METALS::contains).orElse(facts.map(SmelterDirectory.Facts::metal).orElse(null));
            if (metal != null) {
                byMetal.computeIfAbsent(metal, m -> new ArrayList<>()).add(row);
                // the Checker counts a row of the metal whose column C names a smelter (typed, or looked up by ID)
                if (row.getLookupName() != null || typedIdFacts(row).isPresent()) {
                    rowsPerMetal.merge(metal, 1, Integer::sum);
                }
            }
            if (row.isNotListed() && (row.getName() == null || row.getCountry() == null)) {
                out.add(smelterError(FindingCode.NOT_LISTED_INCOMPLETE, "Row " + r + " is 'Smelter not listed' "
                        + "without the smelter's " + (row.getName() == null ? "name" : "country")
                        + ". Please give its name (column D) and country (column E).",
                        (row.getName() == null ? "D" : "E") + r));
            }
            if (row.isNotYetIdentified()) {
                out.add(new Finding(FindingCode.SMELTER_NOT_YET_IDENTIFIED, Severity.WARNING, "Row " + r
                        + " says the smelter is not yet identified. Please name it when you know it.",
                        SMELTER_LIST, "C" + r));
                continue;
            }
            String typedId = row.getSmelterIdInput();
            Optional<SmelterDirectory.Facts> typedFacts = typedId == null ? Optional.empty()
                    : directory.facts(SmelterId.canonicalOrTyped(typedId));
            if (typedId != null && typedFacts.isEmpty()) {
                out.add(smelterError(FindingCode.UNKNOWN_SMELTER_ID, "Row " + r + ": the smelter ID '" + typedId
                        + "' is not in the RMI list. Please check it, or choose the smelter by name.", "A" + r));
            } else if (typedId != null && typedMetal.isPresent() && typedFacts.get().metal() != typedMetal.get()) {
                out.add(smelterError(FindingCode.SMELTER_ID_METAL_MISMATCH, "Row " + r + ": smelter " + typedId
                        + " (" + typedFacts.get().name() + ") processes " + typedFacts.get().metal().displayName()
                        + ", not " + row.getMetal() + ".", "B" + r));
            } else if (typedId == null && facts.isPresent() && typedMetal.isPresent()
                    && facts.get().metal() != typedMetal.get()) {
                out.add(smelterError(FindingCode.METAL_LOOKUP_MISMATCH, "Row " + r + ": '" + row.nameForMatching()
                        + "' is a " + facts.get().metal().displayName() + " smelter, but the row says "
                        + row.getMetal() + ".", "C" + r));
            } else if (typedId == null && facts.isEmpty() && typedMetal.isPresent() && row.nameForMatching() != null
                    && !row.isNotListed() && otherMetalKnows(row)) {
                out.add(smelterError(FindingCode.METAL_LOOKUP_MISMATCH, "Row " + r + ": '" + row.nameForMatching()
                        + "' is not a " + row.getMetal() + " smelter in the RMI list; it is listed for another metal. "
                        + "Please check the metal (column B) and the smelter (column C).", "C" + r));
            }
            if ("UNRESOLVED".equals(row.getMatchMethod()) && typedId == null && !hasMismatch(out, r)) {
                out.add(new Finding(FindingCode.UNRESOLVED_SMELTER, Severity.WARNING, "Row " + r + ": we could not "
                        + "identify the smelter '" + row.nameForMatching() + "'" + (row.getCountry() == null ? ""
                        : " (" + row.getCountry() + ")") + "; it is waiting for review.", SMELTER_LIST, "C" + r));
            }
            RedFlags.smelter(row, facts, typedId != null, out);
            String id = row.getResolvedSmelterId();
            if (id != null) {
                Integer first = firstRowOf.putIfAbsent(id, r);
                if (first != null) {
                    out.add(new Finding(FindingCode.DUPLICATE_SMELTER, Severity.WARNING, "Row " + r
                            + " lists the same smelter (" + id + ") as row " + first + ".", SMELTER_LIST,
                            (typedId != null ? "A" : "C") + r));
                }
            }
        }
        for (Metal metal : METALS) {
            CheckerRules.MetalScope scope = scopes.get(metal);
            int rows = rowsPerMetal.getOrDefault(metal, 0);
            List<SmelterRow> listed = byMetal.getOrDefault(metal, List.of());
            if (scope.detailsRequired() && rows == 0) {
                out.add(error(FindingCode.METAL_WITHOUT_SMELTERS, metal.displayName() + " is not excluded by questions 1 "
                        + "and 2, but the Smelter List has no " + metal.displayName() + " row with a smelter chosen in "
                        + "column C. Please list the smelters, or 'Smelter not yet identified'.", answerCell("1", metal)));
            } else if (CheckerRules.no(scope.q1()) && !listed.isEmpty()) {
                out.add(smelterError(FindingCode.SMELTERS_FOR_UNDECLARED_METAL, "The Smelter List has " + listed.size()
                        + " " + metal.displayName() + " smelter(s), but question 1 says " + metal.displayName()
                        + " is not used. Please correct question 1, or remove these rows.", "B" + listed.get(0).getRow()));
            } else if (scope.outOfScope() && !listed.isEmpty()) {
                out.add(new Finding(FindingCode.SMELTERS_FOR_UNDECLARED_METAL, Severity.WARNING, "The Smelter List has "
                        + listed.size() + " " + metal.displayName() + " smelter(s), but question 2 puts "
                        + metal.displayName() + " out of scope (not in the product): they are kept but not counted.",
                        SMELTER_LIST, "B" + listed.get(0).getRow()));
            }
            if (scope.inScope() && d.answer("5", metal).map(a -> a.is("Yes")).orElse(false)) {
                recycled(metal, listed, out);
            }
        }
    }

    private Optional<SmelterDirectory.Facts> typedIdFacts(SmelterRow row) {
        return row.getSmelterIdInput() == null ? Optional.empty() : directory.facts(SmelterId.canonicalOrTyped(row.getSmelterIdInput()));
    }

    private static boolean hasMismatch(List<Finding> out, int row) {
        return out.stream().anyMatch(f -> f.getCode() == FindingCode.METAL_LOOKUP_MISMATCH
                && ("C" + row).equals(f.getCell()));
    }

    /** The look-up name belongs to a smelter of another metal (the supplier picked the wrong metal first). */
    private boolean otherMetalKnows(SmelterRow row) {
        Metal typed = Metal.fromText(row.getMetal()).orElse(null);
        for (Metal other : METALS) {
            if (other != typed && directory.resolve(other, row.nameForMatching(), row.getCountry(), null).resolved()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Question 5 "Yes" claims that every smelter of the metal works from recycled or scrap material. A row
     * contradicts it when column P says "No" or the registry knows the smelter is no recycler; a row supports it
     * when column P says "Yes" or the registry knows the smelter as a recycler; any other row leaves the claim
     * unconfirmed (the registry knows few recyclers, so this is a warning, not an error).
     */
    private void recycled(Metal metal, List<SmelterRow> rows, List<Finding> out) {
        List<Integer> saysNo = new ArrayList<>();
        List<Integer> notRecyclers = new ArrayList<>();
        List<Integer> unconfirmed = new ArrayList<>();
        for (SmelterRow row : rows) {
            if (row.isNotYetIdentified()) {
                continue;
            }
            Boolean recycler = Optional.ofNullable(row.getResolvedSmelterId()).flatMap(directory::facts)
                    .map(SmelterDirectory.Facts::recycler).orElse(null);
            String columnP = row.getRecycledOrScrap();
            if (Text.equalsIgnoreCase(columnP, "No")) {
                saysNo.add(row.getRow());
            } else if (Boolean.FALSE.equals(recycler)) {
                notRecyclers.add(row.getRow());
            } else if (!Text.equalsIgnoreCase(columnP, "Yes") && !Boolean.TRUE.equals(recycler)) {
                unconfirmed.add(row.getRow());
            }
        }
        List<String> problems = new ArrayList<>();
        if (!saysNo.isEmpty()) {
            problems.add(rows(saysNo) + (saysNo.size() == 1 ? " says" : " say")
                    + " the smelter is not 100% recycled or scrap (column P)");
        }
        if (!notRecyclers.isEmpty()) {
            problems.add(rows(notRecyclers) + (notRecyclers.size() == 1 ? " names a smelter that is not a recycler"
                    : " name smelters that are not recyclers") + " of " + metal.displayName());
        }
        if (!unconfirmed.isEmpty()) {
            problems.add("for " + rows(unconfirmed) + " neither column P nor our smelter registry says the smelter "
                    + "is a recycler");
        }
        if (!problems.isEmpty()) {
            out.add(warning(FindingCode.RECYCLED_CLAIM_INCONSISTENT, "Question 5 says all " + metal.displayName()
                    + " comes from recycled or scrap sources, but in the Smelter List " + String.join("; ", problems)
                    + ". Please correct question 5, or answer column P for each smelter.", answerCell("5", metal)));
        }
    }

    /** "row 6" or "rows 6, 9 and 12", at most ten numbers. */
    private static String rows(List<Integer> rows) {
        if (rows.size() == 1) {
            return "row " + rows.get(0);
        }
        List<String> shown = rows.stream().limit(10).map(String::valueOf).toList();
        String more = rows.size() > 10 ? " and " + (rows.size() - 10) + " more" : "";
        return "rows " + String.join(", ", shown.subList(0, shown.size() - (more.isEmpty() ? 1 : 0)))
                + (more.isEmpty() ? " and " + shown.get(shown.size() - 1) : more);
    }
}
