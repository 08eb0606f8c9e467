package org.oretrace.intake.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.testing.TestDatabase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeclarationPersistenceTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:30:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void originalsKeepTheirBytesAndIdenticalContentIsRefused(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "intake")) {
            EntityManagerFactory emf = db.entityManagerFactory("intake-test");
            byte[] bytes = new byte[3 * 1024 * 1024];
            new Random(7).nextBytes(bytes);
            EntityManager em = emf.createEntityManager();
            em.getTransaction().begin();
            StoredFile file = new StoredFile(bytes, "ACME CMRT 6.5.xlsx", T0, "alice", Channel.UPLOAD);
            em.persist(file);
            em.getTransaction().commit();
            em.close();

            EntityManager reader = emf.createEntityManager();
            StoredFile back = reader.find(StoredFile.class, file.getId());
            assertThat(back.getContent()).isEqualTo(bytes);
            // intake V10: on H2 the originals are large objects, apart from their rows; PostgreSQL keeps bytea
            Object type = reader.createNativeQuery("select data_type from information_schema.columns where "
                    + "lower(table_name) = 'intake_stored_file' and lower(column_name) = 'content'").getSingleResult();
            assertThat(type.toString().toLowerCase(java.util.Locale.ROOT))
                    .isEqualTo(kind == TestDatabase.Kind.H2 ? "binary large object" : "bytea");
            if (kind == TestDatabase.Kind.POSTGRESQL) {
                // intake V13: stored out of line without an attempt to compress what is compressed already ('e')
                assertThat(reader.createNativeQuery("select attstorage from pg_attribute where attrelid = "
                        + "'intake_stored_file'::regclass and attname = 'content'").getSingleResult().toString())
                        .isEqualTo("e");
            }
            assertThat(back.getSha256()).isEqualTo(StoredFile.sha256Of(bytes)).hasSize(64);
            assertThat(back.getSizeBytes()).isEqualTo(bytes.length);
            assertThat(back.getOriginalName()).isEqualTo("ACME CMRT 6.5.xlsx");
            assertThat(back.getReceivedAt()).isEqualTo(T0);
            assertThat(back.getChannel()).isEqualTo(Channel.UPLOAD);
            reader.close();

            EntityManager twice = emf.createEntityManager();
            twice.getTransaction().begin();
            twice.persist(new StoredFile(bytes, "copy.xlsx", T0, "bob", Channel.API));
            assertThatThrownBy(() -> twice.getTransaction().commit()).isInstanceOf(PersistenceException.class);
            twice.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aDeclarationKeepsItsContentInOrderAndIsReplacedOnReevaluation(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "intake")) {
            EntityManagerFactory emf = db.entityManagerFactory("intake-test");
            EntityManager em = emf.createEntityManager();
            em.getTransaction().begin();
            StoredFile file = new StoredFile(new byte[]{1, 2, 3}, "a.xlsx", T0, "alice", Channel.MAILBOX);
            em.persist(file);
            Declaration declaration = new Declaration(file, "a.xlsx", Channel.MAILBOX, T0, "system");
            declaration.linkTo(77L, 2024, "6.4");
            declaration.arrivedByMail("supplier@example.com", "Our CMRT", T0.minusSeconds(60));
            em.persist(declaration);
            em.getTransaction().commit();
            long id = declaration.getId();
            em.close();

            EntityManager work = emf.createEntityManager();
            work.getTransaction().begin();
            Declaration d = work.find(Declaration.class, id);
            assertThat(d.getStatus()).isEqualTo(DeclarationStatus.QUEUED);
            List<SmelterRow> rows = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                SmelterRow row = new SmelterRow(5 + i, "Tin", "CID00" + (1000 + i), null, null, null, null, null,
                        null, null, null, "No", null);
                // the matcher's score is kept beside the method (intake V9); a fuzzy match's is below 1
                if (i == 1) {
                    row.resolve("CID00" + (1000 + i), "FUZZY", 0.87);
                } else {
                    row.resolve("CID00" + (1000 + i), "SMELTER_ID", i == 2 ? null : 1.0);
                }
                rows.add(row);
            }
            d.fill("6.4", "English", false,
                    new Company("ACME Corp", null, null, "1 Main St", "Ann", "ann@acme.example", "+1 555", "Bo",
                            "CEO", "bo@acme.example", null, LocalDate.of(2025, 2, 1), null),
                    "A. Company", null,
                    List.of(new Answer("1", Metal.TIN, "Yes", null), new Answer("A", null, "Yes", "policy")),
                    rows, List.of(new ProductRow(6, "P-1", "Widget", null)));
            d.evaluate(List.of(new Finding(FindingCode.INVALID_EMAIL, Severity.ERROR, "bad", "Declaration", "D16")),
                    T0.plusSeconds(5));
            work.getTransaction().commit();
            work.close();

            EntityManager check = emf.createEntityManager();
            Declaration stored = check.find(Declaration.class, id);
            assertThat(stored.getStatus()).isEqualTo(DeclarationStatus.NEEDS_FOLLOW_UP);
            assertThat(stored.getSmelters()).hasSize(120);
            assertThat(stored.getSmelters().get(119).getRow()).isEqualTo(124);
            assertThat(stored.getSmelters().get(0).getResolvedSmelterId()).isEqualTo("CID001000");
            assertThat(stored.getSmelters().subList(0, 3)).extracting(SmelterRow::getMatchMethod, SmelterRow::getMatchScore)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("SMELTER_ID", 1.0),
                            org.assertj.core.groups.Tuple.tuple("FUZZY", 0.87), org.assertj.core.groups.Tuple.tuple("SMELTER_ID", null));
            assertThat(stored.getCompany().getEffectiveDate()).isEqualTo(LocalDate.of(2025, 2, 1));
            assertThat(stored.answer("1", Metal.TIN)).map(Answer::getAnswer).contains("Yes");
            assertThat(stored.answer("A", null)).map(Answer::getComment).contains("policy");
            assertThat(stored.getFindings()).extracting(Finding::place).containsExactly("Declaration!D16");
            assertThat(stored.getMailFrom()).isEqualTo("supplier@example.com");
            assertThat(stored.getSupplierId()).isEqualTo(77L);
            check.close();

            EntityManager again = emf.createEntityManager();
            again.getTransaction().begin();
            Declaration re = again.find(Declaration.class, id);
            re.reject(RejectionCode.CORRUPT_FILE, "broken", T0.plusSeconds(9));
            again.getTransaction().commit();
            again.close();

            EntityManager last = emf.createEntityManager();
            Declaration rejected = last.find(Declaration.class, id);
            assertThat(rejected.getStatus()).isEqualTo(DeclarationStatus.REJECTED);
            assertThat(rejected.getSmelters()).isEmpty();
            assertThat(rejected.getFindings()).isEmpty();
            assertThat(last.createQuery("select count(d) from Declaration d where d.status = :s", Long.class)
                    .setParameter("s", DeclarationStatus.REJECTED).getSingleResult()).isEqualTo(1L);
            last.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void riskReviewsAreKeptInOrderAndCountedPerYear(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "intake")) {
            EntityManagerFactory emf = db.entityManagerFactory("intake-test");
            EntityManager em = emf.createEntityManager();
            em.getTransaction().begin();
            StoredFile file = new StoredFile(new byte[]{4, 5, 6}, "flags.xlsx", T0, "alice", Channel.UPLOAD);
            em.persist(file);
            Declaration d = new Declaration(file, "flags.xlsx", Channel.UPLOAD, T0, "alice");
            d.linkTo(5L, 2024, null);
            d.fill("6.5", "English", false, Company.empty(), "A. Company", null, List.of(), List.of(), List.of());
            d.evaluate(List.of(new Finding(FindingCode.COVERED_COUNTRY_SOURCING, Severity.WARNING, "Tin from Rwanda",
                    "Declaration", "D39")), T0);
            d.reviewRisk(RiskOutcome.ESCALATED, "To the committee", "carol", T0.plusSeconds(60));
            em.persist(d);
            em.getTransaction().commit();
            long id = d.getId();
            em.close();

            EntityManager work = emf.createEntityManager();
            work.getTransaction().begin();
            Declaration again = work.find(Declaration.class, id);
            assertThat(again.getStatus()).isEqualTo(DeclarationStatus.RISK_REVIEW);
            again.reviewRisk(RiskOutcome.ACCEPTED_WITH_REASON, "Conformant smelter", "dave", T0.plusSeconds(120));
            work.getTransaction().commit();
            work.close();

            EntityManager check = emf.createEntityManager();
            Declaration stored = check.find(Declaration.class, id);
            assertThat(stored.getStatus()).isEqualTo(DeclarationStatus.ACCEPTED);
            assertThat(stored.getRiskReviews()).extracting(RiskReview::getOutcome)
                    .containsExactly(RiskOutcome.ESCALATED, RiskOutcome.ACCEPTED_WITH_REASON);
            assertThat(stored.getRiskReviews().get(1).getReviewedAt()).isEqualTo(T0.plusSeconds(120));
            assertThat(stored.getRiskReviews().get(1).getReviewedBy()).isEqualTo("dave");
            assertThat(stored.getRiskReviews().get(0).getRedFlags()).isEqualTo(1);
            var states = new org.oretrace.intake.application.IntakeDeclarationStates(check);
            assertThat(states.awaitingDecision(2024)).isEmpty();
            assertThat(states.awaitingDecision(2023)).isEmpty();
            assertThat(states.riskReviews(2024)).isEqualTo(new org.oretrace.intake.published.DeclarationStates
                    .RiskReviewCounts(1, 1, 0, 0, 0));
            check.close();
        }
    }
}
