package org.oretrace.intake.application;

import org.junit.jupiter.api.Test;
import org.oretrace.intake.domain.Channel;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.Finding;
import org.oretrace.intake.domain.FindingCode;
import org.oretrace.intake.domain.Severity;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.intake.domain.StoredFile;
import org.oretrace.intake.infrastructure.CmrtReader;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.intake.testing.CmrtFile.SmelterLine;
import org.oretrace.intake.testing.LookupEntry;
import org.oretrace.intake.testing.TemplateLookup;
import org.oretrace.intake.testing.TemplateSmelterDirectory;
import org.oretrace.intake.testing.Templates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A row chosen by name is also resolved with the file's own Smelter Look-up, as the template's formula does, and
 * cross-checked with the registry. The file is the real 6.5 template filled with POI (no cached formula results);
 * its look-up sheet is edited the way an older or forged list would differ.
 */
class OwnLookupCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");
    private static final TemplateSmelterDirectory REGISTRY = TemplateSmelterDirectory.ofVersions(Templates.CMRT_VERSIONS);
    private static final String INVENTED = "Zeta Foundry Trading Name";

    private final List<LookupEntry> lookup = TemplateLookup.of("6.5");
    private final int first = firstTin(null);
    private final int second = firstTin(lookup.get(first).smelterId());

    @Test
    void whenTheFilesLookupGivesAnotherIdTheRegistrysStandsAndAWarningNamesBoth() {
        LookupEntry chosen = lookup.get(first);
        String other = lookup.get(second).smelterId();
        Declaration d = read(CmrtFile.of("6.5").noSmelters().smelter(SmelterLine.byLookup("Tin", chosen.lookupName()))
                .lookupCell("E" + sheetRow(first), other));

        assertThat(d.getSmelters()).singleElement().extracting(SmelterRow::getResolvedSmelterId).isEqualTo(chosen.smelterId());
        Finding f = only(d);
        assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
        assertThat(f.getCell()).isEqualTo("C5");
        assertThat(f.getMessage()).contains(other).contains(chosen.smelterId()).contains(chosen.lookupName());
    }

    @Test
    void aNameOnlyTheFilesLookupKnowsResolvesToItsIdWhenTheRegistryKnowsTheIdForTheMetal() {
        LookupEntry renamed = lookup.get(first);
        Declaration d = read(CmrtFile.of("6.5").noSmelters().smelter(SmelterLine.byLookup("Tin", INVENTED))
                .lookupCell("B" + sheetRow(first), INVENTED));

        assertThat(d.getSmelters()).singleElement().satisfies(row -> {
            assertThat(row.getResolvedSmelterId()).isEqualTo(renamed.smelterId());
            assertThat(row.getMatchMethod()).isEqualTo("OWN_LOOKUP");
        });
        assertThat(d.getFindings()).extracting(Finding::getCode)
                .doesNotContain(FindingCode.OWN_LOOKUP_DISAGREES, FindingCode.UNRESOLVED_SMELTER);
    }

    @Test
    void anIdTheRegistryDoesNotKnowIsNeverTakenAndSaysSo() {
        Declaration d = read(CmrtFile.of("6.5").noSmelters().smelter(SmelterLine.byLookup("Tin", INVENTED))
                .lookupCell("B" + sheetRow(first), INVENTED).lookupCell("E" + sheetRow(first), "CID999999"));

        assertThat(d.getSmelters()).singleElement().extracting(SmelterRow::getResolvedSmelterId).isNull();
        assertThat(only(d).getMessage()).contains("CID999999").contains("does not know");
    }

    @Test
    void anUnchangedLookupAgreesWithTheRegistryOnEveryRow() {
        CmrtFile file = CmrtFile.of("6.5").noSmelters();
        lookup.stream().filter(e -> e.metal().equals("Tin") && e.smelterId() != null)
                .forEach(e -> file.smelter(SmelterLine.byLookup("Tin", e.lookupName())));
        Declaration d = read(file);
        assertThat(d.getFindings()).extracting(Finding::getCode).doesNotContain(FindingCode.OWN_LOOKUP_DISAGREES);
    }

    private int firstTin(String except) {
        for (int i = 0; i < lookup.size(); i++) {
            LookupEntry e = lookup.get(i);
            if (e.metal().equals("Tin") && e.smelterId() != null && !e.smelterId().equals(except)
                    && e.lookupName().equals(e.standardName())) {
                return i;
            }
        }
        throw new IllegalStateException("no tin smelter in the 6.5 look-up");
    }

    /** The look-up sheet's data start in row 5, without gaps. */
    private static int sheetRow(int index) {
        return index + 5;
    }

    private static Finding only(Declaration d) {
        List<Finding> found = d.getFindings().stream().filter(f -> f.getCode() == FindingCode.OWN_LOOKUP_DISAGREES).toList();
        assertThat(found).as("%s", d.getFindings()).hasSize(1);
        return found.get(0);
    }

    private static Declaration read(CmrtFile file) {
        StoredFile stored = new StoredFile(new byte[]{1}, "cmrt.xlsx", NOW, "alice", Channel.UPLOAD);
        Declaration d = new Declaration(stored, "cmrt.xlsx", Channel.UPLOAD, NOW, "alice");
        new DeclarationReading(new CmrtReader(), REGISTRY).read(d, file.toBytes(), TODAY, NOW);
        assertThat(d.getRejectionCode()).isNull();
        return d;
    }
}
