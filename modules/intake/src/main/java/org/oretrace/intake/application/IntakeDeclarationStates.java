package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.kernel.cmrt.RmiTemplate;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.intake.domain.FindingCode;
import org.oretrace.intake.domain.RiskOutcome;
import org.oretrace.intake.domain.RiskReview;
import org.oretrace.intake.published.DeclarationStates;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@link DeclarationStates} from intake's own entities: states by one grouped query, risk reviews per declaration.
 * Filing's pre-flight asks about the 3TG filing: only CMRT declarations count here (an EMRT is no CMRT response).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IntakeDeclarationStates implements DeclarationStates {

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    public IntakeDeclarationStates() {
    }

    /** Outside the container (persistence tests of the modules that use it). */
    public IntakeDeclarationStates(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<String, Long> awaitingDecision(int reportingYear) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (Object[] row : em.createQuery("select d.status, count(d) from Declaration d where d.reportingYear = :y "
                        + "and d.template = :cmrt and d.status not in :decided and not exists (select n from Declaration n "
                        + "where n.supplierId = d.supplierId and n.template = :cmrt "
                        + "and n.reportingYear = d.reportingYear and n.id > d.id and n.status <> :rejected) group by d.status",
                        Object[].class)
                .setParameter("cmrt", RmiTemplate.CMRT)
                .setParameter("y", reportingYear)
                .setParameter("decided", List.of(DeclarationStatus.ACCEPTED, DeclarationStatus.REJECTED))
                .setParameter("rejected", DeclarationStatus.REJECTED).getResultList()) {
            counts.put(((DeclarationStatus) row[0]).name(), (Long) row[1]);
        }
        return counts;
    }

    /** In SQL over intake's own tables and its view of accepted declarations (migration V6). */
    @Override
    public FollowUpCounts followUps(int reportingYear) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT COUNT(DISTINCT f.supplier_id), COUNT(DISTINCT a.supplier_id)"
                        + " FROM intake_declaration f LEFT JOIN intake_accepted_declaration a ON a.supplier_id = f.supplier_id"
                        + " AND a.reporting_year = f.reporting_year AND a.declaration_id > f.id"
                        + " WHERE f.reporting_year = ?1 AND f.status = 'NEEDS_FOLLOW_UP' AND f.supplier_id IS NOT NULL"
                        + " AND f.template = 'CMRT'")
                .setParameter(1, reportingYear).getSingleResult();
        return new FollowUpCounts((int) ((Number) r[0]).longValue(), (int) ((Number) r[1]).longValue());
    }

    @Override
    public RiskReviewCounts riskReviews(int reportingYear) {
        List<FindingCode> redFlags = java.util.Arrays.stream(FindingCode.values()).filter(FindingCode::isRedFlag).toList();
        List<Declaration> flagged = em.createQuery("select distinct d from Declaration d join d.findings f "
                        + "where d.reportingYear = :y and d.template = :cmrt and f.code in :codes", Declaration.class)
                .setParameter("cmrt", RmiTemplate.CMRT).setParameter("y", reportingYear).setParameter("codes", redFlags).getResultList();
        Map<RiskOutcome, Long> outcomes = new EnumMap<>(RiskOutcome.class);
        long open = 0;
        for (Declaration d : flagged) {
            RiskOutcome latest = d.latestRiskReview().map(RiskReview::getOutcome).orElse(null);
            if (latest == null) {
                open++;
            } else {
                outcomes.merge(latest, 1L, Long::sum);
            }
        }
        return new RiskReviewCounts(flagged.size(), outcomes.getOrDefault(RiskOutcome.ACCEPTED_WITH_REASON, 0L),
                outcomes.getOrDefault(RiskOutcome.ASKED_SUPPLIER, 0L), outcomes.getOrDefault(RiskOutcome.ESCALATED, 0L), open);
    }

    /**
     * Intake's declarations and risk reviews. A declaration's rows, answers and findings are written only with the
     * declaration itself (received, read or read again: its row changes in the same transaction), so the declaration
     * table speaks for them; its 3 million smelter rows are not scanned.
     */
    @Override
    public String dataStamp() {
        return org.oretrace.kernel.persistence.DataStamp.of(em, "intake_declaration", "intake_risk_review");
    }
}
