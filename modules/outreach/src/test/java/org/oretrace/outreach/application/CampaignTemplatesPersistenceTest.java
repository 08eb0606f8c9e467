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
import org.oretrace.outreach.domain.FollowUpPolicy;
import org.oretrace.outreach.domain.RequestState;
import org.oretrace.outreach.domain.StoredAttachment;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign asking for the CMRT and the EMRT (migration V5): both blanks and the templates asked are stored; a supplier
 * that returned one of the two is PARTIAL, counted apart, and counts in that template's figures only; the figures the
 * database counts are those of counting the requests one by one; the filing's view keeps an unreachable supplier's
 * partial request PARTIAL. And V5 makes the responses of a campaign stored before it CMRT responses.
 */
class CampaignTemplatesPersistenceTest {

    private static final Instant NOW = Instant.parse("2024-01-10T08:00:00Z");
    private static final LocalDate LAUNCH = LocalDate.of(2024, 1, 10);

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aCmrtAndEmrtCampaignCountsEachTemplateAndThePartialAnswers(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "outreach")) {
            EntityManagerFactory emf = db.entityManagerFactory("outreach-test");
            new ResourceLocalUnitOfWork(emf).inNewTransaction(em -> {
                seed(em);
                return null;
            });
            EntityManager em = emf.createEntityManager();
            Campaign campaign = em.createQuery("select c from Campaign c where c.reportingYear = 2031", Campaign.class)
                    .getSingleResult();
            assertThat(campaign.getTemplates()).containsExactly(RmiTemplate.CMRT, RmiTemplate.EMRT);
            assertThat(campaign.getEmrtVersion()).isEqualTo("2.1");
            assertThat(campaign.blankOf(RmiTemplate.EMRT).getFileName()).isEqualTo("RMI_EMRT_2.1.xlsx");
            assertThat(campaign.blankOf(RmiTemplate.CMRT).getFileName()).isEqualTo("RMI_CMRT_6.5.xlsx");

            Map<String, SurveyRequest> requests = new LinkedHashMap<>();
            em.createQuery("select r from SurveyRequest r join fetch r.supplier where r.campaign = :c", SurveyRequest.class)
                    .setParameter("c", campaign).getResultList().forEach(r -> requests.put(r.getSupplier().getSupplierNumber(), r));
            assertThat(requests.get("E-1").getState()).isEqualTo(RequestState.PARTIAL);
            assertThat(requests.get("E-1").missingTemplates()).containsExactly(RmiTemplate.EMRT);
            assertThat(requests.get("E-1").getRespondedAt()).as("not answered in full").isNull();
            assertThat(requests.get("E-2").getState()).isEqualTo(RequestState.NEEDS_FOLLOW_UP);
            assertThat(requests.get("E-2").answerOf(RmiTemplate.CMRT)).isEqualTo(RequestState.RESPONDED);
            assertThat(requests.get("E-2").answerOf(RmiTemplate.EMRT)).isEqualTo(RequestState.NEEDS_FOLLOW_UP);
            assertThat(requests.get("E-3").missingTemplates()).containsExactly(RmiTemplate.CMRT);
            assertThat(requests.get("E-5").getState()).as("unreachable after answering one: still partial").isEqualTo(RequestState.PARTIAL);

            ApplicationClock clock = ApplicationClock.system(true);
            clock.fixAt(Instant.parse("2024-04-02T10:00:00Z"));
            CampaignStatistics statistics = new CampaignStatistics();
            statistics.em = em;
            statistics.clock = clock;
            CampaignStats stats = statistics.forYear(2031);

            assertThat(stats.solicited()).isEqualTo(6);
            assertThat(stats.responded()).as("answered in full: E-2 and E-6").isEqualTo(2);
            assertThat(stats.partial()).as("E-1, E-3, E-5").isEqualTo(3);
            assertThat(stats.byStatus()).containsEntry("PARTIAL", 3L).containsEntry("NEEDS_FOLLOW_UP", 1L)
                    .containsEntry("RESPONDED", 1L).containsEntry("SENT", 1L).containsEntry("UNREACHABLE", 0L);
            assertThat(stats.byTemplate().keySet()).containsExactly("CMRT", "EMRT");
            CampaignStats.TemplateFigures cmrt = stats.byTemplate().get("CMRT");
            assertThat(cmrt).isEqualTo(stats.cmrt());
            assertThat(cmrt.version()).isEqualTo("6.5");
            assertThat(cmrt.solicited()).isEqualTo(6);
            assertThat(cmrt.responded()).as("E-1, E-2, E-5, E-6").isEqualTo(4);
            assertThat(cmrt.summary()).isEqualTo("4 of 6, 67%");
            assertThat(cmrt.responsesOverTime()).containsExactly(
                    new CampaignStats.DailyResponses(LocalDate.of(2024, 2, 1), 2, 2),
                    new CampaignStats.DailyResponses(LocalDate.of(2024, 2, 5), 2, 4));
            CampaignStats.TemplateFigures emrt = stats.byTemplate().get("EMRT");
            assertThat(emrt.version()).isEqualTo("2.1");
            assertThat(emrt.responded()).as("E-2, E-3, E-6").isEqualTo(3);
            assertThat(emrt.responseRate()).isEqualTo(50.0);
            assertThat(emrt.responsesOverTime()).containsExactly(
                    new CampaignStats.DailyResponses(LocalDate.of(2024, 2, 3), 2, 2),
                    new CampaignStats.DailyResponses(LocalDate.of(2024, 2, 6), 1, 3));
            assertThat(stats.byCategory().get("(none)").cmrtResponded()).as("the filing's count per category").isEqualTo(4);
            assertThat(stats.byCategory().get("(none)").responded()).isEqualTo(2);
            assertThat(stats.overdue()).as("still missing a template after the due date: overdue")
                    .extracting(CampaignStats.Overdue::supplierNumber).containsExactly("E-1", "E-3", "E-4");
            assertThat(statistics.requestsWithoutOutcome(2031)).as("E-3 (CMRT still missing) and E-4; E-1 and E-5 sent the CMRT")
                    .isEqualTo(2);

            List<SurveyRequest> all = em.createQuery("select r from SurveyRequest r join fetch r.supplier s left join fetch s.category"
                    + " where r.campaign = :c", SurveyRequest.class).setParameter("c", campaign).getResultList();
            assertThat(stats).isEqualTo(CampaignStatistics.compute(campaign, all, LocalDate.of(2024, 4, 2), ZoneOffset.UTC));

            Map<String, String> viewStates = new LinkedHashMap<>();
            for (Object row : em.createNativeQuery("SELECT supplier_name, state FROM outreach_request_state WHERE reporting_year = 2031")
                    .getResultList()) {
                Object[] r = (Object[]) row;
                viewStates.put((String) r[0], (String) r[1]);
            }
            all.forEach(r -> assertThat(viewStates.get(r.getSupplier().getName()))
                    .as(r.getSupplier().getName()).isEqualTo(CampaignStatistics.effectiveState(r).name()));
            assertThat(viewStates.get("Echo 5")).isEqualTo("PARTIAL");
            em.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theResponsesOfACampaignStoredBeforeV5AreCmrtResponses(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, "kernel")) {
            Flyway.configure(getClass().getClassLoader()).dataSource(db.dataSource())
                    .locations("classpath:db/migration/outreach").table("flyway_history_outreach")
                    .baselineOnMigrate(true).baselineVersion("0").target("4").load().migrate();
            db.execute("INSERT INTO supplier (id, version, supplier_number, name, contract_clause, status, created_at, updated_at)"
                    + " VALUES (1, 0, 'S-1', 'One', FALSE, 'ACTIVE', '2024-01-01 00:00:00', '2024-01-01 00:00:00'),"
                    + " (2, 0, 'S-2', 'Two', FALSE, 'ACTIVE', '2024-01-01 00:00:00', '2024-01-01 00:00:00'),"
                    + " (3, 0, 'S-3', 'Three', FALSE, 'ACTIVE', '2024-01-01 00:00:00', '2024-01-01 00:00:00')");
            db.execute("INSERT INTO campaign (id, version, reporting_year, due_date, cmrt_version, status, copy_other_contacts,"
                    + " reminder_days, final_notice, created_at) VALUES (1, 0, 2023, '2024-03-31', '6.31', 'LAUNCHED', FALSE,"
                    + " '14,28,42', TRUE, '2024-01-01 00:00:00')");
            String request = "INSERT INTO survey_request (id, version, campaign_id, supplier_id, state, reminders_sent, responded_at)"
                    + " VALUES ";
            db.execute(request + "(1, 0, 1, 1, 'RESPONDED', 0, '2024-02-01 10:00:00')");
            db.execute(request + "(2, 0, 1, 2, 'NEEDS_FOLLOW_UP', 1, '2024-02-03 10:00:00')");
            db.execute(request + "(3, 0, 1, 3, 'REMINDED', 2, NULL)");

            Migrations.migrate(db.dataSource(), getClass().getClassLoader(), List.of("outreach"));

            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT asks_cmrt, asks_emrt, emrt_version, emrt_attachment_id FROM campaign")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getBoolean(1)).isTrue();
                    assertThat(rs.getBoolean(2)).isFalse();
                    assertThat(rs.getString(3)).isEqualTo("2.1");
                    assertThat(rs.getObject(4)).isNull();
                }
                List<String> rows = new java.util.ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT id, cmrt_answer, cmrt_answered_at, emrt_answer FROM survey_request ORDER BY id")) {
                    while (rs.next()) {
                        rows.add(rs.getLong(1) + " " + rs.getString(2) + " " + (rs.getTimestamp(3) == null ? null
                                : rs.getTimestamp(3).toLocalDateTime().toLocalDate()) + " " + rs.getString(4));
                    }
                }
                assertThat(rows).containsExactly("1 RESPONDED 2024-02-01 null", "2 NEEDS_FOLLOW_UP 2024-02-03 null",
                        "3 null null null");
            }
        }
    }

    /**
     * 2031: six suppliers asked for the CMRT 6.5 and the EMRT 2.1. E-1 CMRT only; E-2 both (the EMRT needs
     * follow-up); E-3 EMRT only; E-4 nothing; E-5 CMRT only, then unreachable; E-6 both.
     */
    private static void seed(EntityManager em) {
        StoredAttachment cmrt = new StoredAttachment("RMI_CMRT_6.5.xlsx", StoredAttachment.XLSX, new byte[] {'P', 'K', 1}, NOW, "admin");
        StoredAttachment emrt = new StoredAttachment("RMI_EMRT_2.1.xlsx", StoredAttachment.XLSX, new byte[] {'P', 'K', 2}, NOW, "admin");
        em.persist(cmrt);
        em.persist(emrt);
        Campaign campaign = new Campaign(ReportingYear.of(2031), LocalDate.of(2024, 3, 31), "6.5", NOW);
        campaign.askFor(List.of(RmiTemplate.CMRT, RmiTemplate.EMRT));
        campaign.attachBlank(RmiTemplate.CMRT, cmrt);
        campaign.attachBlank(RmiTemplate.EMRT, emrt);
        campaign.changePolicy(FollowUpPolicy.standard());
        campaign.launched(NOW, LAUNCH);
        em.persist(campaign);
        Instant feb1 = Instant.parse("2024-02-01T10:00:00Z");
        Instant feb3 = Instant.parse("2024-02-03T10:00:00Z");
        Instant feb5 = Instant.parse("2024-02-05T10:00:00Z");
        Instant feb6 = Instant.parse("2024-02-06T10:00:00Z");
        request(em, campaign, "E-1", r -> r.responded(RmiTemplate.CMRT, 11L, feb1));
        request(em, campaign, "E-2", r -> {
            r.responded(RmiTemplate.CMRT, 21L, feb1);
            r.needsFollowUp(RmiTemplate.EMRT, 22L, feb3);
        });
        request(em, campaign, "E-3", r -> r.responded(RmiTemplate.EMRT, 31L, feb3));
        request(em, campaign, "E-4", r -> { });
        request(em, campaign, "E-5", r -> r.responded(RmiTemplate.CMRT, 51L, feb5)).markUnreachable("the line went dead");
        request(em, campaign, "E-6", r -> {
            r.responded(RmiTemplate.EMRT, 61L, feb6);
            r.responded(RmiTemplate.CMRT, 62L, feb5);
        });
    }

    private static Supplier request(EntityManager em, Campaign campaign, String number, Consumer<SurveyRequest> history) {
        Supplier supplier = new Supplier(number, "Echo " + number.substring(2), NOW);
        em.persist(supplier);
        SurveyRequest request = new SurveyRequest(campaign, supplier);
        request.sent(LAUNCH);
        history.accept(request);
        em.persist(request);
        return supplier;
    }
}
