package org.oretrace.intake.application;

import org.junit.jupiter.api.Test;
import org.oretrace.intake.domain.Channel;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.intake.domain.Finding;
import org.oretrace.intake.domain.FindingCode;
import org.oretrace.intake.domain.Severity;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.intake.domain.StoredFile;
import org.oretrace.intake.infrastructure.CmrtReader;
import org.oretrace.intake.testing.EmrtFile;
import org.oretrace.intake.testing.EmrtFile.SmelterLine;
import org.oretrace.intake.testing.EmrtLookup;
import org.oretrace.intake.testing.LookupEntry;
import org.oretrace.intake.testing.TemplateSmelterDirectory;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.cmrt.RmiTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * EMRT smelter rows go through the CMRT's matching (the registry's matcher: ID first, then names; method and score kept;
 * unresolved rows to the review queue with their mineral) and their red flags into the same risk review: a sanctioned
 * smelter, an incomplete list for a mineral in scope, CAHRA sourcing (question 3) and a smelter in a country flagged as
 * a CAHRA; never a "covered country". Real EMRT 2.1 and 1.3 files filled through RMI's templates; the registry's real
 * matcher over the CMRT 6.5 and EMRT look-up lists.
 */
class EmrtSmelterMatchingTest {

    private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private static Declaration read(byte[] file, TemplateSmelterDirectory directory, List<SmelterRow> unresolvedOut) {
        Declaration d = new Declaration(new StoredFile(file, "emrt.xlsx", NOW, "alice", Channel.UPLOAD), "emrt.xlsx",
                Channel.UPLOAD, NOW, "alice");
        unresolvedOut.addAll(new DeclarationReading(new CmrtReader(), new RememberingDirectory(directory))
                .read(d, file, TODAY, NOW, Set.of(RmiTemplate.CMRT, RmiTemplate.EMRT)));
        return d;
    }

    private static List<String> codes(Declaration d) {
        return d.getFindings().stream().map(f -> f.getCode() + "@" + f.getCell()).toList();
    }

    @Test
    void rowsAreMatchedByIdThenNameWithMethodAndScoreAndTheUnknownOneGoesToReviewWithItsMineral() {
        LookupEntry cobalt = EmrtLookup.smelters("2.1", "Cobalt", 2).get(0);
        LookupEntry byId = EmrtLookup.smelters("2.1", "Cobalt", 2).get(1);
        LookupEntry copper = EmrtLookup.smelters("2.1", "Copper", 1).get(0);
        byte[] file = EmrtFile.of("2.1").noSmelters()
                .smelter(SmelterLine.byLookup("Cobalt", cobalt.lookupName()))
                .smelter(new SmelterLine(byId.smelterId(), "Cobalt", null, null, null))
                .smelter(SmelterLine.byLookup("Copper", copper.lookupName()))
                .smelter(SmelterLine.notListed("Cobalt", "Qwertzuiop Cobalt Works", "ZAMBIA")).toBytes();
        TemplateSmelterDirectory directory = TemplateSmelterDirectory.withEmrt("6.5", "2.1");
        List<SmelterRow> unresolved = new java.util.ArrayList<>();
        Declaration d = read(file, directory, unresolved);

        assertThat(d.getTemplate()).isEqualTo(RmiTemplate.EMRT);
        assertThat(d.getEmrtSmelters()).extracting(SmelterRow::getRow, SmelterRow::getResolvedSmelterId, SmelterRow::getMatchMethod,
                        SmelterRow::getMatchScore)
                .containsExactly(tuple(5, cobalt.smelterId(), "EXACT_ALIAS", 1.0), tuple(6, byId.smelterId(), "SMELTER_ID", 1.0),
                        tuple(7, copper.smelterId(), "EXACT_ALIAS", 1.0),
                        tuple(8, null, "UNRESOLVED", d.getEmrtSmelters().get(3).getMatchScore()));
        assertThat(d.getEmrtSmelters().get(3).getMatchScore()).isBetween(0.0, 0.99);
        assertThat(unresolved).extracting(SmelterRow::getRow, SmelterRow::getMetal, SmelterRow::nameForMatching)
                .containsExactly(tuple(8, "Cobalt", "Qwertzuiop Cobalt Works"));
        assertThat(d.getFindings()).filteredOn(f -> f.getCode() == FindingCode.UNRESOLVED_SMELTER)
                .extracting(Finding::getCell, Finding::getSeverity).containsExactly(tuple("C8", Severity.WARNING));
        assertThat(d.redFlagCount()).isZero();
        assertThat(d.getStatus()).as("%s", d.getFindings()).isEqualTo(DeclarationStatus.ACCEPTED);
    }

