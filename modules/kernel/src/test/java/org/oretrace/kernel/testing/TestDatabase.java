package org.oretrace.kernel.testing;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.oretrace.kernel.persistence.ConfiguredDataSource;
import org.oretrace.kernel.persistence.Migrations;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh database for a persistence test: an in-memory H2, or a PostgreSQL database created for
 * the test and dropped on {@link #close()}. The modules' real migrations build the schema, so a
 * test also proves that the migrations fit the entities.
 *
 * <pre>
 * &#64;ParameterizedTest &#64;EnumSource(TestDatabase.Kind.class)
 * void stores(TestDatabase.Kind kind) {
 *     try (TestDatabase db = TestDatabase.create(kind, "kernel", "registry")) {
 *         EntityManagerFactory emf = db.entityManagerFactory("registry-test");
 *         ...
 * </pre>
 *
 * PostgreSQL is reached at {@code oretrace.test.pg.url} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user {@code postgres}, trust auth).
 */
public final class TestDatabase implements AutoCloseable {

    public enum Kind { H2, POSTGRESQL }

    private static final String PG_ADMIN_URL = System.getProperty("oretrace.test.pg.url",
            "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String PG_USER = System.getProperty("oretrace.test.pg.user", "postgres");
    private static final String PG_PASSWORD = System.getProperty("oretrace.test.pg.password", "");

    private final Kind kind;
    private final String name;
    private final ConfiguredDataSource dataSource = new ConfiguredDataSource();
    private final List<EntityManagerFactory> factories = new ArrayList<>();

    private TestDatabase(Kind kind) {
        this.kind = kind;
        this.name = "oretrace_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        if (kind == Kind.H2) {
            dataSource.setUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            dataSource.setUser("sa");
            dataSource.setPassword("");
        } else {
            adminExecute("CREATE DATABASE " + name);
            dataSource.setUrl(PG_ADMIN_URL.substring(0, PG_ADMIN_URL.lastIndexOf('/') + 1) + name);
            dataSource.setUser(PG_USER);
            dataSource.setPassword(PG_PASSWORD);
        }
    }

    /** A new, empty database with the migrations of the given modules applied (in the order given). */
    public static TestDatabase create(Kind kind, String... modules) {
        TestDatabase db = new TestDatabase(kind);
        try {
            Migrations.migrate(db.dataSource, TestDatabase.class.getClassLoader(), List.of(modules));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    public Kind kind() {
        return kind;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** An EntityManagerFactory of the named persistence unit (from the test's persistence.xml) on this database. */
    public EntityManagerFactory entityManagerFactory(String persistenceUnit) {
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.nonJtaDataSource", dataSource);
        props.put("eclipselink.logging.level", System.getProperty("oretrace.test.jpa.log", "WARNING"));
        props.put("eclipselink.session-name", name + "-" + persistenceUnit + "-" + factories.size());
        props.put("eclipselink.cache.shared.default", "false");
        EntityManagerFactory emf = Persistence.createEntityManagerFactory(persistenceUnit, props);
        factories.add(emf);
        return emf;
    }

    /** Runs {@code work} in a transaction of its own entity manager and commits (closed either way). */
    public static <T> T inTransaction(EntityManagerFactory emf, java.util.function.Function<jakarta.persistence.EntityManager, T> work) {
        jakarta.persistence.EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            em.close();
        }
    }

    public void execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        factories.forEach(f -> {
            if (f.isOpen()) {
                f.close();
            }
        });
        if (kind == Kind.H2) {
            execute("SHUTDOWN");
        } else {
            adminExecute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static void adminExecute(String sql) {
        ConfiguredDataSource admin = new ConfiguredDataSource();
        admin.setUrl(PG_ADMIN_URL);
        admin.setUser(PG_USER);
        admin.setPassword(PG_PASSWORD);
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + PG_ADMIN_URL + " refused '" + sql.toLowerCase(Locale.ROOT)
                    + "': is it running? (pg_ctlcluster --skip-systemctl-redirect <version> main start)", e);
        }
    }
}
