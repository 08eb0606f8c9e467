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

    /**
     * The same reports as {@link #reportsOf}, in the same order, with only the page's details read: the whole list is
     * first read as declarations alone (one entry per declaration, from the index on the resolved smelter ID and the
     * declaration, intake migration V12), then the page's first rows and supplier names.
     */
    @Override
    public ReportPage page(String smelterId, int first, int max) {
        if (smelterId == null || smelterId.isBlank()) {
            return new ReportPage(List.of(), 0, 0);
        }
        String id = SmelterId.canonicalOrTyped(smelterId);
        List<Object[]> cmrt = declarations(id, "smelters");
        Set<String> cmrtReporters = new HashSet<>();
        cmrt.forEach(r -> cmrtReporters.add(reporterKey(r)));
        Map<Long, Boolean> emrtOnly = new HashMap<>();
        List<Object[]> all = new ArrayList<>(cmrt);
        for (Object[] r : declarations(id, "emrtSmelters")) {
            if (!cmrtReporters.contains(reporterKey(r)) && all.stream().noneMatch(c -> c[0].equals(r[0]))) {
                all.add(r);
                emrtOnly.put((Long) r[0], true);
            }
        }
        all.sort(Comparator.comparing((Object[] r) -> (Instant) r[8], Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(r -> (Long) r[0], Comparator.reverseOrder()));
        int suppliers = (int) all.stream().map(r -> r[1] != null ? "id:" + r[1] : "name:" + r[2]).distinct().count();
        int from = Math.min(Math.max(first, 0), all.size());
        List<Object[]> shown = all.subList(from, Math.min(all.size(), from + Math.max(max, 0)));
        if (shown.isEmpty()) {
            return new ReportPage(List.of(), all.size(), suppliers);
        }
        List<Long> ids = shown.stream().map(r -> (Long) r[0]).toList();
        Map<Long, Object[]> rowOf = firstRows(rows(id, "smelters", ids));
        rowOf.putAll(firstRows(rows(id, "emrtSmelters", emrtOnly.keySet().stream().filter(ids::contains).toList())));
        Map<Long, String> supplierNames = supplierNames(shown.stream().map(r -> (Long) r[1]).filter(Objects::nonNull)
                .distinct().toList());
        List<SmelterReport> reports = new ArrayList<>(shown.size());
        for (Object[] d : shown) {
            Object[] r = emrtOnly.containsKey((Long) d[0]) ? rowOf.get((Long) d[0]) : rowOf.getOrDefault((Long) d[0], d);
            Long supplierId = (Long) d[1];
            String supplierName = supplierId == null ? null : supplierNames.get(supplierId);
            reports.add(new SmelterReport(supplierName != null ? supplierName : (String) d[2], supplierId, (Long) d[0],
                    (Integer) d[3], ((DeclarationStatus) d[4]).name(), r == null ? null : reportedName((String) r[5], (String) r[6]),
                    r == null ? null : (String) r[7], (Instant) d[8]));
        }
        return new ReportPage(reports, all.size(), suppliers);
    }

    /**
     * The read declarations naming the smelter in one template's list, one entry each, shaped as {@link #rows} (without
     * the row's names, which stay null): reads the smelter rows' index, not the rows.
     */
    private List<Object[]> declarations(String smelterId, String list) {
        List<Object[]> found = new ArrayList<>();
        for (Object[] r : em.createQuery("select d.id, d.supplierId, d.company.name, d.reportingYear, d.status, d.receivedAt "
                        + "from Declaration d where d.status in :read and exists (select s.resolvedSmelterId from Declaration d2 "
                        + "join d2." + list + " s where d2 = d and s.resolvedSmelterId = :id)", Object[].class)
                .setParameter("id", smelterId).setParameter("read", READ).getResultList()) {
            found.add(new Object[] {r[0], r[1], r[2], r[3], r[4], null, null, null, r[5]});
        }
        return found;
    }

    /** The rows of the given declarations resolved to the smelter. */
    private List<Object[]> rows(String smelterId, String list, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d.id, d.supplierId, d.company.name, d.reportingYear, d.status, "
                        + "s.lookupName, s.name, s.country, d.receivedAt from Declaration d join d." + list + " s "
                        + "where s.resolvedSmelterId = :id and d.id in :ids order by d.id, s.row", Object[].class)
                .setParameter("id", smelterId).setParameter("ids", ids).getResultList();
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
