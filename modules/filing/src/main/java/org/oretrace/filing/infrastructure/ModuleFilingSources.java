package org.oretrace.filing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.filing.application.FilingSources;
import org.oretrace.filing.domain.DeclarationScope;
import org.oretrace.intake.published.DeclarationStates;
import org.oretrace.intake.published.ScopeKind;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.ReportingYear;
import org.oretrace.outreach.published.CampaignCommunications;
import org.oretrace.outreach.published.CampaignFigures;
import org.oretrace.outreach.published.CampaignStats;
import org.oretrace.registry.published.ReportedSmelter;
import org.oretrace.registry.published.SmelterRegistry;

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
 * The filing's data from the registry, outreach and intake modules, through what each publishes: their
 * {@code published} interfaces, and for the set-based consolidation the views their own migrations define as read
 * models (intake V6: {@code intake_accepted_declaration}, {@code intake_declared_smelter}, {@code intake_yes_answer},
 * {@code intake_declaration_finding}; outreach V4: {@code outreach_supplier_name}, {@code outreach_request_state}).
 * Never another module's tables: the owner decides which declaration is accepted and what state a request is in.
 * Smelter rows are aggregated by the database (GROUP BY smelter ID over the year's accepted declarations), never
 * loaded row by row: a large year has millions.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ModuleFilingSources implements FilingSources {

    /** The year's accepted declarations, one per supplier, as intake decides them (parameter 1: the year). */
    static final String ACCEPTED = "SELECT d.declaration_id AS id, d.supplier_id, d.scope FROM intake_accepted_declaration d"
            + " WHERE d.reporting_year = ?1";

    /**
     * Distinct (resolved smelter, supplier) pairs of the accepted declarations (parameter 1: the year), as columns
     * {@code smelter_id, supplier_id}. A supplier has one accepted declaration, so a pair is a smelter's first row
     * in a declaration. On PostgreSQL each declaration is de-duplicated on its own (LATERAL, a few hundred rows from
     * the primary key each): a DISTINCT over the whole year hashes millions of pairs and spills them to disk
     * (FilingBenchmark: 3 million rows). H2, which has no LATERAL, keeps the plain DISTINCT.
     */
    private static final String PAIRS = "SELECT DISTINCT r.resolved_smelter_id AS smelter_id, a.supplier_id FROM (" + ACCEPTED + ") a"
            + " JOIN intake_declared_smelter r ON r.declaration_id = a.id WHERE r.resolved_smelter_id IS NOT NULL";
    private static final String PAIRS_POSTGRESQL = "SELECT x.smelter_id, a.supplier_id FROM (" + ACCEPTED + ") a"
            + " CROSS JOIN LATERAL (SELECT DISTINCT r.resolved_smelter_id AS smelter_id FROM intake_declared_smelter r"
            + " WHERE r.declaration_id = a.id AND r.resolved_smelter_id IS NOT NULL) x";

    private static final String DECLARATIONS_LINK = "/intake/declarations.xhtml";

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    CampaignFigures campaigns;

    @Inject
    DeclarationStates declarationStates;

    @Inject
    SmelterRegistry registry;

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
                        e.getValue().solicited(), e.getValue().cmrtResponded())).toList()).orElse(List.of());
    }

    @Override
    public long suppliersWithContractClause(ReportingYear year, LocalDate asOf) {
        return campaigns.suppliersWithContractClause(year.value(), asOf);
    }

    @Override
    public Map<String, String> sanctionsDecisions(Collection<String> smelterIds) {
        return registry.confirmedSanctionsReasons(smelterIds);
    }

    /** Each figure from the owning module's own service: outreach's campaign figures, intake's and registry's queues. */
    @Override
    public OpenWork openWork(ReportingYear year) {
        int withoutOutcome = campaigns.requestsWithoutOutcome(year.value());
        Map<String, Long> awaiting = new java.util.LinkedHashMap<>();
        awaiting.putAll(declarationStates.awaitingDecision(year.value()));
        // the registry's queues, limited to what this year's report states: its unresolved names and its smelters
        List<ReportedSmelter> names = unresolvedRows(year).stream()
                .map(r -> new ReportedSmelter(r.metal(), r.nameAsWritten(), r.countryAsWritten(), null)).toList();
        List<String> smelterIds = smelterUsage(year).stream().map(SmelterUsage::smelterId).toList();
        return new OpenWork(withoutOutcome, awaiting, registry.openReviewsAmong(names), registry.openSanctionsHits(smelterIds));
    }

    @Override
    public OutreachFacts outreachFacts(ReportingYear year) {
        // the year's in-scope population is the one its campaign asked, not today's supplier list: a supplier added
        // (or brought into scope) after the campaign does not change the year's facts
        // the Form SD reports the CMRT survey: a campaign that also asked for the EMRT counts the suppliers that returned
        // the CMRT, whether or not they returned the EMRT
        Optional<CampaignStats.TemplateFigures> cmrt = campaigns.find(year.value()).map(CampaignStats::cmrt);
        return new OutreachFacts(cmrt.map(CampaignStats.TemplateFigures::solicited).orElse(0),
                cmrt.map(CampaignStats.TemplateFigures::solicited).orElse(0),
                cmrt.map(CampaignStats.TemplateFigures::responded).orElse(0), "/outreach/campaigns.xhtml");
    }

    @Override
    public List<DeclarationSummary> acceptedDeclarations(ReportingYear year) {
        Map<Long, Set<Metal>> q3 = yesAnswers(year, "3");
        Map<Long, Set<Metal>> q5 = yesAnswers(year, "5");
        List<DeclarationSummary> list = new ArrayList<>();
        for (Object[] r : rows("SELECT a.id, a.supplier_id, s.supplier_name, a.scope FROM (" + ACCEPTED + ") a"
                + " JOIN outreach_supplier_name s ON s.supplier_id = a.supplier_id ORDER BY s.supplier_name", year)) {
            long id = number(r[0]);
            list.add(new DeclarationSummary(id, number(r[1]), (String) r[2], scope((String) r[3]),
                    q3.getOrDefault(id, Set.of()), q5.getOrDefault(id, Set.of()), DECLARATIONS_LINK));
        }
        return list;
    }

    private Map<Long, Set<Metal>> yesAnswers(ReportingYear year, String question) {
        Map<Long, Set<Metal>> map = new HashMap<>();
        for (Object[] r : rows("SELECT a.id, q.metal FROM (" + ACCEPTED + ") a JOIN intake_yes_answer q ON q.declaration_id = a.id"
                + " WHERE q.question = '" + question + "'", year)) {
            Metal.fromText((String) r[1]).ifPresent(m -> map.computeIfAbsent(number(r[0]), k -> EnumSet.noneOf(Metal.class)).add(m));
        }
        return map;
    }

    @Override
    public FollowUpFacts followUp(ReportingYear year) {
        DeclarationStates.FollowUpCounts c = declarationStates.followUps(year.value());
        return new FollowUpFacts(c.needingFollowUp(), c.resolved(), DECLARATIONS_LINK);
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
        for (Object[] r : rows("SELECT DISTINCT r.metal_text, r.name_as_written, r.country, s.supplier_name"
                + " FROM (" + ACCEPTED + ") a JOIN intake_declared_smelter r ON r.declaration_id = a.id"
                + " JOIN outreach_supplier_name s ON s.supplier_id = a.supplier_id WHERE r.resolved_smelter_id IS NULL"
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
        return number(rows("SELECT COUNT(*), 0 FROM (" + ACCEPTED + ") a JOIN intake_declared_smelter r ON r.declaration_id = a.id"
                + " WHERE r.match_method = 'NOT_YET_IDENTIFIED'", year).get(0)[0]);
    }

    @Override
    public Map<String, SmelterFacts> smelters(Collection<String> smelterIds, LocalDate asOf) {
        return RegistrySmelters.smelters(registry.facts(smelterIds, asOf));
    }

    @Override
    public List<SupplierStatus> supplierStatuses(ReportingYear year) {
        List<SupplierStatus> list = new ArrayList<>();
        // the request's effective state, as outreach's view states it (an unreachable supplier's open request is unreachable)
        for (Object[] r : rows("SELECT q.supplier_name, q.state, q.requested_on, q.responded_at, a.scope FROM outreach_request_state q"
                + " LEFT JOIN (" + ACCEPTED + ") a ON a.supplier_id = q.supplier_id"
                + " WHERE q.reporting_year = ?1 ORDER BY q.supplier_name", year)) {
            list.add(new SupplierStatus((String) r[0], (String) r[1], date(r[2]), date(r[3]), (String) r[4], null));
        }
        return list;
    }

    @Override
    public List<FindingRow> findings(ReportingYear year) {
        List<FindingRow> list = new ArrayList<>();
        for (Object[] r : rows("SELECT s.supplier_name, f.declaration_id, f.code, f.severity, f.message, f.sheet, f.cell"
                + " FROM intake_declaration_finding f JOIN outreach_supplier_name s ON s.supplier_id = f.supplier_id"
                + " WHERE f.reporting_year = ?1 AND f.declaration_status IN ('ACCEPTED', 'NEEDS_FOLLOW_UP')"
                + " ORDER BY s.supplier_name, f.declaration_id, f.position", year)) {
            String location = r[5] == null ? (String) r[6] : r[5] + (r[6] == null ? "" : "!" + r[6]);
            list.add(new FindingRow((String) r[0], number(r[1]), (String) r[2], (String) r[3], (String) r[4], location));
        }
        return list;
    }

    private String pairs() {
        return postgresql() ? PAIRS_POSTGRESQL : PAIRS;
    }

    private boolean postgresql() {
        if (postgresql == null) {
            // the same question on both databases: only PostgreSQL has a schema pg_catalog (H2 answers 0, not an error)
            postgresql = number(em.createNativeQuery("SELECT COUNT(*) FROM information_schema.schemata"
                    + " WHERE schema_name = 'pg_catalog'").getSingleResult()) > 0;
        }
        return postgresql;
    }

    /**
     * The stamps of the modules behind the facts, each computed by its owner over its own tables (kernel DataStamp),
     * and filing's own filings: null (keep nothing) when any cannot tell.
     */
    @Override
    public String dataStamp() {
        String own = org.oretrace.kernel.persistence.DataStamp.of(em, "filing", "rollup_cmrt", "rollup_cmrt_override");
        String intake = declarationStates.dataStamp();
        String outreach = campaigns.dataStamp();
        String smelters = registry.dataStamp();
        return own == null || intake == null || outreach == null || smelters == null ? null
                : own + "|" + intake + "|" + outreach + "|" + smelters;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, ReportingYear year) {
        return em.createNativeQuery(sql).setParameter(1, year.value()).getResultList();
    }

    /** Intake decides what kind of scope a declaration has; the filing names it in its own terms. */
    static DeclarationScope scope(String text) {
        return DeclarationScope.valueOf(ScopeKind.of(text).name());
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
