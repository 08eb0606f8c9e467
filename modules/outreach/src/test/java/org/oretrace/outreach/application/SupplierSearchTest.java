package org.oretrace.outreach.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.kernel.testing.TestDatabase;
import org.oretrace.outreach.domain.Contact;
import org.oretrace.outreach.domain.Supplier;
import org.oretrace.outreach.testing.ResourceLocalUnitOfWork;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: /api/suppliers returns one page of the matches with the total, and the page's suppliers come with their
 * contacts already read (in their order), so that writing the JSON does not query once per supplier.
 */
class SupplierSearchTest {

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void pagesTheMatchesWithTheirContacts(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "outreach")) {
            EntityManagerFactory emf = db.entityManagerFactory("outreach-test");
            new ResourceLocalUnitOfWork(emf).inNewTransaction(em -> {
                for (int i = 1; i <= 7; i++) {
                    Supplier s = new Supplier("P-" + i, "Supplier " + (char) ('H' - i) + (i == 7 ? " Other" : ""), T0);
                    s.addContact("First " + i, "first" + i + "@s.test", null, "en");
                    Contact second = s.addContact("Second " + i, "second" + i + "@s.test", null, "en");
                    s.makePrimary(second);
                    em.persist(s);
                }
                return null;
            });
            EntityManager em = emf.createEntityManager();
            SupplierSearch search = new SupplierSearch();
            search.em = em;

            SupplierSearch.Page page = search.page(Suppliers.Filter.none(), 0, 3);
            assertThat(page.total()).isEqualTo(7);
            assertThat(page.suppliers()).extracting(Supplier::getName)
                    .containsExactly("Supplier A Other", "Supplier B", "Supplier C");
            for (Supplier s : page.suppliers()) {
                assertThat(emf.getPersistenceUnitUtil().isLoaded(s, "contacts")).as("contacts read with the page").isTrue();
                assertThat(s.getContacts()).extracting(Contact::getName).hasSize(2).first().asString().startsWith("First");
            }
            List<String> walked = new ArrayList<>();
            for (int first = 0; first < 7; first += 3) {
                search.page(Suppliers.Filter.none(), first, 3).suppliers().forEach(s -> walked.add(s.getSupplierNumber()));
            }
            assertThat(walked).doesNotHaveDuplicates().hasSize(7);

            SupplierSearch.Page filtered = search.page(new Suppliers.Filter("other", null, null, null, null, null), 0, 100);
            assertThat(filtered.total()).isEqualTo(1);
            assertThat(filtered.suppliers()).extracting(Supplier::getSupplierNumber).containsExactly("P-7");
            assertThat(search.page(Suppliers.Filter.none(), 0, 0).suppliers()).as("at least one per page").hasSize(1);
            assertThat(search.page(Suppliers.Filter.none(), 50, 10).suppliers()).isEmpty();
            assertThat(search.page(Suppliers.Filter.none(), 50, 10).total()).isEqualTo(7);

            // the templates screen's preview list: flat, the first by name, bounded
            assertThat(search.choices(2)).extracting(SupplierSearch.Choice::supplierNumber).containsExactly("P-7", "P-6");
            assertThat(search.choices(100_000)).hasSize(7);
            assertThat(search.firstByName().getSupplierNumber()).isEqualTo("P-7");
            em.close();
        }
    }
}
