package org.oretrace.filing.application;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.filing.domain.AnnexA;
import org.oretrace.filing.domain.DeclarationScope;
import org.oretrace.filing.domain.DefaultNarrative;
import org.oretrace.filing.domain.Filing;
import org.oretrace.filing.domain.FilingFacts;
import org.oretrace.filing.domain.FilingStatus;
import org.oretrace.filing.domain.Registrant;
import org.oretrace.filing.testing.LookupSheet;
import org.oretrace.filing.testing.TemplateYear;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.ReportingYear;
import org.oretrace.kernel.testing.TestDatabase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Finalize, then change the data: the finalized filing still states and downloads exactly what was signed. */
class FinalizationPersistenceTest {

    private static final ReportingYear YEAR = ReportingYear.of(2023);
    private static final Instant NOW = Instant.parse("2024-05-28T14:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void finalizedDocumentsAndFactsDoNotChangeWhenTheDataDoes(TestDatabase.Kind kind) {
        TemplateYear year = TemplateYear.standard();
        FilingWork work = new FilingWork(year);
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "filing")) {
            EntityManager em = db.entityManagerFactory("filing-test").createEntityManager();
            Filing draft = Filing.start(YEAR, org.oretrace.filing.testing.Narratives.filledIn(), null, NOW, "alice");
            draft.changeRegistrant(org.oretrace.filing.testing.Registrants.allison(), NOW);
            draft.changeOptions(true, false, NOW);
            em.getTransaction().begin();
            em.persist(draft);
            em.getTransaction().commit();

            em.getTransaction().begin();
            List<FilingWork.GeneratedDocument> frozen = work.finalizeFiling(draft, NOW, LocalDate.of(2024, 5, 28), "bob", null).documents();
            em.getTransaction().commit();
            long id = draft.getId();
            byte[] signedPdf = frozen.stream().filter(d -> d.kind() == DocumentKind.PDF).findFirst().orElseThrow().content();
            byte[] signedExhibitPdf = frozen.stream().filter(d -> d.kind() == DocumentKind.EXHIBIT_PDF).findFirst().orElseThrow().content();
            FilingFacts signedFacts = work.facts(2023, Optional.of(draft));
            AnnexA signedAnnex = work.annexA(2023, Optional.of(draft));
            em.clear();

            // the data changes after sign-off: a declaration is withdrawn and the registry flags another smelter
            year.declarations.remove(0);
            String newlySanctioned = signedAnnex.rows().stream().filter(r -> !r.sanctioned()).findFirst().orElseThrow().smelterId();
            year.sanctionedIds.add(newlySanctioned);
            assertThat(work.facts(2023, Optional.empty()).value(FilingFacts.SUPPLIERS_RESPONDED)).isEqualTo(57);
            assertThat(work.facts(2023, Optional.empty()).value(FilingFacts.SMELTERS_SANCTIONED)).isEqualTo(2);

            Filing reloaded = em.find(Filing.class, id);
            assertThat(reloaded.getStatus()).isEqualTo(FilingStatus.FINAL);
            FilingWork.GeneratedDocument again = work.document(reloaded, DocumentKind.PDF, LocalDate.of(2024, 7, 1));
            assertThat(again.content()).isEqualTo(signedPdf);
            assertThat(again.sha256()).isEqualTo(reloaded.document("form-sd.pdf").orElseThrow().getSha256());
            // the exhibit PDF too: frozen with its digest, served as signed
            FilingWork.GeneratedDocument exhibit = work.document(reloaded, DocumentKind.EXHIBIT_PDF, LocalDate.of(2024, 7, 1));
            assertThat(exhibit.content()).isEqualTo(signedExhibitPdf);
            assertThat(exhibit.sha256()).isEqualTo(reloaded.document("ex1-01.pdf").orElseThrow().getSha256());
            assertThat(reloaded.getDocuments()).extracting(d -> d.getFileName())
                    .containsExactlyInAnyOrder("form-sd.html", "form-sd.htm", "ex1-01.htm", "form-sd.pdf", "ex1-01.pdf", "smelters.xlsx");
            assertThat(reloaded.getDocuments()).allMatch(org.oretrace.filing.domain.FilingDocument::isIntact);

            FilingFacts factsAfter = work.facts(2023, Optional.of(reloaded));
            assertThat(factsAfter).isEqualTo(signedFacts);
            assertThat(factsAfter.value(FilingFacts.SUPPLIERS_RESPONDED)).isEqualTo(58);
            assertThat(work.annexA(2023, Optional.of(reloaded))).isEqualTo(signedAnnex);
            assertThat(signedFacts.value(FilingFacts.SMELTERS_SANCTIONED)).isEqualTo(1);
            assertThat(signedAnnex.rows()).filteredOn(r -> r.smelterId().equals(newlySanctioned)).singleElement()
                    .satisfies(r -> assertThat(r.sanctioned()).isFalse());

            assertThatThrownBy(() -> work.finalizeFiling(reloaded, NOW, LocalDate.of(2024, 7, 1), "bob", null))
                    .isInstanceOf(BusinessRuleException.class).hasMessageContaining("already final");
            assertThatThrownBy(() -> reloaded.nextVersion(NOW, "bob").nextVersion(NOW, "bob"))
                    .as("a draft is edited, not versioned").isInstanceOf(BusinessRuleException.class)
                    .hasMessageContaining("is still a draft");

            // a new version starts from the final one and sees the new data
            Filing v2 = reloaded.nextVersion(NOW.plusSeconds(3600), "carol");
            em.getTransaction().begin();
            em.persist(v2);
            em.getTransaction().commit();
            assertThat(work.annexA(2023, Optional.of(v2)).rows()).filteredOn(r -> r.smelterId().equals(newlySanctioned))
                    .singleElement().satisfies(r -> assertThat(r.sanctioned()).isTrue());
            assertThat(work.facts(2023, Optional.of(v2)).value(FilingFacts.SUPPLIERS_RESPONDED)).isEqualTo(57);
            assertThat(work.document(v2, DocumentKind.PDF, LocalDate.of(2024, 7, 1)).content()).isNotEqualTo(signedPdf);
        }
    }
}