    @Test
    void aSanctionedSmelterAndAnIncompleteListForAMineralInScopeAreRedFlagsForTheRiskReview() {
        LookupEntry cobalt = EmrtLookup.smelters("2.1", "Cobalt", 1).get(0);
        EmrtFile emrt = EmrtFile.of("2.1");
        byte[] file = emrt.answer(6, Metal.COPPER, "No").answer(7, Metal.COBALT, "No").toBytes();
        TemplateSmelterDirectory directory = TemplateSmelterDirectory.withEmrt("6.5", "2.1").sanction(cobalt.smelterId());
        Declaration d = read(file, directory, new java.util.ArrayList<>());

        assertThat(d.getEmrtSmelters().get(0).getResolvedSmelterId()).isEqualTo(cobalt.smelterId());
        assertThat(d.redFlags()).extracting(f -> f.getCode() + "@" + f.getCell()).containsExactlyInAnyOrder(
                "SANCTIONED_SMELTER@C5",
                "INCOMPLETE_SMELTER_LIST@D" + emrt.row("6", Metal.COPPER),
                "INCOMPLETE_SMELTER_LIST@D" + emrt.row("7", Metal.COBALT));
        assertThat(d.getStatus()).isEqualTo(DeclarationStatus.RISK_REVIEW);
        assertThat(d.awaitsRiskReview()).isTrue();
    }

    @Test
    void cahraSourcingAndASmelterInACountryFlaggedAsCahraAreRedFlagsButTheEmrtKnowsNoCoveredCountries() {
        LookupEntry inDrc = EmrtLookup.of("2.1").stream().filter(e -> e.smelterId() != null
                        && e.metal().equalsIgnoreCase("Cobalt") && e.country().toUpperCase().contains("CONGO, DEMOCRATIC"))
                .findFirst().orElseThrow();
        LookupEntry copper = EmrtLookup.smelters("2.1", "Copper", 1).get(0);
        EmrtFile emrt = EmrtFile.of("2.1").noSmelters()
                .smelter(SmelterLine.byLookup("Cobalt", inDrc.lookupName()))
                .smelter(SmelterLine.byLookup("Copper", copper.lookupName()))
                .answer(3, Metal.COBALT, "Yes").comment(3, Metal.COBALT, "Some cobalt is mined in the Katanga region");
        TemplateSmelterDirectory directory = TemplateSmelterDirectory.withEmrt("6.5", "2.1").cahra(copper.smelterId());
        Declaration d = read(emrt.toBytes(), directory, new java.util.ArrayList<>());

        assertThat(d.getEmrtSmelters()).extracting(SmelterRow::getResolvedSmelterId)
                .containsExactly(inDrc.smelterId(), copper.smelterId());
        assertThat(d.redFlags()).extracting(f -> f.getCode() + "@" + f.getCell()).containsExactlyInAnyOrder(
                "CAHRA_SOURCING@D" + emrt.row("3", Metal.COBALT), "CAHRA_SMELTER@C6");
        assertThat(codes(d)).as("a cobalt refinery in the DRC is no 'covered country' red flag: that is the 3TG's rule")
                .noneMatch(c -> c.startsWith("COVERED_COUNTRY"));
        assertThat(d.getStatus()).isEqualTo(DeclarationStatus.RISK_REVIEW);
    }

    @Test
    void answersOfAMineralOutOfScopeRaiseNoRedFlagAndEmrt1xRowsAreMatchedToo() {
        // 1.3: cobalt declared, mica answered No; mica's question 6 "No" does not count, cobalt's rows match
        LookupEntry cobalt = EmrtLookup.smelters("1.3", "Cobalt", 1).get(0);
        byte[] file = EmrtFile.of("1.3").answer(6, Metal.MICA, "No").smelter(SmelterLine.byLookup("Cobalt",
                SmelterRow.NOT_YET_IDENTIFIED)).toBytes();
        TemplateSmelterDirectory directory = TemplateSmelterDirectory.withEmrt("6.5", "1.3");
        Declaration d = read(file, directory, new java.util.ArrayList<>());

        assertThat(d.getEmrtSmelters()).extracting(SmelterRow::getResolvedSmelterId, SmelterRow::getMatchMethod)
                .containsExactly(tuple(cobalt.smelterId(), "EXACT_ALIAS"), tuple(null, "NOT_YET_IDENTIFIED"));
        assertThat(d.redFlags()).extracting(Finding::getCode).containsExactly(FindingCode.SMELTER_NOT_YET_IDENTIFIED);
    }

    @Test
    void aTypedIdTheRegistryDoesNotKnowOrKnowsForAnotherMineralIsAnError() {
        LookupEntry copper = EmrtLookup.smelters("2.1", "Copper", 1).get(0);
        byte[] file = EmrtFile.of("2.1")
                .smelter(new SmelterLine("CID999999", "Cobalt", null, null, null))
                .smelter(new SmelterLine(copper.smelterId(), "Cobalt", null, null, null)).toBytes();
        Declaration d = read(file, TemplateSmelterDirectory.withEmrt("6.5", "2.1"), new java.util.ArrayList<>());

        assertThat(codes(d)).contains("UNKNOWN_SMELTER_ID@A7", "SMELTER_ID_METAL_MISMATCH@B8");
        assertThat(d.getStatus()).isEqualTo(DeclarationStatus.NEEDS_FOLLOW_UP);
    }
}
