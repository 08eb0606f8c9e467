package org.oretrace.outreach.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.kernel.audit.AuditTrail;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.security.SystemActor;
import org.oretrace.kernel.testing.TestDatabase;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.outreach.infrastructure.TableReader;
import org.oretrace.outreach.testing.SharedEntityManagerUnitOfWork;
import org.oretrace.outreach.testing.Unresolvable;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A row that passes the import's checks but that the database refuses (a name longer than its
 * column) is reported with its line and reason; every other row of the file is imported, in the
 * first chunk of rows and in the next.
 */
class SupplierImportPersistenceTest {

    private static final String HEADER = "Vendor Number;Name 1;Land1;Commodity;E-Mail;3TG relevant";
    private static final int ROWS = SupplierBatch.CHUNK + 20;
    private static final int TOO_LONG_ROW = 7;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRowTheDatabaseRefusesIsReportedWithItsLineAndTheOthersAreImported(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "outreach")) {
            EntityManagerFactory emf = db.entityManagerFactory("outreach-test");
            EntityManager em = emf.createEntityManager();
            SupplierImport supplierImport = supplierImport(em);

            SupplierImport.Result first = SystemActor.run("erp-import", () -> run(supplierImport, rows(i -> i == TOO_LONG_ROW
                    ? "IM-" + i + ";" + "Very Long Name Foundry ".repeat(14) + ";DE;Metallic;im" + i + "@example.com;yes"
                    : row(i, "Foundry " + i))));

            assertThat(first.created()).isEqualTo(ROWS - 2);
            assertThat(first.rejectedRows()).extracting(SupplierImport.RowCheck::line).containsExactly(4, TOO_LONG_ROW + 2);
            assertThat(first.rejectedRows().get(0).problems()).containsExactly("in scope 'perhaps' is not yes or no");
            SupplierImport.RowCheck refused = first.rejectedRows().get(1);
            assertThat(refused.supplierNumber()).isEqualTo("IM-" + TOO_LONG_ROW);
            // the rules now refuse a name longer than its column (InputLimits) before the database would: same line, same
            // fallback of the chunk to row by row, a sentence instead of the database's message
            assertThat(refused.problemText()).isEqualTo("Supplier name: at most 300 characters (321 given)");
            assertThat(first.summary()).isEqualTo((ROWS - 2) + " created, 0 updated, 0 unchanged, 2 rejected");
            assertThat(count(em, "select count(s) from Supplier s")).isEqualTo(ROWS - 2);
            assertThat(count(em, "select count(s) from Supplier s where s.supplierNumber = 'IM-" + TOO_LONG_ROW + "'")).isZero();
            assertThat(count(em, "select count(c) from Contact c")).isEqualTo(ROWS - 2);
            assertThat(count(em, "select count(a) from AuditEntry a where a.entityType = 'Supplier' and a.action = 'created'"))
                    .as("the refused row's audit entry went with it").isEqualTo(ROWS - 2);
            assertThat(count(em, "select count(a) from AuditEntry a where a.entityType = 'SupplierImport'")).isEqualTo(1);

            SupplierImport.Result second = SystemActor.run("erp-import", () -> run(supplierImport, rows(i -> i == TOO_LONG_ROW
                    ? row(i, "Short Name Foundry")
                    : i == ROWS - 1 ? row(i, "Foundry " + i + " renamed") : row(i, "Foundry " + i))));

            assertThat(second.summary()).isEqualTo("1 created, 1 updated, " + (ROWS - 3) + " unchanged, 1 rejected");
            assertThat(count(em, "select count(s) from Supplier s")).isEqualTo(ROWS - 1);
            assertThat(em.createQuery("select s.name from Supplier s where s.supplierNumber = :n", String.class)
                    .setParameter("n", "IM-" + (ROWS - 1)).getSingleResult()).isEqualTo("Foundry " + (ROWS - 1) + " renamed");
            em.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aBatchOfGoodSuppliersIsCountedAsBeforeAndARuleBrokenOnSaveStaysOut(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "outreach")) {
            EntityManager em = db.entityManagerFactory("outreach-test").createEntityManager();
            SupplierBatch batch = supplierImport(em).batch;

            SupplierBatch.Outcome outcome = SystemActor.run("erp", () -> batch.saveEach(List.of(
                    supplier("PU-1", "Pushed One", "Metallic"), supplier("PU-2", "Pushed Two", "No Such Category"),
                    supplier("PU-3", "Pushed Three", null))));

            assertThat(outcome.created()).isEqualTo(2);
            assertThat(outcome.refused()).extracting(SupplierBatch.Refusal::index).containsExactly(1);
            assertThat(outcome.refused().get(0).reason()).startsWith("Unknown category 'No Such Category'");
            assertThat(count(em, "select count(s) from Supplier s")).isEqualTo(2);
            em.close();
        }
    }

    private static SupplierData supplier(String number, String name, String category) {
        return new SupplierData(number, name, category, null, null, null, null, null, null, null, null, null, null);
    }

    private static SupplierImport.Result run(SupplierImport supplierImport, String csv) {
        TableReader.Table table = supplierImport.read("vendors.csv", csv.getBytes(StandardCharsets.UTF_8));
        return supplierImport.run("vendors.csv", table, supplierImport.guessMapping(table.headers()));
    }

    /** Row 2 (line 4) fails the checks; the others are good unless the caller says otherwise. */
    private static String rows(java.util.function.IntFunction<String> row) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < ROWS; i++) {
            csv.append(i == 2 ? "IM-2;Foundry 2;DE;Metallic;im2@example.com;perhaps" : row.apply(i)).append('\n');
        }
        return csv.toString();
    }

    private static String row(int i, String name) {
        return "IM-" + i + ";" + name + ";DE;Metallic;im" + i + "@example.com;yes";
    }

    private static long count(EntityManager em, String jpql) {
        em.clear();
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    /** The beans as the server wires them, sharing one persistence context as they share the transaction's. */
    private static SupplierImport supplierImport(EntityManager em) throws ReflectiveOperationException {
        ApplicationClock clock = ApplicationClock.system(true);
        clock.fixAt(Instant.parse("2024-01-15T09:00:00Z"));
        AuditTrail audit = new AuditTrail();
        set(audit, "em", em);
        set(audit, "clock", clock);
        set(audit, "currentUser", new CurrentUser());
        Suppliers suppliers = new Suppliers();
        suppliers.em = em;
        suppliers.audit = audit;
        suppliers.clock = clock;
        suppliers.screening = new Unresolvable<>();
        SupplierBatch batch = new SupplierBatch();
        batch.unitOfWork = new SharedEntityManagerUnitOfWork(em);
        batch.suppliers = suppliers;
        SupplierImport supplierImport = new SupplierImport();
        supplierImport.suppliers = suppliers;
        supplierImport.audit = audit;
        supplierImport.batch = batch;
        supplierImport.unitOfWork = batch.unitOfWork;
        return supplierImport;
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
