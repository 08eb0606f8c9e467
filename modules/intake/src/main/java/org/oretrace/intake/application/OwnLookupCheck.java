package org.oretrace.intake.application;

import org.oretrace.kernel.smelter.SmelterId;
import org.oretrace.intake.domain.Finding;
import org.oretrace.intake.domain.FindingCode;
import org.oretrace.intake.domain.Severity;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.intake.infrastructure.OwnLookup;
import org.oretrace.kernel.Metal;

import java.util.List;
import java.util.Optional;

/**
 * Resolves a Smelter List row chosen by name with the file's own Smelter Look-up, the way the template's formula does
 * (cached formula results are never read: files written by tools that do not recalculate have none), and cross-checks
 * it with the registry:
 * <ul>
 * <li>both give the same ID: nothing to say;</li>
 * <li>the registry resolved the name to another ID: the registry's decision stands (it knows every version's names
 * and RMI's later corrections) and a WARNING {@link FindingCode#OWN_LOOKUP_DISAGREES} names both, so a person
 * decides — never a silent choice;</li>
 * <li>the registry could not resolve the name but knows the file's ID for the row's metal: the row resolves to it
 * (method {@code OWN_LOOKUP});</li>
 * <li>the registry does not know the file's ID (or knows it for another metal): the row stays unresolved, with the
 * same WARNING.</li>
 * </ul>
 * Rows with a typed smelter ID (column A) are the ID rules' business and are left alone.
 */
final class OwnLookupCheck {

    static final String METHOD = "OWN_LOOKUP";
    private static final String SMELTER_LIST = "Smelter List";

    private final SmelterDirectory directory;

    OwnLookupCheck(SmelterDirectory directory) {
        this.directory = directory;
    }

    SmelterDirectory.Decision check(OwnLookup own, String templateVersion, SmelterRow row, SmelterDirectory.Decision decision,
                                    List<Finding> findings) {
        if (row.getSmelterIdInput() != null || !own.isPresent()) {
            return decision;
        }
        Optional<String> ownId = own.idFor(templateVersion, row.getMetal(), row.getLookupName(), row.getName())
                .map(SmelterId::canonicalOrTyped);
        if (ownId.isEmpty()) {
            return decision;
        }
        String fileId = ownId.get();
        String name = row.nameForMatching();
        int r = row.getRow();
        if (decision.resolved()) {
            if (!decision.smelterId().equals(fileId)) {
                String registryName = directory.facts(decision.smelterId()).map(SmelterDirectory.Facts::name).orElse("");
                findings.add(new Finding(FindingCode.OWN_LOOKUP_DISAGREES, Severity.WARNING, "Row " + r + ": the Smelter "
                        + "Look-up sheet of this file gives '" + name + "' the smelter ID " + fileId + ", but RMI's list "
                        + "as we hold it gives " + decision.smelterId() + " (" + registryName + "). We count "
                        + decision.smelterId() + "; please confirm which smelter you mean.", SMELTER_LIST, "C" + r));
            }
            return decision;
        }
        Optional<Metal> metal = Metal.fromText(row.getMetal());
        Optional<SmelterDirectory.Facts> facts = directory.facts(fileId);
        if (facts.isPresent() && metal.isPresent() && facts.get().metal() == metal.get()) {
            return new SmelterDirectory.Decision(fileId, METHOD, 1.0,
                    "the file's own Smelter Look-up gives " + fileId + ", as the template's formula does");
        }
        findings.add(new Finding(FindingCode.OWN_LOOKUP_DISAGREES, Severity.WARNING, "Row " + r + ": the Smelter Look-up "
                + "sheet of this file gives '" + name + "' the smelter ID " + fileId + ", which RMI's list as we hold it "
                + (facts.isPresent() ? "has as a " + facts.get().metal().displayName() + " smelter" : "does not know")
                + ". Please check the smelter and its metal.", SMELTER_LIST, "C" + r));
        return decision;
    }
}
