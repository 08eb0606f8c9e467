package org.oretrace.intake.application;

import org.junit.jupiter.api.Test;
import org.oretrace.intake.domain.Channel;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.intake.domain.RejectionCode;
import org.oretrace.intake.domain.StoredFile;
import org.oretrace.intake.infrastructure.CmrtReader;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.intake.testing.CmrtFile.SmelterLine;
import org.oretrace.intake.testing.TemplateSmelterDirectory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows nobody can identify become review items for a person in the registry: one file may send at most
 * {@code oretrace.intake.max-review-rows}; past it the declaration is rejected as TOO_MANY_ROWS and nothing is sent.
 */
class ReviewRowsLimitTest {

    private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");
    private final TemplateSmelterDirectory directory = new TemplateSmelterDirectory("6.5");

    @Test
    void rowsForTheReviewQueueHaveACap() {
        CmrtFile file = CmrtFile.of("6.5").smelter(SmelterLine.notListed("Tin", "Nowhere Smelting One", "BOLIVIA"))
                .smelter(SmelterLine.notListed("Tin", "Nowhere Smelting Two", "BOLIVIA"))
                .smelter(SmelterLine.notListed("Tin", "Nowhere Smelting Three", "BOLIVIA"));
        byte[] bytes = file.toBytes();

        Declaration within = declaration();
        List<?> unresolved = new DeclarationReading(new CmrtReader(), directory, 3).read(within, bytes,
                LocalDate.of(2025, 6, 1), NOW);
        assertThat(unresolved).hasSize(3);
        assertThat(within.getStatus()).isNotEqualTo(DeclarationStatus.REJECTED);

        Declaration over = declaration();
        assertThat(new DeclarationReading(new CmrtReader(), directory, 2).read(over, bytes, LocalDate.of(2025, 6, 1),
                NOW)).as("nothing goes to the review queue").isEmpty();
        assertThat(over.getStatus()).isEqualTo(DeclarationStatus.REJECTED);
        assertThat(over.getRejectionCode()).isEqualTo(RejectionCode.TOO_MANY_ROWS);
        assertThat(over.getRejectionMessage()).contains("More than 2 rows of the Smelter List name smelters we cannot "
                + "identify");
    }

    private static Declaration declaration() {
        StoredFile file = new StoredFile(new byte[] {1}, "cmrt.xlsx", NOW, "alice", Channel.UPLOAD);
        return new Declaration(file, "cmrt.xlsx", Channel.UPLOAD, NOW, "alice");
    }
}
