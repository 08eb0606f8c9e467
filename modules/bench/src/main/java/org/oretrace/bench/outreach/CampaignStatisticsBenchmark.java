package org.oretrace.bench.outreach;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.oretrace.kernel.testing.TestDatabase;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.outreach.application.CampaignStatistics;
import org.oretrace.outreach.published.CampaignStats;
import org.oretrace.outreach.domain.Campaign;
import org.oretrace.outreach.domain.SurveyRequest;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.StringReader;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The response figures of a campaign of 12,000 suppliers (what the dashboard, the home page and the
 * filing's consolidation ask for) on PostgreSQL with the real schema: {@link CampaignStatistics#find}
 * (group-by queries) against the former way in the same run, every request loaded as an entity with
 * its supplier and category and counted in Java. Both must give the same figures. Measured during the
 * campaign and after the due date, when the overdue list (read row by row) has a row per late supplier.
 * Options: -Dbench.suppliers=12000 -Dbench.runs=5
 */
public final class CampaignStatisticsBenchmark {

    private static final int YEAR = 2023;
    private static final String T = "2024-02-01 10:00:00";
    private static final String[] STATES = {"SENT", "REMINDED", "ESCALATED", "RESPONDED", "RESPONDED", "RESPONDED",
            "NEEDS_FOLLOW_UP", "NOT_SENT", "UNREACHABLE"};

    private CampaignStatisticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int suppliers = Integer.getInteger("bench.suppliers", 12_000);
        int runs = Integer.getInteger("bench.runs", 5);
        System.setProperty("oretrace.test.jpa.log", System.getProperty("oretrace.test.jpa.log", "SEVERE"));
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.POSTGRESQL, "kernel", "outreach")) {
            load(db, suppliers);
            EntityManagerFactory emf = db.entityManagerFactory("bench");
            // during the campaign, and after the due date when the overdue list has a row per late supplier
            measure(emf, Instant.parse("2024-03-01T10:00:00Z"), suppliers, runs);
            measure(emf, Instant.parse("2024-04-15T10:00:00Z"), suppliers, runs);
        }
    }

    private static void measure(EntityManagerFactory emf, Instant now, int suppliers, int runs) throws ReflectiveOperationException {
        ApplicationClock clock = ApplicationClock.system(true);
        clock.fixAt(now);
        double ours = Double.MAX_VALUE;
        double baseline = Double.MAX_VALUE;
        CampaignStats aggregated = null;
        CampaignStats counted = null;
        for (int run = 1; run <= runs; run++) {
            EntityManager em = emf.createEntityManager();
            long t = System.nanoTime();
            aggregated = statistics(em, clock).forYear(YEAR);
            double s = seconds(t);
            em.close();
            em = emf.createEntityManager();
            t = System.nanoTime();
            Campaign campaign = em.createQuery("select c from Campaign c where c.reportingYear = :y", Campaign.class)
                    .setParameter("y", YEAR).getSingleResult();
            List<SurveyRequest> requests = em.createQuery("select r from SurveyRequest r join fetch r.supplier s"
                    + " left join fetch s.category where r.campaign = :c", SurveyRequest.class)
                    .setParameter("c", campaign).getResultList();
            counted = CampaignStatistics.compute(campaign, requests, clock.today(), clock.zone());
            double b = seconds(t);
            em.close();
            ours = Math.min(ours, s);
            baseline = Math.min(baseline, b);
            System.out.printf(Locale.ROOT, "%s run %d  aggregate queries %.3f s, entities counted in Java %.3f s%n",
                    clock.today(), run, s, b);
        }
        if (!aggregated.equals(counted)) {
            throw new IllegalStateException("the two ways disagree:\n" + aggregated + "\n" + counted);
        }
        System.out.printf(Locale.ROOT, "%s: %,d suppliers, %s, %d overdue: aggregate %.3f s, entities %.3f s (best of %d):"
                + " %.1fx faster%n", clock.today(), suppliers, aggregated.summary(), aggregated.overdue().size(), ours, baseline,
                runs, baseline / ours);
    }

    private static CampaignStatistics statistics(EntityManager em, ApplicationClock clock) throws ReflectiveOperationException {
        CampaignStatistics statistics = new CampaignStatistics();
        set(statistics, "em", em);
        set(statistics, "clock", clock);
        return statistics;
    }

    private static void load(TestDatabase db, int suppliers) throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < suppliers; i++) {
                String status = i % 50 == 0 ? "OUT_OF_SCOPE" : i % 37 == 0 ? "UNREACHABLE" : "ACTIVE";
                sb.append(100 + i).append("\t1\tS-").append(i).append("\tSupplier ").append(i).append(" Inc.\t")
                        .append(1 + i % 4).append("\tf\t").append(status).append("\tBuyer ").append(i % 20).append('\t')
                        .append(T).append('\t').append(T).append('\n');
            }
            copy.copyIn("COPY supplier (id, version, supplier_number, name, category_id, contract_clause, status,"
                    + " owner_name, created_at, updated_at) FROM STDIN", new StringReader(sb.toString()));
            copy.copyIn("COPY campaign (id, version, reporting_year, due_date, cmrt_version, status, copy_other_contacts,"
                            + " reminder_days, final_notice, launched_on, created_at) FROM STDIN",
                    new StringReader("50\t1\t" + YEAR + "\t2024-03-29\t6.5\tLAUNCHED\tf\t14,28,42\tt\t2024-01-15\t" + T + "\n"));
            sb.setLength(0);
            for (int i = 0; i < suppliers; i++) {
                String state = STATES[i % STATES.length];
                boolean response = state.equals("RESPONDED") || state.equals("NEEDS_FOLLOW_UP");
                String respondedAt = response ? String.format(Locale.ROOT, "2024-%02d-%02d %02d:%02d:00", 1 + i % 3, 1 + i % 28,
                        i % 24, i % 60) : "\\N";
                sb.append(100 + i).append("\t1\t50\t").append(100 + i).append('\t').append(state).append("\t2024-01-15\t")
                        .append(i % 3).append('\t').append(respondedAt).append('\n');
            }
            copy.copyIn("COPY survey_request (id, version, campaign_id, supplier_id, state, requested_on, reminders_sent,"
                    + " responded_at) FROM STDIN", new StringReader(sb.toString()));
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
        }
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
