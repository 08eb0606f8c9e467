package org.oretrace.outreach.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.kernel.ReportingYear;
import org.oretrace.kernel.cmrt.RmiTemplate;
import org.oretrace.kernel.persistence.Migrations;
import org.oretrace.kernel.testing.TestDatabase;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.outreach.domain.Campaign;
import org.oretrace.outreach.domain.RequestState;
import org.oretrace.outreach.domain.Supplier;
import org.oretrace.outreach.domain.SurveyRequest;
import org.oretrace.outreach.published.CampaignStats;
import org.oretrace.outreach.testing.ResourceLocalUnitOfWork;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request asks its own templates (migration V7): a campaign asking the CMRT of all and the EMRT too of two suppliers
 * stores each request's templates; one of the two that returned the CMRT alone is PARTIAL; the EMRT's figures count
 * the two asked for it, the CMRT's all four, by the database as one by one; intake's view of what was asked is the
 * request's. And V7 gives the requests stored before it their campaign's templates.
 */
class RequestTemplatesPersistenceTest {

    private static final Instant NOW = Instant.parse("2024-01-10T08:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void twoSuppliersAskedForTheEmrtTooAreCountedByTheirOwnTemplates(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "outreach")) {
            EntityManagerFactory emf = db.entityManagerFactory("outreach-test");
            new ResourceLocalUnitOfWork(emf).inNewTransaction(em -> {
                Campaign campaign = new Campaign(ReportingYear.of(2032), LocalDate.of(2024, 3, 31), "6.5", NOW);
                campaign.launched(NOW, LocalDate.of(2024, 1, 10));
                em.persist(campaign);
                Instant feb1 = Instant.parse("2024-02-01T10:00:00Z");
                request(em, campaign, "R-1", true).responded(RmiTemplate.CMRT, 11L, feb1);
                SurveyRequest both = request(em, campaign, "R-2", true);
                both.responded(RmiTemplate.CMRT, 21L, feb1);
                both.responded(RmiTemplate.EMRT, 22L, Instant.parse("2024-02-03T10:00:00Z"));
                request(em, campaign, "R-3", false).responded(RmiTemplate.CMRT, 31L, feb1);
                request(em, campaign, "R-4", false);
                return null;
            });
            EntityManager em = emf.createEntityManager();
            Campaign campaign = em.createQuery("select c from Campaign c where c.reportingYear = 2032", Campaign.class).getSingleResult();
            assertThat(campaign.getTemplates()).as("the campaign's default").containsExactly(RmiTemplate.CMRT);
            Map<String, SurveyRequest> requests = new LinkedHashMap<>();
            List<SurveyRequest> all = em.createQuery("select r from SurveyRequest r join fetch r.supplier s left join fetch s.category"
                    + " where r.campaign = :c", SurveyRequest.class).setParameter("c", campaign).getResultList();
            all.forEach(r -> requests.put(r.getSupplier().getSupplierNumber(), r));
            assertThat(requests.get("R-1").getTemplates()).containsExactly(RmiTemplate.CMRT, RmiTemplate.EMRT);
            assertThat(requests.get("R-1").getState()).as("CMRT back, EMRT missing").isEqualTo(RequestState.PARTIAL);
            assertThat(requests.get("R-1").missingTemplates()).containsExactly(RmiTemplate.EMRT);
            assertThat(requests.get("R-1").templatesBack()).isEqualTo("CMRT back, EMRT missing");
            assertThat(requests.get("R-2").getState()).isEqualTo(RequestState.RESPONDED);
            assertThat(requests.get("R-3").getTemplates()).containsExactly(RmiTemplate.CMRT);
            assertThat(requests.get("R-3").getState()).as("asked the CMRT alone: answered in full").isEqualTo(RequestState.RESPONDED);
            assertThat(RequestMailer.concerned(requests.get("R-1"), org.oretrace.outreach.domain.MailKind.REMINDER))
                    .as("the reminder asks for the missing EMRT").containsExactly(RmiTemplate.EMRT);

            ApplicationClock clock = ApplicationClock.system(true);
            clock.fixAt(Instant.parse("2024-04-02T10:00:00Z"));
            CampaignStatistics statistics = new CampaignStatistics();
            statistics.em = em;
            statistics.clock = clock;
            CampaignStats stats = statistics.forYear(2032);
            assertThat(stats.partial()).isEqualTo(1);
            assertThat(stats.byTemplate().keySet()).containsExactly("CMRT", "EMRT");
            assertThat(stats.cmrt().solicited()).isEqualTo(4);
            assertThat(stats.cmrt().responded()).isEqualTo(3);
            CampaignStats.TemplateFigures emrt = stats.byTemplate().get("EMRT");
            assertThat(emrt.solicited()).as("only R-1 and R-2 were asked for it").isEqualTo(2);
            assertThat(emrt.responded()).isEqualTo(1);
            assertThat(emrt.summary()).isEqualTo("1 of 2, 50%");
            assertThat(statistics.requestsWithoutOutcome(2032)).as("R-4; R-1 sent the CMRT the filing reports on").isEqualTo(1);
            assertThat(stats).isEqualTo(CampaignStatistics.compute(campaign, all, LocalDate.of(2024, 4, 2), ZoneOffset.UTC));

            SurveyRequests surveyRequests = new SurveyRequests();
            surveyRequests.em = em;
            PublishedSupplierRequests published = new PublishedSupplierRequests();
            published.requests = surveyRequests;
            assertThat(published.templatesAsked(requests.get("R-1").getSupplier().getId(), 2032))
                    .isEqualTo(Set.of(RmiTemplate.CMRT, RmiTemplate.EMRT));
            assertThat(published.templatesAsked(requests.get("R-3").getSupplier().getId(), 2032)).isEqualTo(Set.of(RmiTemplate.CMRT));
            em.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void requestsStoredBeforeV7AskTheirCampaignsTemplates(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, "kernel")) {
            Flyway.configure(getClass().getClassLoader()).dataSource(db.dataSource())
                    .locations("classpath:db/migration/outreach").table("flyway_history_outreach")
                    .baselineOnMigrate(true).baselineVersion("0").target("5").load().migrate();
            db.execute("INSERT INTO supplier (id, version, supplier_number, name, contract_clause, status, created_at, updated_at)"
                    + " VALUES (1, 0, 'S-1', 'One', FALSE, 'ACTIVE', '2024-01-01 00:00:00', '2024-01-01 00:00:00')");
            String campaign = "INSERT INTO campaign (id, version, reporting_year, due_date, cmrt_version, status, copy_other_contacts,"
                    + " reminder_days, final_notice, created_at, asks_cmrt, asks_emrt) VALUES ";
            db.execute(campaign + "(1, 0, 2022, '2023-03-31', '6.31', 'CLOSED', FALSE, '14,28,42', TRUE, '2023-01-01 00:00:00', TRUE, FALSE)");
            db.execute(campaign + "(2, 0, 2023, '2024-03-31', '6.4', 'LAUNCHED', FALSE, '14,28,42', TRUE, '2024-01-01 00:00:00', TRUE, TRUE)");
            db.execute(campaign + "(3, 0, 2024, '2025-03-31', '6.5', 'LAUNCHED', FALSE, '14,28,42', TRUE, '2025-01-01 00:00:00', FALSE, TRUE)");
            String request = "INSERT INTO survey_request (id, version, campaign_id, supplier_id, state, reminders_sent) VALUES ";
            db.execute(request + "(1, 0, 1, 1, 'SENT', 0)");
            db.execute(request + "(2, 0, 2, 1, 'SENT', 0)");
            db.execute(request + "(3, 0, 3, 1, 'SENT', 0)");

            Migrations.migrate(db.dataSource(), getClass().getClassLoader(), List.of("outreach"));

            List<String> rows = new ArrayList<>();
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, asks_cmrt, asks_emrt FROM survey_request ORDER BY id")) {
                while (rs.next()) {
                    rows.add(rs.getLong(1) + " " + rs.getBoolean(2) + " " + rs.getBoolean(3));
                }
            }
            assertThat(rows).containsExactly("1 true false", "2 true true", "3 false true");
        }
    }

    private static SurveyRequest request(EntityManager em, Campaign campaign, String number, boolean alsoEmrt) {
        Supplier supplier = new Supplier(number, "Romeo " + number.substring(2), NOW);
        em.persist(supplier);
        SurveyRequest request = new SurveyRequest(campaign, supplier, alsoEmrt ? List.of(RmiTemplate.EMRT) : List.of());
        request.sent(LocalDate.of(2024, 1, 10));
        em.persist(request);
        return request;
    }
}
