package org.oretrace.filing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.filing.application.FilingSources;
import org.oretrace.filing.domain.DeclarationScope;
import org.oretrace.intake.published.DeclarationStates;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.ReportingYear;
import org.oretrace.outreach.application.CampaignCommunications;
import org.oretrace.outreach.application.CampaignStatistics;
import org.oretrace.outreach.domain.RequestState;
import org.oretrace.registry.application.MatchReviews;
import org.oretrace.registry.application.ReportedSmelter;
import org.oretrace.registry.application.SanctionsService;
import org.oretrace.outreach.application.CampaignStats;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The filing's data from the registry, outreach and intake modules. Smelter rows are aggregated by the database
 * (GROUP BY smelter ID over the year's accepted declarations), never loaded row by row: a large year has millions.
 * A supplier's accepted declaration is its latest accepted one of the year.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ModuleFilingSources implements FilingSources {

    /** The year's accepted declarations, one per supplier: the latest accepted (parameter 1: the year). */
    static final String ACCEPTED = "SELECT d.id, d.supplier_id FROM intake_declaration d WHERE d.reporting_year = ?1"
            + " AND d.status = 'ACCEPTED' AND d.supplier_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM intake_declaration n"
            + " WHERE n.supplier_id = d.supplier_id AND n.reporting_year = d.reporting_year AND n.status = 'ACCEPTED'"
            + " AND n.id > d.id)";

    /**
     * Distinct (resolved smelter, supplier) pairs of the accepted declarations (parameter 1: the year), as columns
     * {@code smelter_id, supplier_id}. A supplier has one accepted declaration, so a pair is a smelter's first row
     * in a declaration. On PostgreSQL each declaration is de-duplicated on its own (LATERAL, a few hundred rows from
     * the primary key each): a DISTINCT over the whole year hashes millions of pairs and spills them to disk
     * (FilingBenchmark: 3 million rows). H2, which has no LATERAL, keeps the plain DISTINCT.
     */
    private static final String PAIRS = "SELECT DISTINCT r.resolved_smelter_id AS smelter_id, a.supplier_id FROM (" + ACCEPTED + ") a"
            + " JOIN intake_smelter_row r ON r.declaration_id = a.id WHERE r.resolved_smelter_id IS NOT NULL";
    private static final String PAIRS_POSTGRESQL = "SELECT x.smelter_id, a.supplier_id FROM (" + ACCEPTED + ") a"
            + " CROSS JOIN LATERAL (SELECT DISTINCT r.resolved_smelter_id AS smelter_id FROM intake_smelter_row r"
            + " WHERE r.declaration_id = a.id AND r.resolved_smelter_id IS NOT NULL) x";

    private static final String DECLARATIONS_LINK = "/intake/declarations.xhtml";

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    CampaignStatistics campaigns;

    @Inject
    DeclarationStates declarationStates;

    @Inject
    MatchReviews matchReviews;

    @Inject
    SanctionsService sanctions;

    private volatile Boolean postgresql;

    @Override
    public Communications communications(ReportingYear year) {
        CampaignCommunications c = campaigns.communications(year.value());
        return new Communications(c.mails("REQUEST"), c.mails("REMINDER"), c.mails("ESCALATION"), c.mails("FINAL_NOTICE"),
                c.mails("CORRECTIVE_ACTION"), c.contacts("PHONE"), c.contacts("LETTER"), c.contacts("MEETING"),
                "/outreach/outbox.xhtml");
    }

    @Override
    public List<org.oretrace.filing.domain.FilingFacts.ScopeCategory> scopeCategories(ReportingYear year) {
        return campaigns.find(year.value()).map(s -> s.byCategory().entrySet().stream()
                .map(e -> new org.oretrace.filing.domain.FilingFacts.ScopeCategory("(none)".equals(e.getKey()) ? null : e.getKey(),
                        e.getValue().solicited(), e.getValue().responded())).toList()).orElse(List.of());
    }

    @Override
    public long suppliersWithContractClause(ReportingYear year, LocalDate asOf) {
        return campaigns.suppliersWithContractClause(year.value(), asOf);
    }

    @Override
    public Map<String, String> sanctionsDecisions(Collection<String> smelterIds) {
        return sanctions.confirmedSmelterReasons(smelterIds);
    }

    /** Each figure from the owning module's own service: outreach's campaign figures, intake's and registry's queues. */
    @Override
    public OpenWork openWork(ReportingYear year) {
        int withoutOutcome = 0;
        Optional<CampaignStats> stats = campaigns.find(year.value());
        if (stats.isPresent()) {
            for (Map.Entry<String, Long> e : stats.get().byStatus().entrySet()) {
                RequestState state = RequestState.valueOf(e.getKey());
                if (!state.isResponse() && state != RequestState.UNREACHABLE) {
                    withoutOutcome += e.getValue().intValue();
                }
            }
        }
        Map<String, Long> awaiting = new java.util.LinkedHashMap<>();
        awaiting.putAll(declarationStates.awaitingDecision(year.value()));
        // the registry's queues, limited to what this year's report states: its unresolved names and its smelters
        List<ReportedSmelter> names = unresolvedRows(year).stream()
                .map(r -> new ReportedSmelter(r.metal(), r.nameAsWritten(), r.countryAsWritten(), null)).toList();
        List<String> smelterIds = smelterUsage(year).stream().map(SmelterUsage::smelterId).toList();
        return new OpenWork(withoutOutcome, awaiting, matchReviews.openAmong(names), sanctions.openSmelterHits(smelterIds));
    }

    @Override
    public OutreachFacts outreachFacts(ReportingYear year) {
        // the year's in-scope population is the one its campaign asked, not today's supplier list: a supplier added
        // (or brought into scope) after the campaign does not change the year's facts
        Optional<CampaignStats> stats = campaigns.find(year.value());
        return new OutreachFacts(stats.map(CampaignStats::solicited).orElse(0), stats.map(CampaignStats::solicited).orElse(0),
                stats.map(CampaignStats::responded).orElse(0), "/outreach/campaigns.xhtml");
    }

    @Override
    public List<DeclarationSummary> acceptedDeclarations(ReportingYear year) {
        Map<Long, Set<Metal>> q3 = yesAnswers(year, "3");
        Map<Long, Set<Metal>> q5 = yesAnswers(year, "5");
        List<DeclarationSummary> list = new ArrayList<>();
        for (Object[] r : rows("SELECT a.id, a.supplier_id, s.name, d.scope FROM (" + ACCEPTED + ") a"
                + " JOIN intake_declaration d ON d.id = a.id JOIN supplier s ON s.id = a.supplier_id ORDER BY s.name", year)) {
            long id = number(r[0]);
            list.add(new DeclarationSummary(id, number(r[1]), (String) r[2], scope((String) r[3]),
                    q3.getOrDefault(id, Set.of()), q5.getOrDefault(id, Set.of()), DECLARATIONS_LINK));
        }
        return list;
    }

    private Map<Long, Set<Metal>> yesAnswers(ReportingYear year, String question) {
        Map<Long, Set<Metal>> map = new HashMap<>();
        for (Object[] r : rows("SELECT a.id, q.metal FROM (" + ACCEPTED + ") a JOIN intake_answer q ON q.declaration_id = a.id"
                + " WHERE q.question = '" + question + "' AND UPPER(q.answer) = 'YES' AND q.metal IS NOT NULL", year)) {
            Metal.fromText((String) r[1]).ifPresent(m -> map.computeIfAbsent(number(r[0]), k -> EnumSet.noneOf(Metal.class)).add(m));
        }
        return map;
    }

    @Override
    public FollowUpFacts followUp(ReportingYear year) {
        Object[] r = rows("SELECT COUNT(DISTINCT f.supplier_id), COUNT(DISTINCT a.supplier_id) FROM intake_declaration f"
                + " LEFT JOIN (" + ACCEPTED + ") a ON a.supplier_id = f.supplier_id AND a.id > f.id"
                + " WHERE f.reporting_year = ?1 AND f.status = 'NEEDS_FOLLOW_UP' AND f.supplier_id IS NOT NULL", year).get(0);
        return new FollowUpFacts((int) number(r[0]), (int) number(r[1]), DECLARATIONS_LINK);
    }

    @Override
    public RiskReviewFacts riskReviews(ReportingYear year) {
        DeclarationStates.RiskReviewCounts c = declarationStates.riskReviews(year.value());
        return new RiskReviewFacts(c.withRedFlags(), c.acceptedWithReason(), c.askedSupplier(), c.escalated(), c.open(),
                DECLARATIONS_LINK + "?year=" + year.value() + "&status=RISK_REVIEW");
    }

    @Override
    public List<SmelterUsage> smelterUsage(ReportingYear year) {
        List<SmelterUsage> list = new ArrayList<>();
        for (Object[] r : rows("SELECT p.smelter_id, COUNT(*) FROM (" + pairs() + ") p GROUP BY p.smelter_id", year)) {
            list.add(new SmelterUsage((String) r[0], (int) number(r[1])));
        }
        return list;
    }

    @Override
    public List<SmelterReporters> smelterReporters(ReportingYear year) {
        // ARRAY_AGG exists in PostgreSQL and H2 alike; one pass, and only 600-odd groups come back however many rows
        List<SmelterReporters> list = new ArrayList<>();
        for (Object[] r : rows("SELECT p.smelter_id, ARRAY_AGG(p.supplier_id) FROM (" + pairs() + ") p GROUP BY p.smelter_id", year)) {
            list.add(new SmelterReporters((String) r[0], longs(r[1])));
        }
        return list;
    }

    @Override
    public List<UnresolvedRow> unresolvedRows(ReportingYear year) {
        List<UnresolvedRow> list = new ArrayList<>();
        for (Object[] r : rows("SELECT DISTINCT r.metal_text, COALESCE(NULLIF(r.smelter_name, ''), r.lookup_name), r.country, s.name"
                + " FROM (" + ACCEPTED + ") a JOIN intake_smelter_row r ON r.declaration_id = a.id"
                + " JOIN supplier s ON s.id = a.supplier_id WHERE r.resolved_smelter_id IS NULL"
                + " AND (r.match_method IS NULL OR r.match_method <> 'NOT_YET_IDENTIFIED')", year)) {
            Optional<Metal> metal = Metal.fromText((String) r[0]);
            String name = (String) r[1];
            if (metal.isPresent() && name != null && !name.isBlank() && !name.strip().toLowerCase(Locale.ROOT).startsWith("smelter not")) {
                list.add(new UnresolvedRow(metal.get(), name, (String) r[2], (String) r[3]));
            }
        }
        return list;
    }

    @Override
    public long notYetIdentifiedRows(ReportingYear year) {
        return number(rows("SELECT COUNT(*), 0 FROM (" + ACCEPTED + ") a JOIN intake_smelter_row r ON r.declaration_id = a.id"
                + " WHERE r.match_method = 'NOT_YET_IDENTIFIED'", year).get(0)[0]);
    }

    @Override
    public Map<String, SmelterFacts> smelters(Collection<String> smelterIds, LocalDate asOf) {
        return new RegistrySmelters(em).smelters(smelterIds, asOf);
    }

    @Override
    public List<SupplierStatus> supplierStatuses(ReportingYear year) {
        List<SupplierStatus> list = new ArrayList<>();
        for (Object[] r : rows("SELECT s.name, q.state, q.requested_on, q.responded_at, d.scope FROM survey_request q"
                + " JOIN campaign c ON c.id = q.campaign_id JOIN supplier s ON s.id = q.supplier_id"
                + " LEFT JOIN (" + ACCEPTED + ") a ON a.supplier_id = q.supplier_id"
                + " LEFT JOIN intake_declaration d ON d.id = a.id WHERE c.reporting_year = ?1 ORDER BY s.name", year)) {
            list.add(new SupplierStatus((String) r[0], (String) r[1], date(r[2]), date(r[3]), (String) r[4], null));
        }
        return list;
    }

    @Override
    public List<FindingRow> findings(ReportingYear year) {
        List<FindingRow> list = new ArrayList<>();
        for (Object[] r : rows("SELECT s.name, d.id, f.code, f.severity, f.message, f.sheet, f.cell FROM intake_declaration d"
                + " JOIN intake_finding f ON f.declaration_id = d.id JOIN supplier s ON s.id = d.supplier_id"
                + " WHERE d.reporting_year = ?1 AND d.status IN ('ACCEPTED', 'NEEDS_FOLLOW_UP') ORDER BY s.name, d.id, f.position", year)) {
            String location = r[5] == null ? (String) r[6] : r[5] + (r[6] == null ? "" : "!" + r[6]);
            list.add(new FindingRow((String) r[0], number(r[1]), (String) r[2], (String) r[3], (String) r[4], location));
        }
        return list;
    }

    private String pairs() {
        if (postgresql == null) {
            // the same question on both databases: only PostgreSQL has a schema pg_catalog (H2 answers 0, not an error)
            postgresql = number(em.createNativeQuery("SELECT COUNT(*) FROM information_schema.schemata"
                    + " WHERE schema_name = 'pg_catalog'").getSingleResult()) > 0;
        }
        return postgresql ? PAIRS_POSTGRESQL : PAIRS;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, ReportingYear year) {
        return em.createNativeQuery(sql).setParameter(1, year.value()).getResultList();
    }

    static DeclarationScope scope(String text) {
        if (text == null) {
            return DeclarationScope.COMPANY;
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        return t.startsWith("B") ? DeclarationScope.PRODUCT : t.startsWith("C") ? DeclarationScope.USER_DEFINED : DeclarationScope.COMPANY;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** An SQL array of numbers as PostgreSQL's and H2's drivers return it (java.sql.Array, or already an array). */
    private static long[] longs(Object value) {
        Object array = value;
        try {
            if (value instanceof java.sql.Array sql) {
                array = sql.getArray();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot read the supplier IDs of a smelter", e);
        }
        if (array == null) {
            return new long[0];
        }
        Object[] items = (Object[]) array;
        long[] result = new long[items.length];
        for (int i = 0; i < items.length; i++) {
            result[i] = number(items[i]);
        }
        return result;
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        return value instanceof java.time.LocalDateTime t ? t.toLocalDate() : null;
    }
}
