package org.oretrace.filing.domain;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.kernel.ReportingYear;
import org.oretrace.kernel.testing.TestDatabase;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilingPersistenceTest {

    private static final Instant T0 = Instant.parse("2024-05-20T09:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void finalizedFilingKeepsItsDocumentsAndTextAndANewVersionStartsFromIt(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "filing")) {
            EntityManager em = db.entityManagerFactory("filing-test").createEntityManager();
            String longText = "We identified approximately {suppliersSolicited} suppliers. ".repeat(600);
            Narrative text = Narrative.of(Map.of(Narrative.Section.RCOI, longText, Narrative.Section.OVERVIEW, "We make gearboxes."));
            // the company's program fields (migration V3), a full 4,000 characters each where the limit allows
            String policy = "Our conflict minerals policy is published at www.example.com/policy. ".repeat(80)
                    .substring(0, Narrative.Field.MAX);
            text.set(Narrative.Field.POLICY, policy);
            text.set(Narrative.Field.RECORDS, "We keep due diligence records for five years.");
            Filing draft = Filing.start(ReportingYear.of(2023), text, null, T0, "alice");
            Registrant r = org.oretrace.filing.testing.Registrants.allison();
            draft.changeRegistrant(r, T0);
            draft.changeOptions(true, false, T0);
            em.getTransaction().begin();
            em.persist(draft);
            em.getTransaction().commit();

            byte[] pdf = "%PDF-1.7 pretend".getBytes(StandardCharsets.US_ASCII);
            byte[] big = new byte[3_000_000];
            for (int i = 0; i < big.length; i++) {
                big[i] = (byte) (i * 31);
            }
            em.getTransaction().begin();
            draft.finalizeWith("{\"suppliersSolicited\":77}",
                    List.of(new FilingDocument("form-sd.pdf", "application/pdf", pdf, T0),
                            new FilingDocument("smelters.xlsx", "application/octet-stream", big, T0)),
                    T0.plusSeconds(60), "bob");
            em.getTransaction().commit();
            long id = draft.getId();
            em.clear();

            Filing read = em.find(Filing.class, id);
            assertThat(read.getStatus()).isEqualTo(FilingStatus.FINAL);
            assertThat(read.getFinalizedBy()).isEqualTo("bob");
            assertThat(read.getFinalizedAt()).isEqualTo(T0.plusSeconds(60));
            assertThat(read.getPeriodEnd()).isEqualTo(java.time.LocalDate.of(2023, 12, 31));
            assertThat(read.getNarrative().get(Narrative.Section.RCOI)).isEqualTo(longText.strip());
            assertThat(read.getNarrative().get(Narrative.Field.POLICY)).isEqualTo(policy.strip());
            assertThat(read.getNarrative().get(Narrative.Field.RECORDS)).isEqualTo("We keep due diligence records for five years.");
            assertThat(read.getNarrative().get(Narrative.Field.TEAM)).isNull();
            assertThat(read.getRegistrant().getCommissionFileNumber()).isEqualTo("001-35456");
            assertThat(read.isIncludeRmapStatus()).isTrue();
            assertThat(read.getFactsJson()).contains("77");
            assertThat(read.getDocuments()).extracting(FilingDocument::getFileName)
                    .containsExactly("form-sd.pdf", "smelters.xlsx");
            FilingDocument storedPdf = read.document("form-sd.pdf").orElseThrow();
            assertThat(storedPdf.getContent()).isEqualTo(pdf);
            assertThat(storedPdf.getSha256()).isEqualTo(FilingDocument.sha256(pdf)).hasSize(64);
            assertThat(storedPdf.isIntact()).isTrue();
            assertThat(read.document("smelters.xlsx").orElseThrow().getContent()).isEqualTo(big);

            assertThatThrownBy(() -> read.changeOptions(false, false, T0))
                    .isInstanceOf(FilingFinalizedException.class).hasMessageContaining("start a new version");

            Filing v2 = read.nextVersion(T0.plusSeconds(120), "carol");
            em.getTransaction().begin();
            em.persist(v2);
            em.getTransaction().commit();
            em.clear();
            List<Filing> versions = em.createQuery(
                    "select f from Filing f where f.reportingYear = 2023 order by f.version", Filing.class).getResultList();
            assertThat(versions).extracting(Filing::getVersion).containsExactly(1, 2);
            assertThat(versions.get(1).getStatus()).isEqualTo(FilingStatus.DRAFT);
            assertThat(versions.get(1).getDocuments()).isEmpty();
            assertThat(versions.get(1).getNarrative().get(Narrative.Section.RCOI)).isEqualTo(longText.strip());
            assertThat(versions.get(1).getNarrative().get(Narrative.Field.RECORDS)).as("carried to the next version")
                    .isEqualTo("We keep due diligence records for five years.");
            assertThat(versions.get(1).getRegistrant().getName()).isEqualTo("Allison Transmission Holdings, Inc.");
            assertThat(versions.get(0).document("form-sd.pdf").orElseThrow().getContent()).isEqualTo(pdf);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aYearHasEachVersionOnce(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "filing")) {
            EntityManager em = db.entityManagerFactory("filing-test").createEntityManager();
            em.getTransaction().begin();
            em.persist(Filing.start(ReportingYear.of(2024), new Narrative(), null, T0, "alice"));
            em.persist(Filing.start(ReportingYear.of(2024), new Narrative(), null, T0, "bob"));
            assertThatThrownBy(() -> em.getTransaction().commit()).isInstanceOf(RuntimeException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aNewFilingWithAnEmptyCoverPageReadsBackWithAnEmptyCoverPage(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "filing")) {
            EntityManager em = db.entityManagerFactory("filing-test").createEntityManager();
            Filing f = Filing.start(ReportingYear.of(2022), new Narrative(), null, T0, "alice");
            em.getTransaction().begin();
            em.persist(f);
            em.getTransaction().commit();
            em.clear();
            Filing read = em.find(Filing.class, f.getId());
            assertThat(read.getRegistrant().missingFields()).hasSize(8);
            assertThat(read.getNarrative().get(Narrative.Section.RCOI)).isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void aFilingCannotBeFinalizedWithoutItsCoverPage() {
        Filing f = Filing.start(ReportingYear.of(2024), new Narrative(), null, T0, "alice");
        assertThatThrownBy(() -> f.finalizeWith("{}", List.of(), T0, "bob"))
                .hasMessageContaining("Commission file number").hasMessageContaining("signer");
        assertThat(f.isFinal()).isFalse();
    }
}
