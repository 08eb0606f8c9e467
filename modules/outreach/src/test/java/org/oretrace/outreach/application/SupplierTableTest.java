package org.oretrace.outreach.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.kernel.testing.TestDatabase;
import org.oretrace.outreach.domain.Contact;
import org.oretrace.outreach.domain.Supplier;
import org.oretrace.outreach.domain.SupplierCategory;
import org.oretrace.outreach.domain.SupplierStatus;
import org.oretrace.outreach.testing.ResourceLocalUnitOfWork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: the suppliers screen reads one page at a time. The page, the count, the screen's filter and the column
 * filters and sort (on what each column shows: the status label, "yes" for a clause, the primary contact's address)
 * come from the database, and walking the pages gives every matching supplier once.
 */
class SupplierTableTest {

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void pagesFiltersAndSortsInTheDatabase(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "outreach")) {
            EntityManagerFactory emf = db.entityManagerFactory("outreach-test");
            new ResourceLocalUnitOfWork(emf).inNewTransaction(em -> {
                SupplierCategory castings = new SupplierCategory("Castings", 1);
                em.persist(castings);
                for (int i = 1; i <= 12; i++) {
                    Supplier s = new Supplier("N-" + (100 + i), "Supplier " + (char) ('A' + i) + (i % 2 == 0 ? " Castings" : " Wiring"), T0);
                    if (i % 2 == 0) {
                        s.classify(castings);
                    }
                    s.locate(i <= 4 ? "Germany" : "Japan");
                    if (i == 3) {
                        s.markOutOfScope("sells services only");
                    }
                    if (i == 5) {
                        s.contractClause(true, LocalDate.of(2025, 1, 1));
                    }
                    Contact other = s.addContact("Other " + i, "other" + i + "@s.test", null, "en");
                    Contact primary = s.addContact("Primary " + i, "primary" + i + "@s.test", null, "en");
                    s.makePrimary(primary);
                    em.persist(s);
                    assertThat(other.isPrimary()).isFalse();
                }
                return null;
            });
            EntityManager em = emf.createEntityManager();
            SupplierTable table = new SupplierTable();
            table.em = em;
            Suppliers.Filter none = Suppliers.Filter.none();

            SupplierTable.Page all = table.page(none, Map.of(), null, true, 0, 100);
            assertThat(all.total()).isEqualTo(12);
            assertThat(all.rows()).extracting(SupplierTable.Row::name).isSorted();
            List<String> walked = new ArrayList<>();
            for (int first = 0; first < 12; first += 5) {
                SupplierTable.Page page = table.page(none, Map.of(), null, true, first, 5);
                assertThat(page.total()).isEqualTo(12);
                page.rows().forEach(r -> walked.add(r.supplierNumber()));
            }
            assertThat(walked).as("each supplier once over the pages").doesNotHaveDuplicates().hasSize(12);
            SupplierTable.Row first = all.rows().get(0);
            assertThat(first.primaryContact()).startsWith("primary");

            assertThat(table.page(none, Map.of("name", "castings"), null, true, 0, 100).total()).isEqualTo(6);
            assertThat(table.page(none, Map.of("categoryName", "CAST", "country", "germ"), null, true, 0, 100).rows())
                    .extracting(SupplierTable.Row::supplierNumber).containsExactlyInAnyOrder("N-102", "N-104");
            assertThat(table.page(none, Map.of("status", "of sc"), null, true, 0, 100).rows())
                    .extracting(SupplierTable.Row::status).containsExactly(SupplierStatus.OUT_OF_SCOPE);
            assertThat(table.page(none, Map.of("contractClause", "ye"), null, true, 0, 100).rows())
                    .extracting(SupplierTable.Row::supplierNumber).containsExactly("N-105");
            assertThat(table.page(none, Map.of("contractClause", "no"), null, true, 0, 100).total()).isZero();
            assertThat(table.page(none, Map.of("primaryContact", "primary7@"), null, true, 0, 100).rows())
                    .extracting(SupplierTable.Row::supplierNumber).containsExactly("N-107");
            assertThat(table.page(none, Map.of("primaryContact", "other7@"), null, true, 0, 100).total())
                    .as("only the primary contact is the column's value").isZero();
            // the form's filter and a column filter together
            Suppliers.Filter japan = new Suppliers.Filter("wiring", null, true, null, null, null);
            assertThat(table.page(japan, Map.of("country", "japan"), null, true, 0, 100).rows())
                    .extracting(SupplierTable.Row::supplierNumber).containsExactly("N-105", "N-107", "N-109", "N-111");

            assertThat(table.page(none, Map.of(), "supplierNumber", false, 0, 3).rows())
                    .extracting(SupplierTable.Row::supplierNumber).containsExactly("N-112", "N-111", "N-110");
            assertThat(table.page(none, Map.of(), "country", true, 0, 4).rows())
                    .extracting(SupplierTable.Row::country).containsOnly("Germany");
            em.close();
        }
    }
}
