package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.kernel.reports.SmelterReports;
import org.oretrace.kernel.smelter.SmelterId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tells the registry which suppliers reported a smelter: the read declarations (accepted or needing
 * follow-up; rejected files have no rows) with a smelter row the registry resolved to the smelter ID.
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
        List<Object[]> rows = em.createQuery("select d.id, d.supplierId, d.company.name, d.reportingYear, d.status, "
                        + "s.lookupName, s.name, s.country, d.receivedAt from Declaration d join d.smelters s "
                        + "where s.resolvedSmelterId = :id and d.status in :read order by d.receivedAt desc, d.id desc, s.row",
                        Object[].class)
                .setParameter("id", SmelterId.canonicalOrTyped(smelterId)).setParameter("read", READ)
                .getResultList();
        // a supplier may name the same smelter twice (the duplicate is a finding of its own): its first row speaks
        Map<Long, Object[]> firstRowOf = new LinkedHashMap<>();
        for (Object[] row : rows) {
            firstRowOf.putIfAbsent((Long) row[0], row);
        }
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
        return reports;
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
