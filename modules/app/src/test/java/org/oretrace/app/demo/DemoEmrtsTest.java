package org.oretrace.app.demo;

import org.junit.jupiter.api.Test;
import org.oretrace.app.demo.DemoCompany.DemoSupplier;
import org.oretrace.intake.application.DeclarationReading;
import org.oretrace.intake.domain.Channel;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.Finding;
import org.oretrace.intake.domain.FindingCode;
import org.oretrace.intake.domain.Severity;
import org.oretrace.intake.domain.StoredFile;
import org.oretrace.intake.infrastructure.CmrtReader;
import org.oretrace.intake.testing.TemplateSmelterDirectory;
import org.oretrace.kernel.cmrt.RmiTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's EMRTs, read by intake as the demo server reads them (against RMI's real EMRT 2.1 look-up list): six
 * suppliers asked, three CMRT responders send a clean EMRT (but the third, whose EMRT raises exactly the two intended red
 * flags), one supplier that never sends its CMRT sends its EMRT, two send none; no EMRT has an error finding.
 */
class DemoEmrtsTest {

    @Test
    void theDemosEmrtsReadAsIntendedAndThePartialSupplierNeverSendsItsCmrt() {
        List<DemoSupplier> cast = DemoCompany.suppliers();
        DemoEmrts emrts = new DemoEmrts(cast);
        assertThat(emrts.asked()).hasSize(DemoEmrts.ASKED).doesNotHaveDuplicates();
        assertThat(emrts.asked()).filteredOn(DemoSupplier::responds).hasSize(3)
                .allSatisfy(s -> assertThat(s.defect()).isEqualTo(DemoCompany.Defect.NONE));
        assertThat(emrts.partial().responds()).as("the partial supplier never sends its CMRT").isFalse();
        assertThat(emrts.asked()).filteredOn(s -> emrts.sendsOn(s) != null).hasSize(4);

        for (DemoSupplier s : emrts.asked()) {
            LocalDate on = emrts.sendsOn(s);
            if (on == null) {
                continue;
            }
            assertThat(on).isBeforeOrEqualTo(DemoCompany.TODAY);
            Instant at = on.atTime(9, 0).toInstant(java.time.ZoneOffset.UTC);
            byte[] bytes = emrts.workbook(s);
            StoredFile stored = new StoredFile(bytes, emrts.fileName(s), at, "demo", Channel.UPLOAD);
            Declaration d = new Declaration(stored, emrts.fileName(s), Channel.UPLOAD, at, "demo");
            new DeclarationReading(new CmrtReader(), TemplateSmelterDirectory.withEmrt("6.5", "2.1"))
                    .read(d, bytes, on, at, Set.of(RmiTemplate.CMRT, RmiTemplate.EMRT));
            assertThat(d.getRejectionCode()).as(s.name() + ": " + d.getRejectionMessage()).isNull();
            assertThat(d.getTemplate()).isEqualTo(RmiTemplate.EMRT);
            assertThat(d.getFindings()).as(s.name()).filteredOn(f -> f.getSeverity() == Severity.ERROR).isEmpty();
            if (s.equals(emrts.withRedFlags())) {
                assertThat(d.redFlags()).extracting(Finding::getCode)
                        .containsExactlyInAnyOrder(FindingCode.CAHRA_SOURCING, FindingCode.SMELTER_NOT_YET_IDENTIFIED);
            } else {
                assertThat(d.redFlags()).as(s.name()).isEmpty();
                assertThat(d.getFindings()).as(s.name()).filteredOn(f -> f.getSeverity() == Severity.WARNING).isEmpty();
            }
        }
    }
}
