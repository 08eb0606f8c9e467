package org.oretrace.filing.infrastructure;

import jakarta.persistence.EntityManager;
import org.oretrace.filing.application.FilingSources;
import org.oretrace.kernel.ReportingYear;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Before and after the module boundaries (issue 16): filing read intake's and outreach's tables with the queries kept
 * here, word for word; it now reads the views those modules publish. On the same data both must give the same
 * figures, except the one rule the old queries skipped: a request's effective state (an unreachable supplier's open
 * request counts as unreachable). Test code only: production code never names another module's tables.
 */
final class ReadModelsMatchTheTables {

    private static final String ACCEPTED = "SELECT d.id, d.supplier_id FROM intake_declaration d WHERE d.reporting_year = ?1"
            + " AND d.status = 'ACCEPTED' AND d.supplier_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM intake_declaration n"
            + " WHERE n.supplier_id = d.supplier_id AND n.reporting_year = d.reporting_year AND n.status = 'ACCEPTED'"
            + " AND n.id > d.id)";
    private static final String PAIRS = "SELECT DISTINCT r.resolved_smelter_id AS smelter_id, a.supplier_id FROM (" + ACCEPTED + ") a"
            + " JOIN intake_smelter_row r ON r.declaration_id = a.id WHERE r.resolved_smelter_id IS NOT NULL";

    /** Filing's own reading of the scope text, before intake published {@code ScopeKind}. */
    private static final java.util.function.Function<String, org.oretrace.filing.domain.DeclarationScope> OLD_SCOPE = text -> {
        if (text == null) {
            return org.oretrace.filing.domain.DeclarationScope.COMPANY;
        }
        String t = text.strip().toUpperCase(java.util.Locale.ROOT);
        return t.startsWith("B") ? org.oretrace.filing.domain.DeclarationScope.PRODUCT
                : t.startsWith("C") ? org.oretrace.filing.domain.DeclarationScope.USER_DEFINED
                : org.oretrace.filing.domain.DeclarationScope.COMPANY;
    };

    private ReadModelsMatchTheTables() {
    }

