package org.oretrace.app.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * An empty PostgreSQL database of a two-node test's own, on the machine's PostgreSQL ({@code oretrace.test.pg.url},
 * default {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user postgres, trust), dropped on {@link #close()}.
 */
public final class ClusterDatabase implements AutoCloseable {

    private final String adminUrl;
    private final String name;

    private ClusterDatabase(String adminUrl, String name) {
        this.adminUrl = adminUrl;
        this.name = name;
    }

    public static ClusterDatabase create() {
        return createOn(System.getProperty("oretrace.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres"));
    }

    /** On another PostgreSQL server (e.g. the private one of the fault tests), given its admin database URL. */
    public static ClusterDatabase createOn(String adminUrl) {
        ClusterDatabase db = new ClusterDatabase(adminUrl, "oretrace_cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        db.admin("CREATE DATABASE " + db.name);
        return db;
    }

    public String url() {
        return adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
    }

    /** A plain JDBC connection to the test's database, for counting what the nodes did. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), System.getProperty("oretrace.test.pg.user", "postgres"),
                System.getProperty("oretrace.test.pg.password", ""));
    }

    public long count(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Each row of a query as its columns joined by ", " (for failure messages). */
    public java.util.List<String> rows(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            java.util.List<String> rows = new java.util.ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? ", " : "").append(rs.getMetaData().getColumnLabel(i)).append('=').append(rs.getString(i));
                }
                rows.add(row.toString());
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void admin(String sql) {
        try (Connection c = DriverManager.getConnection(adminUrl, System.getProperty("oretrace.test.pg.user", "postgres"),
                System.getProperty("oretrace.test.pg.password", "")); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
