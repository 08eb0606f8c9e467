package org.oretrace.outreach.application;

import org.oretrace.outreach.published.CampaignStats;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.kernel.ReportingYear;
import org.oretrace.kernel.testing.TestDatabase;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.outreach.domain.Campaign;
import org.oretrace.outreach.domain.FollowUpPolicy;
import org.oretrace.outreach.domain.Supplier;
import org.oretrace.outreach.domain.SupplierCategory;
import org.oretrace.outreach.domain.SurveyRequest;
import org.oretrace.outreach.testing.ResourceLocalUnitOfWork;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The campaign figures counted by the database agree with counting the requests one by one, for a
 * campaign with a request in every state, unreachable and out-of-scope suppliers, responses on both
 * sides of midnight and another year's campaign next to it.
 */
class CampaignStatisticsPersistenceTest {

    private static final Instant NOW = Instant.parse("2024-01-10T08:00:00Z");
    private static final LocalDate LAUNCH = LocalDate.of(2024, 1, 10);
    private static final LocalDate DUE = LocalDate.of(2024, 3, 31);
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theAggregateQueriesGiveTheFiguresOfTheRequestsCountedOneByOne(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "outreach")) {
            EntityManagerFactory emf = db.entityManagerFactory("outreach-test");
            EntityManager em = emf.createEntityManager();
            ApplicationClock clock = ApplicationClock.system(true);
            CampaignStatistics statistics = onSeededYear(emf, em, clock);

            CampaignStats stats = statistics.forYear(2023);

            assertThat(stats.solicited()).isEqualTo(11);
            assertThat(stats.responded()).isEqualTo(5);
            assertThat(stats.responseRate()).isEqualTo(45.5);
            assertThat(stats.summary()).isEqualTo("5 of 11, 45%");
            assertThat(stats.outOfScope()).isEqualTo(2);
            assertThat(stats.campaignStatus()).isEqualTo("LAUNCHED");
            assertThat(stats.byStatus()).containsExactly(
                    java.util.Map.entry("NOT_SENT", 1L), java.util.Map.entry("SENT", 1L), java.util.Map.entry("REMINDED", 1L),
                    java.util.Map.entry("ESCALATED", 1L), java.util.Map.entry("PARTIAL", 0L), java.util.Map.entry("RESPONDED", 4L),
                    java.util.Map.entry("NEEDS_FOLLOW_UP", 1L), java.util.Map.entry("UNREACHABLE", 2L));
            assertThat(stats.byCategory()).containsExactly(
                    java.util.Map.entry("(none)", new CampaignStats.CategoryFigures(2, 1, 50.0)),
                    java.util.Map.entry("Cables", new CampaignStats.CategoryFigures(4, 2, 50.0)),
                    java.util.Map.entry("Castings", new CampaignStats.CategoryFigures(5, 2, 40.0)));
            assertThat(stats.responsesOverTime()).containsExactly(
                    new CampaignStats.DailyResponses(LocalDate.of(2024, 2, 1), 1, 1),
                    new CampaignStats.DailyResponses(LocalDate.of(2024, 2, 2), 2, 3),
                    new CampaignStats.DailyResponses(LocalDate.of(2024, 2, 10), 1, 4));
            assertThat(stats.overdue()).extracting(CampaignStats.Overdue::supplierName, CampaignStats.Overdue::status,
                            CampaignStats.Overdue::remindersSent, CampaignStats.Overdue::daysOverdue, CampaignStats.Overdue::category)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Alpha Alloys", "Escalated", 1, 2, null),
                            org.assertj.core.groups.Tuple.tuple("Bravo Wire", "Reminded", 1, 2, "Cables"),
                            org.assertj.core.groups.Tuple.tuple("Charlie Foundry", "Sent", 0, 2, "Castings"),
                            org.assertj.core.groups.Tuple.tuple("Delta Foundry", "Not yet sent", 0, 2, "Castings"));
            assertThat(stats.overdue()).extracting(CampaignStats.Overdue::supplierNumber, CampaignStats.Overdue::owner)
                    .startsWith(org.assertj.core.groups.Tuple.tuple("S-04", "Pat Buyer"));
            assertThat(stats).isEqualTo(oneByOne(em, LocalDate.of(2024, 4, 2), ZoneOffset.UTC));
            // a CMRT campaign: the CMRT's figures, which the filing reports, are the campaign's figures as they always were
            assertThat(stats.byTemplate().keySet()).containsExactly("CMRT");
            assertThat(stats.cmrt().solicited()).isEqualTo(stats.solicited());
            assertThat(stats.cmrt().responded()).isEqualTo(stats.responded());
            assertThat(stats.cmrt().responseRate()).isEqualTo(stats.responseRate());
            assertThat(stats.cmrt().summary()).isEqualTo(stats.summary());
            assertThat(stats.cmrt().responsesOverTime()).isEqualTo(stats.responsesOverTime());
            assertThat(stats.byCategory().values()).allSatisfy(c -> assertThat(c.cmrtResponded()).isEqualTo(c.responded()));
            assertThat(stats.partial()).isZero();

            Campaign campaign = campaign(em, 2023);
            CampaignStats newYork = statistics.aggregate(campaign, LocalDate.of(2024, 4, 2), NEW_YORK);
            assertThat(newYork.responsesOverTime()).as("03:00 UTC on 2 February is still 1 February in New York")
                    .containsExactly(new CampaignStats.DailyResponses(LocalDate.of(2024, 2, 1), 3, 3),
                            new CampaignStats.DailyResponses(LocalDate.of(2024, 2, 10), 1, 4));
            assertThat(newYork).isEqualTo(oneByOne(em, LocalDate.of(2024, 4, 2), NEW_YORK));

            CampaignStats beforeDue = statistics.aggregate(campaign, DUE, ZoneOffset.UTC);
            assertThat(beforeDue.overdue()).isEmpty();
            assertThat(beforeDue).isEqualTo(oneByOne(em, DUE, ZoneOffset.UTC));

            assertThat(statistics.forYear(2022).summary()).as("the other year's campaign").isEqualTo("1 of 1, 100%");
            assertThat(statistics.find(2021)).isEmpty();
            em.close();
        }
    }

    /**
     * Issue 18: on PostgreSQL the figures are kept while outreach's tables behind them are unchanged (kernel StampedCache,
     * DataStamp) and computed again after a write committed through another connection, as another node would; a new
     * day is its own entry. H2 gives no stamp: every call computes.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void figuresAreKeptOnlyWhileTheirTablesAreUnchanged(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "outreach")) {
            EntityManagerFactory emf = db.entityManagerFactory("outreach-test");
            EntityManager em = emf.createEntityManager();
            ApplicationClock clock = ApplicationClock.system(true);
            CampaignStatistics statistics = onSeededYear(emf, em, clock);

            CampaignStats first = statistics.forYear(2023);
            CampaignStats second = statistics.forYear(2023);
            assertThat(second).isEqualTo(first);
            if (kind == TestDatabase.Kind.H2) {
                assertThat(second).as("nothing kept without a stamp").isNotSameAs(first);
            } else {
                assertThat(second).as("kept while nothing was written").isSameAs(first);
            }

            new ResourceLocalUnitOfWork(emf).inNewTransaction(writer -> {
                request(writer, campaign(writer, 2023), "S-99", "Late Entry Ltd", null, r -> r.sent(LAUNCH));
                return null;
            });
            CampaignStats afterWrite = statistics.forYear(2023);
            assertThat(afterWrite.solicited()).as("the committed request counts at once").isEqualTo(first.solicited() + 1);
            assertThat(afterWrite).isEqualTo(oneByOne(em, LocalDate.of(2024, 4, 2), ZoneOffset.UTC));

            clock.fixAt(Instant.parse("2024-04-03T10:00:00Z"));
            CampaignStats nextDay = statistics.forYear(2023);
            assertThat(nextDay.overdue()).as("a day later, one more day overdue")
                    .allSatisfy(o -> assertThat(o.daysOverdue()).isEqualTo(3));
            assertThat(nextDay).isEqualTo(oneByOne(em, LocalDate.of(2024, 4, 3), ZoneOffset.UTC));
            em.close();
        }
    }

    /** The seeded campaigns, asked on 2 April 2024 (UTC) through {@code em}. */
    private static CampaignStatistics onSeededYear(EntityManagerFactory emf, EntityManager em, ApplicationClock clock) {
        new ResourceLocalUnitOfWork(emf).inNewTransaction(writer -> {
            seed(writer);
            return null;
        });
        clock.fixAt(Instant.parse("2024-04-02T10:00:00Z"));
        CampaignStatistics statistics = new CampaignStatistics();
        statistics.em = em;
        statistics.clock = clock;
        return statistics;
    }

    /** The former way: every request of the campaign loaded as an entity and counted in Java. */
    private static CampaignStats oneByOne(EntityManager em, LocalDate today, ZoneId zone) {
        Campaign campaign = campaign(em, 2023);
        List<SurveyRequest> requests = em.createQuery("select r from SurveyRequest r join fetch r.supplier s"
                        + " left join fetch s.category where r.campaign = :c", SurveyRequest.class)
                .setParameter("c", campaign).getResultList();
        return CampaignStatistics.compute(campaign, requests, today, zone);
    }

    private static Campaign campaign(EntityManager em, int year) {
        return em.createQuery("select c from Campaign c where c.reportingYear = :y", Campaign.class)
                .setParameter("y", year).getSingleResult();
    }

    /** A 2023 campaign with a request in every state, unreachable and out-of-scope suppliers (also OutreachReadModelsTest). */
    static void seed(EntityManager em) {
        SupplierCategory castings = new SupplierCategory("Castings", 90);
        SupplierCategory cables = new SupplierCategory("Cables", 91);
        em.persist(castings);
        em.persist(cables);
        Campaign campaign = launched(em, 2023);
        Campaign lastYear = launched(em, 2022);

        Supplier delta = request(em, campaign, "S-01", "Delta Foundry", castings, r -> { });
        request(em, campaign, "S-02", "Charlie Foundry", castings, r -> r.sent(LAUNCH));
        request(em, campaign, "S-03", "Bravo Wire", cables, r -> {
            r.sent(LAUNCH);
            r.reminded(LAUNCH.plusDays(14));
        });
        Supplier alpha = request(em, campaign, "S-04", "Alpha Alloys", null, r -> {
            r.sent(LAUNCH);
            r.reminded(LAUNCH.plusDays(14));
            r.escalated(LAUNCH.plusDays(56));
        });
        alpha.assignOwner("Pat Buyer", "pat@example.com");
        request(em, campaign, "S-05", "Echo Metals", castings, r -> {
            r.sent(LAUNCH);
            r.responded(5L, Instant.parse("2024-02-01T23:30:00Z"));
        });
        request(em, campaign, "S-06", "Foxtrot Cables", cables, r -> {
            r.sent(LAUNCH);
            r.responded(6L, Instant.parse("2024-02-02T03:00:00Z"));
        });
        request(em, campaign, "S-07", "Golf Connectors", cables, r -> {
            r.sent(LAUNCH);
            r.needsFollowUp(7L, Instant.parse("2024-02-02T03:00:00Z"));
        });
        request(em, campaign, "S-08", "Hotel Castings", castings, SurveyRequest::unreachable);
        request(em, campaign, "S-09", "India Wire", cables, r -> r.sent(LAUNCH)).markUnreachable("company dissolved");
        request(em, campaign, "S-10", "Juliet Parts", null, r -> {
            r.sent(LAUNCH);
            r.responded(10L, Instant.parse("2024-02-10T12:00:00Z"));
        }).markUnreachable("answered, then the line went dead");
        request(em, campaign, "S-11", "Kilo Services", castings, r -> r.sent(LAUNCH)).markOutOfScope("services only");
        request(em, campaign, "S-12", "Lima Services", castings, r -> {
            r.sent(LAUNCH);
            r.responded(12L, Instant.parse("2024-02-03T12:00:00Z"));
        }).markOutOfScope("services only");
        request(em, campaign, "S-13", "Mike Metals", castings, r -> {
            r.sent(LAUNCH);
            r.responded(null, null);
        });

        SurveyRequest earlier = new SurveyRequest(lastYear, delta);
        earlier.sent(LocalDate.of(2023, 1, 10));
        earlier.responded(1L, Instant.parse("2023-02-01T10:00:00Z"));
        em.persist(earlier);
    }

    private static Campaign launched(EntityManager em, int year) {
        Campaign campaign = new Campaign(ReportingYear.of(year), LocalDate.of(year + 1, 3, 31), "6.5", NOW);
        campaign.changePolicy(FollowUpPolicy.standard());
        campaign.launched(NOW, LocalDate.of(year + 1, 1, 10));
        em.persist(campaign);
        return campaign;
    }

    private static Supplier request(EntityManager em, Campaign campaign, String number, String name, SupplierCategory category,
                                    Consumer<SurveyRequest> history) {
        Supplier supplier = new Supplier(number, name, NOW);
        supplier.classify(category);
        em.persist(supplier);
        SurveyRequest request = new SurveyRequest(campaign, supplier);
        history.accept(request);
        em.persist(request);
        return supplier;
    }
}