    static void assertSameFigures(EntityManager em, FilingSources sources, ReportingYear year) {
        Map<String, Integer> usage = new HashMap<>();
        rows(em, "SELECT p.smelter_id, COUNT(*) FROM (" + PAIRS + ") p GROUP BY p.smelter_id", year)
                .forEach(r -> usage.put((String) r[0], ((Number) r[1]).intValue()));
        Map<String, Integer> usageNow = new HashMap<>();
        sources.smelterUsage(year).forEach(u -> usageNow.put(u.smelterId(), u.supplierCount()));
        assertThat(usageNow).as("smelter usage").isNotEmpty().isEqualTo(usage);

        List<String> accepted = new ArrayList<>();
        rows(em, "SELECT a.id, a.supplier_id, s.name, d.scope FROM (" + ACCEPTED + ") a"
                + " JOIN intake_declaration d ON d.id = a.id JOIN supplier s ON s.id = a.supplier_id ORDER BY s.name", year)
                .forEach(r -> accepted.add(r[0] + "|" + r[1] + "|" + r[2] + "|" + OLD_SCOPE.apply((String) r[3])));
        assertThat(sources.acceptedDeclarations(year)).as("accepted declarations")
                .map(d -> d.declarationId() + "|" + d.supplierId() + "|" + d.supplierName() + "|" + d.scope())
                .isNotEmpty().containsExactlyElementsOf(accepted);

        Object[] followUp = rows(em, "SELECT COUNT(DISTINCT f.supplier_id), COUNT(DISTINCT a.supplier_id) FROM intake_declaration f"
                + " LEFT JOIN (" + ACCEPTED + ") a ON a.supplier_id = f.supplier_id AND a.id > f.id"
                + " WHERE f.reporting_year = ?1 AND f.status = 'NEEDS_FOLLOW_UP' AND f.supplier_id IS NOT NULL", year).get(0);
        FilingSources.FollowUpFacts followUpNow = sources.followUp(year);
        assertThat(followUpNow.needingFollowUp()).as("needing follow-up").isEqualTo(((Number) followUp[0]).intValue());
        assertThat(followUpNow.resolved()).as("follow-up resolved").isEqualTo(((Number) followUp[1]).intValue());

        long notYetIdentified = ((Number) rows(em, "SELECT COUNT(*), 0 FROM (" + ACCEPTED + ") a JOIN intake_smelter_row r"
                + " ON r.declaration_id = a.id WHERE r.match_method = 'NOT_YET_IDENTIFIED'", year).get(0)[0]).longValue();
        assertThat(sources.notYetIdentifiedRows(year)).as("not yet identified").isEqualTo(notYetIdentified);

        Set<String> unresolved = new HashSet<>();
        rows(em, "SELECT DISTINCT r.metal_text, COALESCE(NULLIF(r.smelter_name, ''), r.lookup_name), r.country, s.name"
                + " FROM (" + ACCEPTED + ") a JOIN intake_smelter_row r ON r.declaration_id = a.id"
                + " JOIN supplier s ON s.id = a.supplier_id WHERE r.resolved_smelter_id IS NULL"
                + " AND (r.match_method IS NULL OR r.match_method <> 'NOT_YET_IDENTIFIED')", year)
                .forEach(r -> unresolved.add(r[1] + "|" + r[2] + "|" + r[3]));
        Set<String> unresolvedNow = new HashSet<>();
        sources.unresolvedRows(year).forEach(u -> unresolvedNow.add(u.nameAsWritten() + "|" + u.countryAsWritten() + "|" + u.supplierName()));
        assertThat(unresolved).as("unresolved rows (the old rows include the ones filing filters out)").containsAll(unresolvedNow);
        assertThat(unresolvedNow).isNotEmpty();

        List<String> findings = new ArrayList<>();
        rows(em, "SELECT s.name, d.id, f.code, f.severity, f.message FROM intake_declaration d"
                + " JOIN intake_finding f ON f.declaration_id = d.id JOIN supplier s ON s.id = d.supplier_id"
                + " WHERE d.reporting_year = ?1 AND d.status IN ('ACCEPTED', 'NEEDS_FOLLOW_UP') ORDER BY s.name, d.id, f.position", year)
                .forEach(r -> findings.add(r[0] + "|" + r[1] + "|" + r[2] + "|" + r[3] + "|" + r[4]));
        assertThat(sources.findings(year)).as("findings")
                .map(f -> f.supplierName() + "|" + f.declarationId() + "|" + f.rule() + "|" + f.severity() + "|" + f.message())
                .isNotEmpty().containsExactlyElementsOf(findings);

        // survey states: the same rows; the state now is outreach's effective state, which differs only for unreachable suppliers
        List<Object[]> statuses = rows(em, "SELECT s.name, q.state, s.status FROM survey_request q"
                + " JOIN campaign c ON c.id = q.campaign_id JOIN supplier s ON s.id = q.supplier_id"
                + " WHERE c.reporting_year = ?1 ORDER BY s.name", year);
        List<FilingSources.SupplierStatus> statusesNow = sources.supplierStatuses(year);
        assertThat(statusesNow).as("supplier statuses").hasSize(statuses.size());
        for (int i = 0; i < statuses.size(); i++) {
            Object[] old = statuses.get(i);
            FilingSources.SupplierStatus now = statusesNow.get(i);
            assertThat(now.supplierName()).isEqualTo(old[0]);
            boolean unreachable = "UNREACHABLE".equals(old[2]) && !List.of("RESPONDED", "NEEDS_FOLLOW_UP").contains(old[1]);
            assertThat(now.status()).as((String) old[0]).isEqualTo(unreachable ? "UNREACHABLE" : old[1]);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(EntityManager em, String sql, ReportingYear year) {
        return em.createNativeQuery(sql).setParameter(1, year.value()).getResultList();
    }
}
