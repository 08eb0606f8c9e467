package org.oretrace.intake.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.intake.domain.Channel;
import org.oretrace.intake.domain.Company;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.intake.domain.Finding;
import org.oretrace.intake.domain.FindingCode;
import org.oretrace.intake.domain.Severity;
import org.oretrace.intake.domain.StoredFile;
import org.oretrace.kernel.testing.TestDatabase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: the declarations screen reads one page at a time. Count, page, the screen's filters, the column filters on
 * what each column shows (status in words, error and warning counts, template and version) and the sort come from the
 * database, and the lines carry what the entity holds (times exactly as JPA maps them).
 */
class DeclarationTableTest {

    private static final Instant T0 = Instant.parse("2026-02-01T09:30:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void pagesFiltersAndSortsInTheDatabase(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "outreach", "intake")) {
            EntityManagerFactory emf = db.entityManagerFactory("intake-with-suppliers-test");
            EntityManager em = emf.createEntityManager();
            em.getTransaction().begin();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                List<Finding> findings = new ArrayList<>();
                for (int e = 0; e < i % 3; e++) {
                    findings.add(new Finding(FindingCode.INVALID_EMAIL, Severity.ERROR, "bad " + e, "Declaration", "D16"));
                }
                if (i == 4) {
                    findings.add(new Finding(FindingCode.INVALID_EMAIL, Severity.WARNING, "odd", "Declaration", "D20"));
                }
                ids.add(declaration(em, "file-" + i + ".xlsx", i < 5 ? 2023 : 2024, i == 6 ? "Zinc Works" : "Meridian " + i,
                        T0.plusSeconds(60L * i), findings));
            }
            em.getTransaction().commit();
            em.close();

            List<Long> newestFirst = new ArrayList<>(ids);
            java.util.Collections.reverse(newestFirst);
            DeclarationTable table = new DeclarationTable();
            table.em = emf.createEntityManager();
            Declarations.Filter none = Declarations.Filter.none();
            DeclarationTable.Page all = table.page(none, Map.of(), null, true, 0, 100);
            assertThat(all.total()).isEqualTo(7);
            assertThat(all.lines()).extracting(DeclarationTable.Line::id).containsExactlyElementsOf(newestFirst);
            DeclarationTable.Line newest = all.lines().get(0);
            assertThat(newest.receivedAt()).isEqualTo(T0.plusSeconds(360));
            assertThat(newest.company()).isEqualTo("Zinc Works");
            assertThat(newest.template()).isEqualTo("CMRT");
            assertThat(newest.templateVersion()).isEqualTo("6.5");
            assertThat(all.lines().get(2).errors()).isEqualTo(1);
            assertThat(all.lines().get(2).warnings()).isEqualTo(1);

            List<Long> walked = new ArrayList<>();
            for (int first = 0; first < 7; first += 3) {
                table.page(none, Map.of(), null, true, first, 3).lines().forEach(l -> walked.add(l.id()));
            }
            assertThat(walked).containsExactlyElementsOf(newestFirst);

            assertThat(table.page(new Declarations.Filter(2024, null, null, null), Map.of(), null, true, 0, 100).total()).isEqualTo(2);
            assertThat(table.page(new Declarations.Filter(null, null, null, "zinc"), Map.of(), null, true, 0, 100).total()).isEqualTo(1);
            assertThat(table.page(none, Map.of("company", "MERIDIAN"), null, true, 0, 100).total()).isEqualTo(6);
            assertThat(table.page(none, Map.of("errors", "2"), null, true, 0, 100).lines())
                    .extracting(DeclarationTable.Line::errors).containsOnly(2L).hasSize(2);
            assertThat(table.page(none, Map.of("warnings", "1"), null, true, 0, 100).lines())
                    .extracting(DeclarationTable.Line::id).containsExactly(ids.get(4));
            assertThat(table.page(none, Map.of("template", "cmrt 6.5"), null, true, 0, 100).total()).isEqualTo(7);
            assertThat(table.page(none, Map.of("id", String.valueOf(ids.get(3))), null, true, 0, 100).lines())
                    .extracting(DeclarationTable.Line::id).contains(ids.get(3));
            // the status column shows words ("Needs follow-up"), and the filter matches them
            long needFollowUp = all.lines().stream().filter(l -> l.status() == DeclarationStatus.NEEDS_FOLLOW_UP).count();
            assertThat(needFollowUp).isPositive();
            assertThat(table.page(none, Map.of("status", "follow"), null, true, 0, 100).total()).isEqualTo((int) needFollowUp);
            assertThat(table.page(none, Map.of("status", "no such status"), null, true, 0, 100).total()).isZero();

            assertThat(table.page(none, Map.of(), "errors", false, 0, 100).lines())
                    .extracting(DeclarationTable.Line::errors).isSortedAccordingTo((a, b) -> Long.compare(b, a));
            assertThat(table.page(none, Map.of(), "company", true, 0, 1).lines().get(0).company()).isEqualTo("Meridian 0");
            table.em.close();
        }
    }

    private static long declaration(EntityManager em, String file, int year, String company, Instant at, List<Finding> findings) {
        StoredFile stored = new StoredFile(file.getBytes(), file, at, "alice", Channel.UPLOAD);
        em.persist(stored);
        Declaration d = new Declaration(stored, file, Channel.UPLOAD, at, "alice");
        d.linkTo(null, year, null);
        d.fill("6.5", "English", false, new Company(company, null, null, null, "Ann", "ann@example.com", null, "Bo", "CEO",
                        "bo@example.com", null, LocalDate.of(2024, 1, 15), null), "A. Company", null, List.of(),
                new ArrayList<>(), List.of());
        d.evaluate(findings, at.plusSeconds(5));
        em.persist(d);
        em.flush();
        return d.getId();
    }
}
