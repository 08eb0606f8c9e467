package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.kernel.names.CompanyName;
import org.oretrace.kernel.reports.SmelterReports;
import org.oretrace.kernel.smelter.SmelterId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Tells the registry which suppliers reported a smelter: the read declarations (accepted, needing follow-up or in risk
 * review; rejected files have no rows) with a smelter row the registry resolved to the smelter ID, CMRTs and EMRTs
 * alike, without counting a supplier twice for the CMRT and the EMRT of one year that both name it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IntakeSmelterReports implements SmelterReports {

    static final List<DeclarationStatus> READ = List.of(DeclarationStatus.ACCEPTED, DeclarationStatus.NEEDS_FOLLOW_UP,
            DeclarationStatus.RISK_REVIEW);

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Override
    public List<SmelterReport> reportsOf(String smelterId) {
        if (smelterId == null || smelterId.isBlank()) {
            return List.of();
        }
        String id = SmelterId.canonicalOrTyped(smelterId);
        Map<Long, Object[]> firstRowOf = firstRows(rows(id, "smelters"));
        Map<Long, Object[]> emrtFirstRowOf = firstRows(rows(id, "emrtSmelters"));
        // a supplier's CMRT and EMRT answer one request: when both name the smelter for the same year, the CMRT's row
        // speaks for the supplier and the EMRT's adds no second report (nor a second supplier to count)
        Set<String> cmrtReporters = new HashSet<>();
        firstRowOf.values().forEach(r -> cmrtReporters.add(reporterKey(r)));
        emrtFirstRowOf.forEach((declarationId, r) -> {
            if (!cmrtReporters.contains(reporterKey(r))) {
                firstRowOf.put(declarationId, r);
            }
        });
        Map<Long, String> supplierNames = supplierNames(firstRowOf.values().stream()
                .map(r -> (Long) r[1]).filter(Objects::nonNull).distinct().toList());
        List<SmelterReport> reports = new ArrayList<>(firstRowOf.size());
        for (Object[] r : firstRowOf.values()) {
            Long supplierId = (Long) r[1];
            String supplierName = supplierId == null ? null : supplierNames.get(supplierId);
            reports.add(new SmelterReport(supplierName != null ? supplierName : (String) r[2], supplierId, (Long) r[0],
                    (Integer) r[3], ((DeclarationStatus) r[4]).name(), reportedName((String) r[5], (String) r[6]),
                    (String) r[7], (Instant) r[8]));
        }
        // newest first, as each query gave them, now over both templates
        reports.sort(Comparator.comparing(SmelterReport::receivedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(SmelterReport::declarationId, Comparator.reverseOrder()));
        return reports;
    }

    /** The read declarations' rows of one template's Smelter List resolved to the smelter, newest first. */
    private List<Object[]> rows(String smelterId, String list) {
        return em.createQuery("select d.id, d.supplierId, d.company.name, d.reportingYear, d.status, "
                        + "s.lookupName, s.name, s.country, d.receivedAt from Declaration d join d." + list + " s "
                        + "where s.resolvedSmelterId = :id and d.status in :read order by d.receivedAt desc, d.id desc, s.row",
                        Object[].class)
                .setParameter("id", smelterId).setParameter("read", READ).getResultList();
    }

    /** A supplier may name the same smelter twice (the duplicate is a finding of its own): its first row speaks. */
    private static Map<Long, Object[]> firstRows(List<Object[]> rows) {
        Map<Long, Object[]> firstRowOf = new LinkedHashMap<>();
        for (Object[] row : rows) {
            firstRowOf.putIfAbsent((Long) row[0], row);
        }
        return firstRowOf;
    }

    /** The supplier (its ID, or the company as written when unlinked) and the reporting year of a report. */
    private static String reporterKey(Object[] row) {
        String who = row[1] != null ? "id:" + row[1] : "name:" + CompanyName.key((String) row[2]);
        return who + "/" + row[3];
    }

    /** The look-up choice, or the typed name when the supplier chose "Smelter not listed" or nothing. */
    private static String reportedName(String lookupName, String typedName) {
        if (lookupName == null || lookupName.isBlank() || lookupName.strip().equalsIgnoreCase(SmelterRow.NOT_LISTED)) {
            return typedName;
        }
        return lookupName;
    }

    private Map<Long, String> supplierNames(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : em.createQuery("select s.id, s.name from Supplier s where s.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                names.put((Long) row[0], (String) row[1]);
            }
        }
        return names;
    }
}
