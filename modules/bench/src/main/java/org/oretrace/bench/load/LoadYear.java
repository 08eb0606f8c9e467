package org.oretrace.bench.load;

import org.oretrace.bench.filing.BenchYear;
import org.oretrace.kernel.persistence.ConfiguredDataSource;
import org.oretrace.kernel.persistence.Migrations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The year the load test runs on, in a PostgreSQL database of its own that stays after this program ends (the
 * server is started on it next): the database is dropped if it exists, created, given the schema by the modules'
 * own Flyway migrations (those on the class path; the app's user tables follow when the server starts) and filled
 * by {@link BenchYear} with COPY (why COPY: see there).
 * <p>
 * Options (system properties): {@code load.db} (database name, default {@code oretrace_load}), {@code load.suppliers}
 * (10000), {@code load.declarations} (10000), {@code load.rows} (smelter rows per declaration, 300: 3 million rows),
 * {@code load.smelters} (600), {@code load.pg.url} (the server to create it on, default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}), {@code load.pg.user} (postgres), {@code load.pg.password} ("").
 * Prints the JDBC URL of the database on its last line; with the argument {@code drop} it drops the database instead.
 */
public final class LoadYear {

    private final LoadSettings settings;

    public LoadYear(LoadSettings settings) {
        this.settings = settings;
    }

    /** No argument: create the year, print its JDBC URL last. {@code drop}: drop the database. */
    public static void main(String[] args) throws Exception {
        LoadYear year = new LoadYear(LoadSettings.fromSystemProperties());
        if (args.length > 0 && args[0].equals("drop")) {
            year.drop();
        } else {
            System.out.println(year.create());
        }
    }

    /** Creates the database with the year in it; answers its JDBC URL. */
    public String create() throws Exception {
        String name = settings.database();
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("load.db must be a plain lower-case database name, not " + name);
        }
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        admin("CREATE DATABASE " + name);
        String url = settings.databaseUrl();
        ConfiguredDataSource db = dataSource(url);
        long t0 = System.nanoTime();
        Migrations.migrate(db, LoadYear.class.getClassLoader(), Migrations.MODULES);
        BenchYear year = settings.year();
        year.load(db);
        // a database that has been running has its tables vacuumed and analysed by autovacuum; right after COPY it has
        // neither, and the planner would guess at sizes and visit every row instead of answering from an index
        // (the smelter screen's index-only scan, intake V12). Do now what autovacuum would do within minutes.
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("VACUUM (ANALYZE)");
        }
        System.out.printf(Locale.ROOT, "year %d in %s: %,d suppliers asked, %,d accepted declarations x %d smelter rows ="
                        + " %,d rows, %d smelters, loaded in %.1f s%n", BenchYear.YEAR.value(), name, year.solicited(),
                year.declarations(), settings.rows(), year.rows(), year.smelters(), (System.nanoTime() - t0) / 1e9);
        return url;
    }

    /** Drops the database (the smoke test's clean-up). */
    public void drop() {
        try {
            admin("DROP DATABASE IF EXISTS " + settings.database() + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop " + settings.database(), e);
        }
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = dataSource(settings.pgUrl()).getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private ConfiguredDataSource dataSource(String url) {
        ConfiguredDataSource ds = new ConfiguredDataSource();
        ds.setUrl(url);
        ds.setUser(settings.pgUser());
        ds.setPassword(settings.pgPassword());
        return ds;
    }
}
