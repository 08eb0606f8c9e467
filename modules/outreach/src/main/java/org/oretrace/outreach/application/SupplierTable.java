package org.oretrace.outreach.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.oretrace.outreach.domain.SupplierStatus;
import org.oretrace.outreach.domain.Text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The suppliers screen one page at a time (issue 18): the screen's filter form and its column filters, sort and count
 * done in the database, so that a view holds 50 flat rows instead of every supplier entity. Column names are the
 * table's {@code field}s; a column filter matches "contains", ignoring case, as the table's filters did in memory.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SupplierTable {

    /** What a column of the screen sorts and filters on, by the column's field. */
    private static final Map<String, String> COLUMNS = Map.of(
            "supplierNumber", "s.supplierNumber",
            "name", "s.name",
            "categoryName", "c.name",
            "country", "s.country",
            "status", "s.status",
            "ownerName", "s.ownerName",
            "primaryContact", "",
            "contractClause", "s.contractClause");

    /**
     * The primary contact is read for the page's suppliers afterwards, and filtered on through a sub-query (a join on
     * the primary contact needs a boolean in its ON clause, see {@link #isTrue}). It does not sort.
     */
    private static final String FROM = " from Supplier s left join s.category c";

    /**
     * A boolean column as 1 or 0: depending on the platform EclipseLink detects, it writes {@code = true} as
     * {@code = 1}, which H2 2 refuses to compare with a BOOLEAN column; a CASE compares on every database.
     */
    private static String isTrue(String path) {
        return "SQL('CASE WHEN ? THEN 1 ELSE 0 END', " + path + ") = 1";
    }

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    /** One line of the screen, flat (no entity, no lazy contacts) and small enough to keep for a page. */
    public record Row(long id, String supplierNumber, String name, String categoryName, String country,
                      SupplierStatus status, String statusReason, String ownerName, String primaryContact,
                      boolean contractClause) implements Serializable {
    }

    /** The rows from {@code first} on and how many match in all. */
    public record Page(List<Row> rows, int total) implements Serializable {
    }

    /**
     * @param columns    column filters by field (blank values are ignored)
     * @param sortField  a field, or null for the screen's order (name, then number)
     */
    public Page page(Suppliers.Filter filter, Map<String, String> columns, String sortField, boolean ascending,
                     int first, int max) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, columns, params);
        TypedQuery<Long> count = em.createQuery("select count(s)" + FROM + where, Long.class);
        params.forEach(count::setParameter);
        int total = count.getSingleResult().intValue();
        if (total == 0 || max <= 0) {
            return new Page(List.of(), total);
        }
        String sort = sortField == null || sortField.equals("primaryContact") ? null : COLUMNS.get(sortField);
        String order = sort == null ? " order by s.name, s.supplierNumber, s.id"
                : " order by " + sort + (ascending ? " asc" : " desc") + ", s.id";
        TypedQuery<Object[]> q = em.createQuery("select s.id, s.supplierNumber, s.name, c.name, s.country, s.status, "
                + "s.statusReason, s.ownerName, s.contractClause" + FROM + where + order, Object[].class);
        params.forEach(q::setParameter);
        List<Object[]> found = q.setFirstResult(first).setMaxResults(max).getResultList();
        Map<Long, String> primary = new HashMap<>();
        if (!found.isEmpty()) {
            for (Object[] r : em.createQuery("select c.supplier.id, c.email from Contact c where " + isTrue("c.primary")
                    + " and c.supplier.id in :ids", Object[].class)
                    .setParameter("ids", found.stream().map(r -> (Long) r[0]).toList()).getResultList()) {
                primary.putIfAbsent((Long) r[0], (String) r[1]);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Object[] r : found) {
            rows.add(new Row((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (SupplierStatus) r[5], (String) r[6], (String) r[7], primary.get((Long) r[0]), Boolean.TRUE.equals(r[8])));
        }
        return new Page(rows, total);
    }

    private static String where(Suppliers.Filter filter, Map<String, String> columns, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(Suppliers.where(filter, params));
        int i = 0;
        for (Map.Entry<String, String> column : columns.entrySet()) {
            String path = COLUMNS.get(column.getKey());
            String value = Text.clean(column.getValue());
            if (path == null || value == null) {
                continue;
            }
            String text = value.toLowerCase(Locale.ROOT);
            String name = "col" + i++;
            switch (column.getKey()) {
                case "status" -> {
                    // the screen shows the label: match the statuses whose label contains the text
                    List<SupplierStatus> matching = Arrays.stream(SupplierStatus.values())
                            .filter(s -> s.label().toLowerCase(Locale.ROOT).contains(text)).toList();
                    if (matching.isEmpty()) {
                        where.append(" and 1 = 0");
                    } else {
                        where.append(" and s.status in :").append(name);
                        params.put(name, matching);
                    }
                }
                // the screen shows "yes" for a clause and nothing otherwise
                case "contractClause" -> {
                    where.append("yes".contains(text) ? " and " + isTrue("s.contractClause") : " and 1 = 0");
                }
                case "primaryContact" -> {
                    where.append(" and exists (select pc from Contact pc where pc.supplier = s and " + isTrue("pc.primary")
                            + " and lower(pc.email) like :").append(name).append(")");
                    params.put(name, "%" + text + "%");
                }
                default -> {
                    where.append(" and lower(").append(path).append(") like :").append(name);
                    params.put(name, "%" + text + "%");
                }
            }
        }
        return where.toString();
    }
}
