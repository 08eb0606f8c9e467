package org.oretrace.filing.rollup;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.filing.domain.FilingDocument;
import org.oretrace.filing.rollup.application.AnswersJson;
import org.oretrace.filing.rollup.domain.AnswerOverride;
import org.oretrace.filing.rollup.domain.CompanyCmrt;
import org.oretrace.filing.rollup.domain.RolledAnswer;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.testing.TestDatabase;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Versions of our CMRT on H2 and PostgreSQL (filing migration V5): an override keeps its reason through versions. */
class CompanyCmrtPersistenceTest {

    private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anOverrideIsKeptWithItsReasonAndTheFinalVersionWithItsFileAndAnswers(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "filing")) {
            EntityManager em = db.entityManagerFactory("filing-test").createEntityManager();
            CompanyCmrt v1 = new CompanyCmrt(2023, 1, T0, "alice");
            v1.choose(true, null, "GB-100 | Gearbox 100\n\nGB-200", "ann@corp.test", "bo@corp.test", "+1 555", "https://corp.test/p");
            v1.override(new AnswerOverride("C", "Yes", "Clause 14 of our supplier terms", "bob", T0));
            v1.override(new AnswerOverride("3.TIN", "Unknown", "Two suppliers still investigating", "bob", T0));
            em.getTransaction().begin();
            em.persist(v1);
            em.getTransaction().commit();

            byte[] file = new byte[2_000_000];
            for (int i = 0; i < file.length; i++) {
                file[i] = (byte) (i * 7);
            }
            List<RolledAnswer> answers = List.of(RolledAnswer.of("1", Metal.TIN, "Yes", "3 of 4 suppliers declare Tin", "rule",
                    List.of(1001L, 1002L, 1003L)), RolledAnswer.of("C", null, "No", null, "rule C", List.of())
                    .overriddenBy(v1.overrideOf("C").orElseThrow()));
            em.getTransaction().begin();
            v1.generated(file, FilingDocument.sha256(file), AnswersJson.write(answers), "RMI_CMRT_6.5.xlsx", "6.5", T0, "bob");
            v1.finalizeVersion(T0.plusSeconds(60), "carol");
            em.getTransaction().commit();
            long id = v1.getId();
            em.clear();

            CompanyCmrt read = em.find(CompanyCmrt.class, id);
            assertThat(read.isFinal()).isTrue();
            assertThat(read.getContent()).isEqualTo(file);
            assertThat(read.getSha256()).isEqualTo(FilingDocument.sha256(file));
            assertThat(read.productRows()).hasSize(2);
            assertThat(read.productRows().get(1)).containsExactly("GB-200", null);
            AnswerOverride c = read.overrideOf("C").orElseThrow();
            assertThat(c.getAnswer()).isEqualTo("Yes");
            assertThat(c.getReason()).isEqualTo("Clause 14 of our supplier terms");
            assertThat(c.getOverriddenBy()).isEqualTo("bob");
            assertThat(c.getOverriddenAt()).isEqualTo(T0);
            List<RolledAnswer> frozen = AnswersJson.read(read.getAnswersJson());
            assertThat(frozen).isEqualTo(answers);
            assertThat(frozen.get(1).overrideReason()).isEqualTo("Clause 14 of our supplier terms");
            assertThat(frozen.get(1).generated()).isEqualTo("No");
            assertThatThrownBy(() -> read.override(new AnswerOverride("D", "No", "r", "x", T0)))
                    .isInstanceOf(BusinessRuleException.class).hasMessageContaining("is final");

            CompanyCmrt v2 = read.next(T0.plusSeconds(120), "dave");
            em.getTransaction().begin();
            em.persist(v2);
            em.getTransaction().commit();
            em.clear();
            List<CompanyCmrt> versions = em.createQuery("select c from CompanyCmrt c where c.reportingYear = 2023 order by c.version",
                    CompanyCmrt.class).getResultList();
            assertThat(versions).extracting(CompanyCmrt::getVersion).containsExactly(1, 2);
            CompanyCmrt draft = versions.get(1);
            assertThat(draft.isFinal()).isFalse();
            assertThat(draft.getContent()).isNull();
            assertThat(draft.isProductLevel()).isTrue();
            assertThat(draft.getOverrides()).extracting(AnswerOverride::getQuestionKey).containsExactlyInAnyOrder("C", "3.TIN");
            assertThat(draft.overrideOf("3.TIN").orElseThrow().getReason()).isEqualTo("Two suppliers still investigating");
        }
    }
}
