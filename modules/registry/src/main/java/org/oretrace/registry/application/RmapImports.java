package org.oretrace.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.kernel.smelter.SmelterId;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.audit.AuditTrail;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.registry.published.RmapCategory;
import org.oretrace.registry.domain.RmapImport;
import org.oretrace.registry.domain.RmapSourceKind;
import org.oretrace.registry.domain.RmapStatusEntry;
import org.oretrace.registry.domain.RmapStatusEntry.AuditFacts;
import org.oretrace.registry.domain.RmapStatusTerm;
import org.oretrace.registry.domain.Smelter;
import org.oretrace.registry.infrastructure.RmapFile;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports RMAP statuses: RMI's Conformant and Active lists (no status column: the list is the status, dated by the
 * day it was downloaded), and tables that state each status in a column (RMI's CSV export with a date per row, or a
 * filing's {@code Metal, Smelter Name, Smelter ID, RMAP Audit Status} table dated as a whole). Each import is recorded
 * with its source label and as-of date, and every status it states names it.
 */
@ApplicationScoped
public class RmapImports {

    static final int MAX_STATUS = 100;
    static final int MAX_PROBLEMS = 50;

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ApplicationClock clock;

    @Inject
    CurrentUser currentUser;

    /** Reads a file without storing anything: its shape, and the date it carries (offered as the as-of date). */
    @Allowed(Role.ADMIN)
    public RmapFileSummary inspect(byte[] content, String fileName) {
        RmapFile.Table table = RmapFile.read(content, fileName, RmapColumns::isHeader);
        Map<String, Integer> columns = RmapColumns.find(table.header());
        boolean status = columns.containsKey(RmapColumns.STATUS);
        boolean dated = columns.containsKey(RmapColumns.DATE);
        LocalDate date = null;
        String from = null;
        for (String line : table.titleLines()) {
            Optional<LocalDate> d = RmapColumns.dateIn(line);
            if (d.isPresent()) {
                date = d.get();
                from = "the line '" + abbreviate(line) + "' above the header";
                break;
            }
        }
        if (date == null && RmapColumns.dateIn(fileName).isPresent()) {
            date = RmapColumns.dateIn(fileName).get();
            from = "the file name";
        }
        if (date == null && table.modified().isPresent()) {
            date = table.modified().get();
            from = "the workbook's 'last modified' property";
        }
        if (date == null && dated) {
            Integer c = columns.get(RmapColumns.DATE);
            date = table.rows().stream().map(r -> RmapColumns.parseDate(r.cell(c))).flatMap(Optional::stream)
                    .max(LocalDate::compareTo).orElse(null);
            from = date == null ? null : "the latest status date in the file";
        }
        return new RmapFileSummary(fileName, table.fileFormat(), table.rows().size(), status, dated, date, from);
    }

    @Allowed(Role.ADMIN)
    @Transactional
    public RmapImportResult importFile(InputStream in, String fileName, RmapImportRequest request) throws IOException {
        byte[] content = RmapFile.readBounded(in);
        RmapFile.Table table = RmapFile.read(content, fileName, RmapColumns::isHeader);
        Map<String, Integer> columns = RmapColumns.find(table.header());
        Shape shape = Shape.of(columns, request, table.header());
        String label = label(request, shape.kind(), fileName);
        RmapImport log = new RmapImport(shape.kind(), shape.format(), label, request.asOf(), abbreviate(fileName, 300),
                clock.now(), currentUser.name());
        em.persist(log);

        Map<String, Smelter> smelters = em.createQuery("select s from Smelter s", Smelter.class).getResultList().stream()
                .collect(Collectors.toMap(Smelter::getSmelterId, Function.identity()));
        Map<String, RmapStatusTerm> terms = new HashMap<>();
        em.createQuery("select t from RmapStatusTerm t", RmapStatusTerm.class).getResultList().forEach(t -> terms.put(t.getTerm(), t));
        Map<String, RmapStatusEntry> existing = new HashMap<>();
        for (RmapStatusEntry e : em.createQuery("select e from RmapStatusEntry e", RmapStatusEntry.class).getResultList()) {
            existing.put(e.getSmelterId() + "|" + e.getStatusDate(), e);
        }
        Counts n = new Counts();
        LocalDate latest = null;
        for (RmapFile.Row r : table.rows()) {
            n.rows++;
            String rawId = r.cell(columns.get(RmapColumns.SMELTER_ID));
            String id = SmelterId.canonical(rawId);
            String status = shape.kind().isList() ? shape.kind().listedStatus() : r.cell(columns.get(RmapColumns.STATUS));
            if (id == null) {
                n.problem(r, "no valid smelter ID ('" + abbreviate(rawId) + "')");
                continue;
            }
            if (status.isEmpty() || status.length() > MAX_STATUS) {
                n.problem(r, status.isEmpty() ? "no status" : "a status longer than " + MAX_STATUS + " characters");
                continue;
            }
            Optional<LocalDate> date = shape.date(r, columns, request.asOf());
            if (date.isEmpty()) {
                n.problem(r, "unreadable date '" + abbreviate(r.cell(columns.get(shape.dateColumn()))) + "'");
                continue;
            }
            Smelter smelter = smelters.get(id);
            if (smelter == null) {
                n.unknownSmelters++;
                if (n.unknownIds.size() < 20) {
                    n.unknownIds.add(id);
                }
                continue;
            }
            String metalText = r.cell(columns.get(RmapColumns.METAL));
            Optional<Metal> metal = Metal.fromText(metalText);
            if (metal.isPresent() && metal.get() != smelter.getMetal()) {
                n.problem(r, id + " is a " + smelter.getMetal().displayName() + " smelter, the row says " + abbreviate(metalText));
                continue;
            }
            AuditFacts facts = auditFacts(r, columns, n);
            String term = RmapStatusTerm.normalize(status);
            RmapStatusTerm known = terms.computeIfAbsent(term, t -> {
                RmapStatusTerm added = new RmapStatusTerm(t, RmapCategory.UNKNOWN);
                em.persist(added);
                return added;
            });
            if (known.getCategory() == RmapCategory.UNKNOWN) {
                n.unmapped.add(status);
            }
            latest = latest == null || date.get().isAfter(latest) ? date.get() : latest;
            String key = id + "|" + date.get();
            RmapStatusEntry entry = existing.get(key);
            if (entry == null) {
                entry = new RmapStatusEntry(id, status, date.get(), log, facts);
                em.persist(entry);
                existing.put(key, entry);
                n.added++;
            } else if (entry.sameAs(status, facts)) {
                n.unchanged++;
            } else {
                if (entry.isDerived()) {
                    n.added++;
                } else {
                    n.updated++;
                }
                entry.restate(status, log, facts);
            }
        }
        if (log.getAsOf() == null) {
            log.coversUpTo(latest);
        }
        int dropped = shape.kind().isList() ? new RmapDropOffs(em).recompute(shape.kind(), log) : 0;
        log.counted(n.rows, n.added, n.updated, n.unchanged, n.unknownSmelters, n.problems.size());
        audit.record("RmapImport", log.getId(), "imported", "%s: %d rows, %d added, %d updated, %d unchanged, %d unknown smelters, %d dropped off, %d problems%s"
                .formatted(log.describe(), n.rows, n.added, n.updated, n.unchanged, n.unknownSmelters, dropped, n.problems.size(),
                        n.unmapped.isEmpty() ? "" : "; unmapped statuses " + n.unmapped));
        return new RmapImportResult(log.getId(), shape.kind().name(), shape.format(), label, log.getAsOf(), n.rows, n.added,
                n.updated, n.unchanged, n.unknownSmelters, List.copyOf(n.unknownIds), dropped, List.copyOf(n.unmapped),
                List.copyOf(n.problems));
    }

    /** Every import, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RmapImport> imports() {
        return em.createQuery("select i from RmapImport i order by i.importedAt desc, i.id desc", RmapImport.class).getResultList();
    }

    private static String label(RmapImportRequest request, RmapSourceKind kind, String fileName) {
        String label = request.sourceLabel() == null || request.sourceLabel().isBlank()
                ? (kind.isList() ? kind.label() : "Status table " + abbreviate(fileName, 200))
                : request.sourceLabel().strip().replaceAll("\\s+", " ");
        if (label.length() > RmapImportRequest.MAX_LABEL) {
            throw new BusinessRuleException("The source label is longer than " + RmapImportRequest.MAX_LABEL + " characters");
        }
        return label;
    }

    private static AuditFacts auditFacts(RmapFile.Row r, Map<String, Integer> columns, Counts n) {
        String lastAuditText = r.cell(columns.get(RmapColumns.LAST_AUDIT));
        LocalDate lastAudit = lastAuditText.isEmpty() ? null : RmapColumns.parseDate(lastAuditText).orElse(null);
        if (!lastAuditText.isEmpty() && lastAudit == null) {
            n.problem(r, "last audit date '" + abbreviate(lastAuditText) + "' not understood (status imported without it)");
        }
        String cycle = r.cell(columns.get(RmapColumns.AUDIT_CYCLE));
        return new AuditFacts(lastAudit, cycle.isEmpty() ? null : abbreviate(cycle, MAX_STATUS),
                RmapColumns.flag(r.cell(columns.get(RmapColumns.REAUDIT))));
    }

    private static String abbreviate(String text) {
        return abbreviate(text, 60);
    }

    private static String abbreviate(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Which kind of file this is, and where each row's date comes from. */
    private record Shape(RmapSourceKind kind, String format, String dateColumn) {

        static Shape of(Map<String, Integer> columns, RmapImportRequest request, List<String> header) {
            if (columns.containsKey(RmapColumns.STATUS)) {
                if (request.list() != null && request.list().isList()) {
                    throw new BusinessRuleException("This file has a status column ('" + header.get(columns.get(RmapColumns.STATUS))
                            + "'): it states each smelter's status and is not one of RMI's lists; import it without a list kind");
                }
                if (columns.containsKey(RmapColumns.DATE)) {
                    return new Shape(RmapSourceKind.STATUS_TABLE, "STATUS_COLUMNS", RmapColumns.DATE);
                }
                if (request.asOf() != null) {
                    return new Shape(RmapSourceKind.STATUS_TABLE, "FILING_TABLE", null);
                }
                if (columns.containsKey(RmapColumns.LAST_AUDIT)) {
                    // the format before RMI's lists: a table dated by its audit dates
                    return new Shape(RmapSourceKind.STATUS_TABLE, "STATUS_COLUMNS", RmapColumns.LAST_AUDIT);
                }
                throw new BusinessRuleException("This table has no status date column: give the date its statuses are as of "
                        + "(asOf, YYYY-MM-DD)");
            }
            if (request.list() == null || !request.list().isList()) {
                List<String> missing = RmapColumns.missing(columns, RmapColumns.STATUS, RmapColumns.DATE);
                throw new BusinessRuleException("This file has no status column " + missing + ", so it is one of RMI's lists: "
                        + "say which (list = CONFORMANT or ACTIVE) and the date it was downloaded (asOf)");
            }
            if (request.asOf() == null) {
                throw new BusinessRuleException("Give the date RMI's " + request.list().listedStatus()
                        + " list was downloaded (asOf, YYYY-MM-DD): its statuses are as of that day");
            }
            return new Shape(request.list(), "RMI_LIST", null);
        }

        Optional<LocalDate> date(RmapFile.Row r, Map<String, Integer> columns, LocalDate asOf) {
            if (dateColumn == null) {
                return Optional.of(asOf);
            }
            String text = r.cell(columns.get(dateColumn));
            if (text.isEmpty() && asOf != null) {
                return Optional.of(asOf);
            }
            return RmapColumns.parseDate(text);
        }
    }

    private static final class Counts {
        int rows;
        int added;
        int updated;
        int unchanged;
        int unknownSmelters;
        final List<String> unknownIds = new ArrayList<>();
        final TreeSet<String> unmapped = new TreeSet<>();
        final List<String> problems = new ArrayList<>();

        void problem(RmapFile.Row r, String what) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add("row " + r.number() + ": " + what);
            }
        }
    }
}
