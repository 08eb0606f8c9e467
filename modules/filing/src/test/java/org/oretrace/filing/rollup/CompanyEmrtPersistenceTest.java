package org.oretrace.filing.rollup;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.filing.application.YearVersions;
import org.oretrace.filing.domain.FilingDocument;
import org.oretrace.filing.rollup.domain.AnswerOverride;
import org.oretrace.filing.rollup.domain.CompanyCmrt;
import org.oretrace.kernel.cmrt.RmiTemplate;
import org.oretrace.kernel.testing.TestDatabase;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Our EMRT beside our CMRT on H2 and PostgreSQL (filing migration V6): each kind has its own versions of a year (both
 * have a version 1), the EMRT starts from the CMRT's choices without its overrides, and a kind's version is unique.
 */
class CompanyEmrtPersistenceTest {

    private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");
    private static final YearVersions<CompanyCmrt> VERSIONS = new YearVersions<>(CompanyCmrt.class);

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void eachKindHasItsOwnVersionsAndTheEmrtStartsFromTheCmrtsChoices(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "filing")) {
            EntityManager em = db.entityManagerFactory("filing-test").createEntityManager();
            CompanyCmrt cmrt = new CompanyCmrt(2023, 1, T0, "alice");
            cmrt.choose(true, null, "GB-100 | Gearbox 100", "ann@corp.test", "bo@corp.test", "+1 555", "https://corp.test/p");
            cmrt.override(new AnswerOverride("C", "Yes", "Clause 14 of our supplier terms", "bob", T0));
            CompanyCmrt emrt = cmrt.firstOf(RmiTemplate.EMRT, T0, "alice");
            emrt.override(new AnswerOverride("C.COBALT", "Yes, when more processors are validated",
                    "Our cobalt sourcing standard, section 4", "bob", T0));
            byte[] file = "our emrt".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            emrt.generated(file, FilingDocument.sha256(file), "[]", "RMI_EMRT_2.1.xlsx", "2.1", T0, "bob");
            em.getTransaction().begin();
            em.persist(cmrt);
            em.persist(emrt);
            em.getTransaction().commit();
            em.clear();

            assertThat(VERSIONS.all(em, 2023, RmiTemplate.CMRT)).extracting(CompanyCmrt::getKind, CompanyCmrt::getVersion)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(RmiTemplate.CMRT, 1));
            CompanyCmrt read = VERSIONS.current(em, 2023, RmiTemplate.EMRT).orElseThrow();
            assertThat(read.getKind()).isEqualTo(RmiTemplate.EMRT);
            assertThat(read.getVersion()).isEqualTo(1);
            assertThat(read.getContactEmail()).isEqualTo("ann@corp.test");
            assertThat(read.getPolicyUrl()).isEqualTo("https://corp.test/p");
            assertThat(read.productRows()).hasSize(1);
            assertThat(read.getOverrides()).extracting(AnswerOverride::getQuestionKey).containsExactly("C.COBALT");
            assertThat(read.getTemplateVersion()).isEqualTo("2.1");

            CompanyCmrt v2 = read.next(T0.plusSeconds(60), "carol");
            assertThat(v2.getKind()).isEqualTo(RmiTemplate.EMRT);
            em.getTransaction().begin();
            em.persist(v2);
            em.getTransaction().commit();
            assertThat(VERSIONS.current(em, 2023, RmiTemplate.EMRT).orElseThrow().getVersion()).isEqualTo(2);
            assertThat(VERSIONS.current(em, 2023, RmiTemplate.CMRT).orElseThrow().getVersion()).isEqualTo(1);

            // a second EMRT version 2 of the year: the database refuses it (template_kind, reporting_year, version)
            CompanyCmrt twin = new CompanyCmrt(RmiTemplate.EMRT, 2023, 2, T0, "eve");
            em.getTransaction().begin();
            em.persist(twin);
            assertThatThrownBy(() -> em.getTransaction().commit()).isInstanceOf(RuntimeException.class);
        }
    }
}
