package org.oretrace.kernel.persistence;

import jakarta.persistence.EntityManager;

/**
 * A version stamp of some tables, read from the database itself (issue 18: results kept between requests must notice
 * any change, from any node, without every write path having to say so). On PostgreSQL, per table the row count and the
 * sum of the rows' {@code xmin} (the ID of the transaction that wrote each row version): an insert or a delete changes
 * the count, an update gives the row a new transaction's ID, and a transaction's rows count only once it committed.
 * One statement, so one snapshot for all the tables. Cost: a scan of each table's rows (fine for tables of tens of
 * thousands of rows; pass a large table's parent instead when the rows change only with it). Freezing old rows
 * (VACUUM FREEZE) also changes the stamp, which costs a recomputation, never a stale answer. H2 has no {@code xmin}:
 * null, meaning "cannot tell", and a caller keeps nothing.
 */
public final class DataStamp {

    private DataStamp() {
    }

    /** @param tables table names written in code (never user input) */
    public static String of(EntityManager em, String... tables) {
        if (!postgresql(em)) {
            return null;
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < tables.length; i++) {
            if (!tables[i].matches("[a-z_]+")) {
                throw new IllegalArgumentException("not a table name: " + tables[i]);
            }
            sql.append(i == 0 ? "" : " || '/' || ").append("(SELECT COUNT(*) || ':' || COALESCE(SUM(CAST(CAST(xmin AS TEXT) AS BIGINT)), 0) FROM ")
                    .append(tables[i]).append(')');
        }
        return String.valueOf(em.createNativeQuery(sql.toString()).getSingleResult());
    }

    /** Per persistence unit: the database does not change under it, so it is asked once, not with every stamp. */
    private static final java.util.Map<jakarta.persistence.EntityManagerFactory, Boolean> POSTGRESQL =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static boolean postgresql(EntityManager em) {
        return POSTGRESQL.computeIfAbsent(em.getEntityManagerFactory(), f -> {
            // the same question on both databases: only PostgreSQL has a schema pg_catalog (H2 answers 0, not an error)
            Object n = em.createNativeQuery("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = 'pg_catalog'")
                    .getSingleResult();
            return n != null && ((Number) n).longValue() > 0;
        });
    }
}
