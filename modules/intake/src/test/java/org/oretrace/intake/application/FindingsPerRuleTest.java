package org.oretrace.intake.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.intake.domain.Channel;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.Finding;
import org.oretrace.intake.domain.FindingCode;
import org.oretrace.intake.domain.Severity;
import org.oretrace.intake.domain.StoredFile;
import org.oretrace.kernel.testing.TestDatabase;

import java.time.Instant;
import java.util.List;

import static org.oretrace.kernel.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page's findings per rule ({@link Declarations#findingsPerRule}) on H2 and PostgreSQL: errors and warnings
 * of the declarations still open, counted per rule, most first; an accepted declaration's findings and notes (INFO)
 * do not count.
 */
class FindingsPerRuleTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void errorsAndWarningsOfTheOpenDeclarationsPerRuleMostFirst(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "intake")) {
            EntityManagerFactory emf = db.entityManagerFactory("intake-test");
            inTransaction(emf, em -> {
                // two declarations waiting for the supplier (an error each), one accepted with warnings only
                declaration(em, "a.xlsx", new Finding(FindingCode.INVALID_EMAIL, Severity.ERROR, "bad", "Declaration", "D16"),
                        new Finding(FindingCode.POLICY_URL_MISSING, Severity.WARNING, "no URL", "Declaration", "D22"),
                        new Finding(FindingCode.SCOPE_PRODUCTS_MISSING, Severity.INFO, "note", "Declaration", "D10"));
                declaration(em, "b.xlsx", new Finding(FindingCode.INVALID_EMAIL, Severity.ERROR, "bad", "Declaration", "D16"),
                        new Finding(FindingCode.INVALID_EMAIL, Severity.WARNING, "odd", "Declaration", "D20"));
                declaration(em, "c.xlsx", new Finding(FindingCode.POLICY_URL_MISSING, Severity.WARNING, "no URL", "Declaration", "D22"),
                        new Finding(FindingCode.POLICY_URL_MISSING, Severity.WARNING, "no URL", "Declaration", "D22"));
                return null;
            });
            EntityManager em = emf.createEntityManager();
            try {
                Declarations declarations = new Declarations();
                declarations.em = em;
                List<Declarations.RuleCount> rules = declarations.findingsPerRule(8);
                assertThat(rules).containsExactly(
                        new Declarations.RuleCount(FindingCode.INVALID_EMAIL, 2, 1),
                        new Declarations.RuleCount(FindingCode.POLICY_URL_MISSING, 0, 1));
                assertThat(declarations.findingsPerRule(1)).hasSize(1);
            } finally {
                em.close();
            }
        }
    }

    private static void declaration(EntityManager em, String name, Finding... findings) {
        StoredFile file = new StoredFile(name.getBytes(java.nio.charset.StandardCharsets.UTF_8), name, T0, "alice", Channel.UPLOAD);
        em.persist(file);
        Declaration d = new Declaration(file, name, Channel.UPLOAD, T0, "alice");
        d.evaluate(List.of(findings), T0);
        em.persist(d);
    }
}
