package org.oretrace.intake.application;

import org.junit.jupiter.api.Test;
import org.oretrace.intake.domain.Channel;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.StoredFile;
import org.oretrace.intake.infrastructure.CmrtReader;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.intake.testing.CmrtFile.SmelterLine;
import org.oretrace.intake.testing.LookupEntry;
import org.oretrace.intake.testing.TemplateLookup;
import org.oretrace.intake.testing.TemplateSmelterDirectory;
import org.oretrace.kernel.Metal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The corrective-action draft and the comparison with a supplier's previous declaration. */
class FollowUpTest {

    private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");
    private final TemplateSmelterDirectory directory = new TemplateSmelterDirectory("6.5");

    @Test
    void theDraftListsEachProblemWithItsPlaceInTheWorkbook() {
        Declaration d = read(CmrtFile.of("6.5").set("D20", "bo at acme").answer(3, Metal.TIN, "Yes"));
        CorrectiveAction draft = CorrectiveAction.draft(d, "Carol Compliance", ZoneOffset.UTC);
        assertThat(draft.to()).isEqualTo("ann.chen@acme.example");
        assertThat(draft.subject()).isEqualTo("Please correct your CMRT \"cmrt.xlsx\"");
        assertThat(draft.body()).startsWith("Dear Ann Chen,")
                .contains("received on 1 June 2025")
                .contains("1. The authorizer's email 'bo at acme' is not an email address")
                .contains("Where: sheet \"Declaration\", cell D20")
                .contains("Please also look at the following point")
                .contains("cell D39")
                .endsWith("Kind regards,\nCarol Compliance\n");
    }

    @Test
    void aRejectedFileGetsItsReasonAndNoList() {
        Declaration d = declaration();
        new DeclarationReading(new CmrtReader(), directory).read(d, "a,b\n".getBytes(), LocalDate.of(2025, 6, 1), NOW);
        d.arrivedByMail("supplier@tin.example", "CMRT", NOW);
        CorrectiveAction draft = CorrectiveAction.draft(d, "Carol", ZoneOffset.UTC);
        assertThat(draft.to()).isEqualTo("supplier@tin.example");
        assertThat(draft.subject()).startsWith("We could not read");
        assertThat(draft.body()).contains("text or CSV file").doesNotContain("Where:");
    }

    @Test
    void comparisonShowsSmeltersAddedAndRemovedAndChangedAnswers() {
        List<LookupEntry> tin = TemplateLookup.smelters("6.5", "Tin", 3);
        Declaration before = read(CmrtFile.of("6.5").noSmelters().smelter(SmelterLine.byId(tin.get(0).smelterId()))
                .smelter(SmelterLine.byId(tin.get(1).smelterId())));
        Declaration after = read(CmrtFile.of("6.5").noSmelters().smelter(SmelterLine.byId(tin.get(1).smelterId()))
                .smelter(SmelterLine.byLookup("Tin", tin.get(2).lookupName())).answer(7, Metal.TIN, "No"));

        DeclarationComparison c = DeclarationComparison.between(before, after);
        assertThat(c.smeltersAdded()).singleElement().asString().startsWith(tin.get(2).smelterId());
        assertThat(c.smeltersRemoved()).singleElement().asString().startsWith(tin.get(0).smelterId());
        assertThat(c.answersChanged()).containsExactly(new DeclarationComparison.ChangedAnswer("7", "Tin", "Yes", "No"));
    }

    private Declaration read(CmrtFile file) {
        Declaration d = declaration();
        new DeclarationReading(new CmrtReader(), directory).read(d, file.toBytes(), LocalDate.of(2025, 6, 1), NOW);
        return d;
    }

    private static Declaration declaration() {
        StoredFile file = new StoredFile(new byte[]{1}, "cmrt.xlsx", NOW, "alice", Channel.UPLOAD);
        return new Declaration(file, "cmrt.xlsx", Channel.UPLOAD, NOW, "alice");
    }
}
