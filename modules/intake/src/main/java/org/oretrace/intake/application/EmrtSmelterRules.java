package org.oretrace.intake.application;

import org.oretrace.intake.domain.Finding;
import org.oretrace.intake.domain.FindingCode;
import org.oretrace.intake.domain.Severity;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.intake.infrastructure.EmrtContent;
import org.oretrace.intake.infrastructure.EmrtContent.EmrtAnswer;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.smelter.SmelterId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An EMRT's Smelter List and answers beyond its Checker ({@link EmrtRules}), with the registry's facts about the rows
 * the matcher resolved, as {@link SmelterListRules} checks a CMRT's: a typed ID the registry does not know or knows for
 * another mineral, a row waiting for review, a smelter listed twice; and the red flags that send the declaration to
 * the same risk review as a CMRT's:
 * <ul>
 * <li>a sanctioned smelter ({@link RedFlags#sanctioned});</li>
 * <li>a "Smelter not yet identified" row, or question 6 or 7 "No" for a mineral in scope: the list is incomplete;</li>
 * <li>question 3 "Yes": some of the mineral comes from a conflict-affected and high-risk area (CAHRA);</li>
 * <li>a smelter the registry places in a country the company flags as a CAHRA ({@link RedFlags#cahra}).</li>
 * </ul>
 * The EMRT has no "covered countries" (the DRC and its neighbours are Rule 13p-1's, i.e. the 3TG's): it asks about
 * CAHRAs, which the OECD defines by circumstances, not by a list of countries. So no EMRT row is flagged for lying in
 * a covered country, and a typed country of a smelter the registry does not know flags nothing.
 */
final class EmrtSmelterRules {

    private static final String SMELTER_LIST = "Smelter List";
    private static final String DECLARATION = "Declaration";

    private final SmelterDirectory directory;

    EmrtSmelterRules(SmelterDirectory directory) {
        this.directory = directory;
    }

    List<Finding> check(EmrtContent c) {
        List<Finding> out = new ArrayList<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        for (SmelterRow row : c.smelters()) {
            int r = row.getRow();
            if (row.isNotYetIdentified()) {
                out.add(new Finding(FindingCode.SMELTER_NOT_YET_IDENTIFIED, Severity.WARNING, "Row " + r
                        + " says the smelter or processor is not yet identified. Please name it when you know it.",
                        SMELTER_LIST, "C" + r));
                continue;
            }
            String typedId = row.getSmelterIdInput();
            Optional<SmelterDirectory.Facts> typedFacts = typedId == null ? Optional.empty()
                    : directory.facts(SmelterId.canonicalOrTyped(typedId));
            Optional<SmelterDirectory.Facts> facts = Optional.ofNullable(row.getResolvedSmelterId()).flatMap(directory::facts);
            Optional<Metal> mineral = Metal.fromText(row.getMetal());
            if (typedId != null && typedFacts.isEmpty()) {
                out.add(error(FindingCode.UNKNOWN_SMELTER_ID, "Row " + r + ": the smelter ID '" + typedId + "' is not in "
                        + "the RMI list. Please check it, or choose the smelter by name.", "A" + r));
            } else if (typedId != null && mineral.isPresent() && typedFacts.get().metal() != mineral.get()) {
                out.add(error(FindingCode.SMELTER_ID_METAL_MISMATCH, "Row " + r + ": smelter " + typedId + " ("
                        + typedFacts.get().name() + ") processes " + typedFacts.get().metal().displayName() + ", not "
                        + row.getMetal() + ".", "B" + r));
            } else if ("UNRESOLVED".equals(row.getMatchMethod()) && row.nameForMatching() != null) {
                out.add(new Finding(FindingCode.UNRESOLVED_SMELTER, Severity.WARNING, "Row " + r + ": we could not "
                        + "identify the " + (row.getMetal() == null ? "" : row.getMetal().toLowerCase(Locale.ROOT)
                        + " ") + "smelter or processor '" + row.nameForMatching() + "'" + (row.getCountry() == null ? ""
                        : " (" + row.getCountry() + ")") + "; it is waiting for review.", SMELTER_LIST, "C" + r));
            }
            RedFlags.sanctioned(row, facts, typedId != null, out);
            RedFlags.cahra(row, facts, typedId != null, out);
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
        for (Metal m : EmrtRules.inScope(c)) {
            answered(c.answer("3", m), "Yes").ifPresent(a -> out.add(warning(FindingCode.CAHRA_SOURCING, m.displayName()
                    + " comes at least in part from a conflict-affected and high-risk area (question 3). We will ask "
                    + "for the due diligence on these smelters and processors.", a)));
            for (String q : List.of("6", "7")) {
                answered(c.answer(q, m), "No").ifPresent(a -> out.add(warning(FindingCode.INCOMPLETE_SMELTER_LIST,
                        "Question " + q + " says that not all smelters or processors for " + m.displayName() + " are "
                                + ("6".equals(q) ? "identified" : "reported") + ", so the Smelter List is incomplete.", a)));
            }
        }
        return out;
    }

    private static Optional<EmrtAnswer> answered(EmrtAnswer a, String value) {
        return Optional.ofNullable(a).filter(x -> x.answer() != null && x.answer().strip().equalsIgnoreCase(value));
    }

    private static Finding warning(FindingCode code, String message, EmrtAnswer a) {
        return new Finding(code, Severity.WARNING, message, DECLARATION, "D" + a.row());
    }

    private static Finding error(FindingCode code, String message, String cell) {
        return new Finding(code, Severity.ERROR, message, SMELTER_LIST, cell);
    }
}
