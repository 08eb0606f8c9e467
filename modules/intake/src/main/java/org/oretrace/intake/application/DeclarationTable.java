package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.kernel.web.Formats;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The declarations screen one page at a time (issue 18): the screen's filters, its column filters ("contains", ignoring
 * case, on what the column shows), the sort and the count run in SQL on intake's own tables, with the error and
 * warning counts as sub-queries, so that a view holds one page of flat lines instead of up to 2,000 declarations.
 * Column names are the table's {@code field}s. The Received column filters on the stored time as ISO text
 * ("2024-03-15 10:22"), not on the screen's formatting in the reader's zone.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DeclarationTable {

    private static final String ERRORS = "(select count(*) from intake_finding f where f.declaration_id = d.id and f.severity = 'ERROR')";
    private static final String WARNINGS = "(select count(*) from intake_finding f where f.declaration_id = d.id and f.severity = 'WARNING')";

    /** What a column sorts and filters on, by the column's field. */
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("id", "d.id"),
            Map.entry("company", "d.company_name"),
            Map.entry("fileName", "d.file_name"),
            Map.entry("reportingYear", "d.reporting_year"),
            Map.entry("template", "d.template || ' ' || coalesce(d.template_version, '')"),
            Map.entry("language", "d.language"),
            Map.entry("scope", "d.scope"),
            Map.entry("status", "d.status"),
            Map.entry("errors", ERRORS),
            Map.entry("warnings", WARNINGS),
            Map.entry("receivedAt", "d.received_at"));

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    /** One line of the list, flat so that the Excel export shows plain values. */
    public record Line(long id, String fileName, String company, Long supplierId, Integer reportingYear,
                       String templateVersion, String language, String scope, DeclarationStatus status, long errors,
                       long warnings, Instant receivedAt, String template) implements Serializable {
    }

    public record Page(List<Line> lines, int total) implements Serializable {
    }

    /** @param sortField a field, or null for newest first */
    public Page page(Declarations.Filter filter, Map<String, String> columns, String sortField, boolean ascending,
                     int first, int max) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, columns, params);
        Query count = em.createNativeQuery("select count(*) from intake_declaration d" + where);
        bind(count, params);
        int total = ((Number) count.getSingleResult()).intValue();
        if (total == 0 || max <= 0) {
            return new Page(List.of(), total);
        }
        String sort = sortField == null ? null : COLUMNS.get(sortField);
        String order = sort == null ? " order by d.received_at desc, d.id desc"
                : " order by " + sort + (ascending ? " asc" : " desc") + ", d.id desc";
        Query q = em.createNativeQuery("select d.id, d.file_name, d.company_name, d.supplier_id, d.reporting_year, "
                + "d.template_version, d.language, d.scope, d.status, " + ERRORS + ", " + WARNINGS + ", d.received_at, "
                + "d.template from intake_declaration d" + where + order);
        bind(q, params);
        List<Object[]> rows = new ArrayList<>();
        for (Object row : q.setFirstResult(first).setMaxResults(max).getResultList()) {
            rows.add((Object[]) row);
        }
        Map<Long, Instant> received = received(rows.stream().map(r -> ((Number) r[0]).longValue()).toList());
        List<Line> lines = new ArrayList<>();
        for (Object[] r : rows) {
            lines.add(new Line(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    r[3] == null ? null : ((Number) r[3]).longValue(), r[4] == null ? null : ((Number) r[4]).intValue(),
                    (String) r[5], (String) r[6], (String) r[7], DeclarationStatus.valueOf((String) r[8]),
                    ((Number) r[9]).longValue(), ((Number) r[10]).longValue(), received.get(((Number) r[0]).longValue()), (String) r[12]));
        }
        return new Page(lines, total);
    }

    private static String where(Declarations.Filter f, Map<String, String> columns, List<Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (f.reportingYear() != null) {
            where.append(" and d.reporting_year = ?");
            params.add(f.reportingYear());
        }
        if (f.supplierId() != null) {
            where.append(" and d.supplier_id = ?");
            params.add(f.supplierId());
        }
        if (f.status() != null) {
            where.append(" and d.status = ?");
            params.add(f.status().name());
        }
        if (f.text() != null && !f.text().isBlank()) {
            String text = "%" + f.text().strip().toLowerCase(Locale.ROOT) + "%";
            where.append(" and (lower(d.file_name) like ? or lower(d.company_name) like ? or lower(d.mail_from) like ?)");
            params.add(text);
            params.add(text);
            params.add(text);
        }
        for (Map.Entry<String, String> column : columns.entrySet()) {
            String expression = COLUMNS.get(column.getKey());
            String value = column.getValue() == null ? "" : column.getValue().strip().toLowerCase(Locale.ROOT);
            if (expression == null || value.isEmpty()) {
                continue;
            }
            if (column.getKey().equals("status")) {
                // the screen shows the status in words: match the statuses whose words contain the text
                List<String> matching = Arrays.stream(DeclarationStatus.values())
                        .filter(s -> Formats.words(s).toLowerCase(Locale.ROOT).contains(value)).map(Enum::name).toList();
                where.append(matching.isEmpty() ? " and 1 = 0"
                        : " and d.status in (" + String.join(", ", matching.stream().map(s -> "?").toList()) + ")");
                params.addAll(matching);
            } else {
                where.append(" and lower(cast(").append(expression).append(" as varchar(600))) like ?");
                params.add("%" + value + "%");
            }
        }
        return where.toString();
    }

    private static void bind(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
    }

    /** The times through JPA, as the entity maps them (a native TIMESTAMP has no zone of its own). */
    private Map<Long, Instant> received(List<Long> ids) {
        Map<Long, Instant> times = new java.util.HashMap<>();
        for (Object[] r : em.createQuery("select d.id, d.receivedAt from Declaration d where d.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            times.put((Long) r[0], (Instant) r[1]);
        }
        return times;
    }
}
