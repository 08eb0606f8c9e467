package org.oretrace.intake.domain;

import org.junit.jupiter.api.Test;
import org.oretrace.kernel.BusinessRuleException;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A declaration that came without a supplier is given to one, once. */
class DeclarationLinkTest {

    @Test
    void aDeclarationIsGivenToOneSupplierAndNeverMovesToAnother() {
        Declaration d = declaration();
        d.assignTo(7, null);
        assertThat(d.getSupplierId()).isEqualTo(7);
        assertThat(d.getReportingYear()).isNull();

        d.assignTo(7, 2024);
        assertThat(d.getReportingYear()).as("the year can follow for the same supplier").isEqualTo(2024);
        assertThatThrownBy(() -> d.assignTo(7, 2024)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("already linked");
        assertThatThrownBy(() -> d.assignTo(7, null)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> d.assignTo(8, 2024)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("another supplier");
        assertThat(d.getSupplierId()).isEqualTo(7);
    }

    @Test
    void theExpectedTemplateVersionIsWhatWasAskedOrNothing() {
        Declaration d = declaration();
        d.linkTo(null, 2024, "6.4");
        d.expectTemplateVersion(" 6.5 ");
        assertThat(d.getExpectedTemplateVersion()).isEqualTo("6.5");
        d.expectTemplateVersion(null);
        assertThat(d.getExpectedTemplateVersion()).as("no campaign and nothing configured: no check").isNull();
    }

    private static Declaration declaration() {
        Instant now = Instant.parse("2025-03-01T09:30:00Z");
        return new Declaration(new StoredFile(new byte[]{1}, "cmrt.xlsx", now, "alice", Channel.UPLOAD), "cmrt.xlsx",
                Channel.UPLOAD, now, "alice");
    }
}
