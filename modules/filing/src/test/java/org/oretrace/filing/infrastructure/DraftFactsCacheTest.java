package org.oretrace.filing.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.filing.application.DraftFactsCache;
import org.oretrace.filing.domain.FilingFacts;
import org.oretrace.kernel.testing.TestDatabase;
import org.oretrace.outreach.domain.Supplier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: a draft's facts are kept while the database is unchanged and computed again after any committed write,
 * whichever connection (node) wrote it; the key is the supplying modules' stamps of their tables (kernel DataStamp),
 * read through {@link ModuleFilingSources}. H2 has no such stamp: every request computes.
 */
class DraftFactsCacheTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void factsAreKeptUntilAnyTransactionWrites(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "registry", "outreach", "intake", "filing")) {
            EntityManagerFactory emf = db.entityManagerFactory("filing-modules-test");
            EntityManager reader = emf.createEntityManager();
            ModuleFilingSources sources = new ModuleFilingSources();
            sources.em = reader;
            sources.campaigns = ModuleFilingSourcesPersistenceTest.campaignStatistics(reader);
            sources.declarationStates = new org.oretrace.intake.application.IntakeDeclarationStates(reader);
            sources.registry = org.oretrace.registry.application.PublishedSmelterRegistry.outsideContainer(reader);
            DraftFactsCache cache = new DraftFactsCache();
            AtomicInteger computed = new AtomicInteger();
            java.util.function.Supplier<FilingFacts> compute = () -> new FilingFacts.Builder()
                    .add(FilingFacts.SUPPLIERS_IN_SCOPE, "Suppliers in scope", computed.incrementAndGet(), null)
                    .build(2023, LocalDate.of(2023, 12, 31), List.of());

            FilingFacts first = cache.facts(2023, sources, compute);
            FilingFacts second = cache.facts(2023, sources, compute);
            if (kind == TestDatabase.Kind.H2) {
                assertThat(sources.dataStamp()).isNull();
                assertThat(computed).hasValue(2);
                return;
            }
            assertThat(sources.dataStamp()).as("unchanged while nothing is written").isEqualTo(sources.dataStamp())
                    .as("writes to other databases of the server do not count").matches("[0-9:/|]+");
            assertThat(second).isSameAs(first);
            assertThat(computed).hasValue(1);
            assertThat(cache.facts(2024, sources, compute)).as("another year is its own entry").isNotSameAs(first);
            assertThat(computed).hasValue(2);

            // another connection (as another node would) writes and commits: the kept facts are not used any more
            EntityManager writer = emf.createEntityManager();
            writer.getTransaction().begin();
            writer.persist(new Supplier("S-NEW", "Written Elsewhere Ltd", Instant.parse("2024-02-01T10:00:00Z")));
            writer.getTransaction().commit();
            writer.close();
            FilingFacts afterWrite = cache.facts(2023, sources, compute);
            assertThat(afterWrite).isNotSameAs(first);
            assertThat(computed).hasValue(3);
            assertThat(cache.facts(2023, sources, compute)).isSameAs(afterWrite);

            // an update (no row added or removed) counts too
            EntityManager updater = emf.createEntityManager();
            updater.getTransaction().begin();
            Supplier written = updater.createQuery("select s from Supplier s where s.supplierNumber = 'S-NEW'", Supplier.class)
                    .getSingleResult();
            written.locate("Austria");
            updater.getTransaction().commit();
            updater.close();
            FilingFacts afterUpdate = cache.facts(2023, sources, compute);
            assertThat(afterUpdate).isNotSameAs(afterWrite);

            // a transaction still open when the facts were computed: its commit changes the stamp too
            EntityManager open = emf.createEntityManager();
            open.getTransaction().begin();
            open.persist(new Supplier("S-OPEN", "Open Transaction GmbH", Instant.parse("2024-02-01T10:00:00Z")));
            open.flush();
            FilingFacts duringOpen = cache.facts(2023, sources, compute);
            open.getTransaction().commit();
            open.close();
            assertThat(cache.facts(2023, sources, compute)).isNotSameAs(duringOpen);

            // requests that come while the year is being computed wait for that computation instead of starting their own
            DraftFactsCache fresh = new DraftFactsCache();
            AtomicInteger slow = new AtomicInteger();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
            List<java.util.concurrent.Future<FilingFacts>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                answers.add(pool.submit(() -> {
                    EntityManager own = emf.createEntityManager();
                    try {
                        ModuleFilingSources s = new ModuleFilingSources();
                        s.em = own;
                        s.campaigns = ModuleFilingSourcesPersistenceTest.campaignStatistics(own);
                        s.declarationStates = new org.oretrace.intake.application.IntakeDeclarationStates(own);
                        s.registry = org.oretrace.registry.application.PublishedSmelterRegistry.outsideContainer(own);
                        return fresh.facts(2023, s, () -> {
                            slow.incrementAndGet();
                            try {
                                Thread.sleep(500);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return compute.get();
                        });
                    } finally {
                        own.close();
                    }
                }));
            }
            FilingFacts one = answers.get(0).get();
            for (java.util.concurrent.Future<FilingFacts> answer : answers) {
                assertThat(answer.get()).isSameAs(one);
            }
            pool.shutdown();
            assertThat(slow).as("one computation for three requests").hasValue(1);
            reader.close();
        }
    }
}
