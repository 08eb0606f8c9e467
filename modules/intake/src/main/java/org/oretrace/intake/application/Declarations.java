package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.intake.domain.Severity;
import org.oretrace.intake.domain.StoredFile;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads declarations: lists with filters, one with everything, the queue, the previous one of a supplier. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Declarations {

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    /** Null fields are not filtered on; {@code text} looks in file, company and sender. */
    public record Filter(Integer reportingYear, Long supplierId, DeclarationStatus status, String text) {
        /** Refuses a search text longer than a search can be (InputLimits). */
        public Filter {
            org.oretrace.kernel.InputLimits.search(text);
        }

        public static Filter none() {
            return new Filter(null, null, null, null);
        }
    }

    public Optional<Declaration> find(long id) {
        return Optional.ofNullable(em.find(Declaration.class, id));
    }

    /** The declaration with its rows and findings loaded, for screens and the API. */
    public Optional<Declaration> load(long id) {
        Optional<Declaration> d = find(id);
        d.ifPresent(declaration -> {
            declaration.getAnswers().size();
            declaration.getSmelters().size();
            declaration.getEmrtSmelters().size();
            declaration.getProducts().size();
            declaration.getFindings().size();
            declaration.getStoredFile().getSha256();
        });
        return d;
    }

    public Optional<StoredFile> original(long declarationId) {
        return find(declarationId).map(Declaration::getStoredFile);
    }

    public List<Declaration> search(Filter filter, int first, int max) {
        TypedQuery<Declaration> q = query(filter, "select d from Declaration d", " order by d.receivedAt desc, d.id desc",
                Declaration.class);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Filter filter) {
        return query(filter, "select count(d) from Declaration d", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(Filter f, String select, String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.reportingYear() != null) {
            where.append(" and d.reportingYear = :year");
            params.put("year", f.reportingYear());
        }
        if (f.supplierId() != null) {
            where.append(" and d.supplierId = :supplier");
            params.put("supplier", f.supplierId());
        }
        if (f.status() != null) {
            where.append(" and d.status = :status");
            params.put("status", f.status());
        }
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" and (lower(d.fileName) like :text or lower(d.company.name) like :text"
                    + " or lower(d.mailFrom) like :text)");
            params.put("text", "%" + f.text().strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        TypedQuery<T> q = em.createQuery(select + where + order, type);
        params.forEach(q::setParameter);
        return q;
    }

    /** Findings per severity for each of the given declarations, without loading them one by one. */
    public Map<Long, Map<Severity, Long>> findingCounts(List<Long> ids) {
        Map<Long, Map<Severity, Long>> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = em.createQuery("select d.id, f.severity, count(f) from Declaration d join d.findings f "
                + "where d.id in :ids group by d.id, f.severity", Object[].class).setParameter("ids", ids).getResultList();
        for (Object[] row : rows) {
            counts.computeIfAbsent((Long) row[0], id -> new EnumMap<>(Severity.class)).put((Severity) row[1], (Long) row[2]);
        }
        return counts;
    }

    public Map<DeclarationStatus, Long> countByStatus() {
        Map<DeclarationStatus, Long> counts = new EnumMap<>(DeclarationStatus.class);
        for (Object[] row : em.createQuery("select d.status, count(d) from Declaration d group by d.status",
                Object[].class).getResultList()) {
            counts.put((DeclarationStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Errors waiting for the supplier: on declarations that still need follow-up. */
    public long openErrorFindings() {
        return em.createQuery("select count(f) from Declaration d join d.findings f where d.status = :s "
                        + "and f.severity = :e", Long.class)
                .setParameter("s", DeclarationStatus.NEEDS_FOLLOW_UP).setParameter("e", Severity.ERROR).getSingleResult();
    }

    /** How many findings of one rule, by severity: a bar of the home page's "findings per rule". */
    public record RuleCount(org.oretrace.intake.domain.FindingCode code, long errors, long warnings) {
        public long total() {
            return errors + warnings;
        }
    }

    /**
     * The rules suppliers break most, on the declarations still open (waiting for the supplier or for a risk decision):
     * what the follow-up is about. Errors and warnings per rule, most first, at most {@code limit} rules; notes (INFO)
     * are left out, as they ask nothing of anyone.
     */
    public List<RuleCount> findingsPerRule(int limit) {
        Map<org.oretrace.intake.domain.FindingCode, long[]> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select f.code, f.severity, count(f) from Declaration d join d.findings f "
                        + "where d.status in :open and f.severity in :counted group by f.code, f.severity", Object[].class)
                .setParameter("open", List.of(DeclarationStatus.NEEDS_FOLLOW_UP, DeclarationStatus.RISK_REVIEW))
                .setParameter("counted", List.of(Severity.ERROR, Severity.WARNING)).getResultList()) {
            long[] pair = counts.computeIfAbsent((org.oretrace.intake.domain.FindingCode) row[0], c -> new long[2]);
            pair[row[1] == Severity.ERROR ? 0 : 1] += (Long) row[2];
        }
        return counts.entrySet().stream().map(e -> new RuleCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(java.util.Comparator.comparingLong(RuleCount::total).reversed()
                        .thenComparing(r -> r.code().name()))
                .limit(limit).toList();
    }

    /** The same supplier's declaration received before this one (read, not rejected), for comparison. */
    public Optional<Declaration> previous(Declaration d) {
        if (d.getSupplierId() == null) {
            return Optional.empty();
        }
        return em.createQuery("select p from Declaration p where p.supplierId = :s and p.id <> :id "
                        + "and p.receivedAt <= :at and p.status in :read order by p.receivedAt desc, p.id desc",
                        Declaration.class)
                .setParameter("s", d.getSupplierId()).setParameter("id", d.getId()).setParameter("at", d.getReceivedAt())
                .setParameter("read", List.of(DeclarationStatus.ACCEPTED, DeclarationStatus.NEEDS_FOLLOW_UP,
                        DeclarationStatus.RISK_REVIEW))
                .setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * What changed since the supplier's previous declaration, as a small record: the previous one's answers and rows are
     * read for the comparison only, and no view keeps them (issue 18).
     */
    public Optional<DeclarationComparison> comparedWithPrevious(Declaration d) {
        return previous(d).map(p -> DeclarationComparison.between(p, d));
    }

    /**
     * Every file this supplier sent for the declaration's reporting year, newest first, and the one that counts:
     * the latest accepted (as intake's published view {@code intake_accepted_declaration} decides), or, while none is
     * accepted, the latest received. A declaration without a supplier is its own only version.
     *
     * @param accepted whether {@code currentId} is an accepted declaration (else: the latest, not accepted yet)
     */
    public record Versions(List<Declaration> files, long currentId, boolean accepted) {
    }

    public Versions versions(Declaration d) {
        List<Declaration> files = List.of(d);
        if (d.getSupplierId() != null) {
            TypedQuery<Declaration> q = em.createQuery("select p from Declaration p where p.supplierId = :s and "
                    + (d.getReportingYear() == null ? "p.reportingYear is null" : "p.reportingYear = :y")
                    + " order by p.receivedAt desc, p.id desc", Declaration.class).setParameter("s", d.getSupplierId());
            if (d.getReportingYear() != null) {
                q.setParameter("y", d.getReportingYear());
            }
            files = q.setMaxResults(200).getResultList();
        }
        if (files.stream().noneMatch(f -> f.getId().equals(d.getId()))) {
            files = new java.util.ArrayList<>(files);
            files.add(d);
        }
        Optional<Declaration> accepted = files.stream().filter(f -> f.getStatus() == DeclarationStatus.ACCEPTED)
                .max(java.util.Comparator.comparing(Declaration::getId));
        return new Versions(files, accepted.orElse(files.get(0)).getId(), accepted.isPresent());
    }

    /** Declarations waiting to be read: never claimed, or claimed by a node that has not finished since {@code staleBefore}. */
    public List<Long> queued(Instant staleBefore, int max) {
        return em.createQuery("select d.id from Declaration d where d.status = :q and (d.claimedAt is null "
                        + "or d.claimedAt < :stale) order by d.id", Long.class)
                .setParameter("q", DeclarationStatus.QUEUED).setParameter("stale", staleBefore)
                .setMaxResults(max).getResultList();
    }

    public List<Integer> reportingYears() {
        return em.createQuery("select distinct d.reportingYear from Declaration d where d.reportingYear is not null "
                + "order by d.reportingYear desc", Integer.class).getResultList();
    }
}
