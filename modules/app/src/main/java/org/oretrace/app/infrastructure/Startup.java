package org.oretrace.app.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;
import org.oretrace.app.users.UserAccounts;
import org.oretrace.kernel.events.SchemaReady;
import org.oretrace.kernel.persistence.Migrations;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the database up to date before anything else runs, creates the first administrator on a
 * new installation and lets the modules load their reference data. A failed migration stops the
 * deployment: running new code on an old schema would corrupt data.
 */
@jakarta.ejb.Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    UserAccounts accounts;

    @Inject
    Event<SchemaReady> schemaReady;

    @Inject
    @ConfigProperty(name = "oretrace.data-dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "oretrace.admin.initial-password")
    Optional<String> initialPassword;

    @Inject
    @ConfigProperty(name = "oretrace.admin.initial-api-token")
    Optional<String> initialApiToken;

    private volatile boolean ready;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        createDataDir();
        try (StartupLock lock = StartupLock.take(dataSource)) {
            startHoldingLock();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The database cannot be reached at start-up: " + e.getMessage(), e);
        }
        ready = true;
        LOG.info("Oretrace is ready");
    }

    private void startHoldingLock() {
        backUpEmbeddedDatabaseBeforeUpgrade();
        List<MigrateResult> results;
        try {
            results = Migrations.migrateAll(dataSource, Startup.class.getClassLoader());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "\n*** Oretrace cannot start: the database schema could not be migrated. ***\n"
                    + "*** Nothing after the failed migration was applied; on PostgreSQL the failed migration was rolled back. ***\n"
                    + "*** On the embedded H2 database, restore the backup in " + dataDir + "/backups if needed. ***\n"
                    + "*** Cause: " + e.getMessage() + "\n", e);
            throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
        }
        boolean fresh = results.stream().anyMatch(r -> r.initialSchemaVersion == null && r.migrationsExecuted > 0)
                && accounts.count() == 0;
        accounts.createFirstAdmin(initialPassword.orElse(null), initialApiToken.orElse(null))
                .ifPresent(Startup::announceGeneratedPassword);
        try {
            schemaReady.fire(new SchemaReady(fresh));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Loading reference data at start-up failed; Oretrace runs, but check the cause", e);
        }
    }

    /**
     * H2 commits DDL at once, so a failing migration could leave an embedded database half-upgraded.
     * Before upgrading an existing H2 database, take a backup the administrator can restore.
     */
    private void backUpEmbeddedDatabaseBeforeUpgrade() {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            if (!url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:")) {
                return;
            }
            List<String> pending = Migrations.pending(dataSource, Startup.class.getClassLoader());
            boolean existing = connection.getMetaData().getTables(null, null, "flyway_history_kernel", null).next()
                    || connection.getMetaData().getTables(null, null, "FLYWAY_HISTORY_KERNEL", null).next();
            if (pending.isEmpty() || !existing) {
                return;
            }
            Path backups = Files.createDirectories(Path.of(dataDir, "backups"));
            Path backup = backups.resolve("oretrace-before-upgrade-" + System.currentTimeMillis() + ".zip");
            try (Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + backup.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            LOG.info(() -> "Embedded database backed up to " + backup + " before upgrading " + pending);
        } catch (SQLException | IOException e) {
            LOG.log(Level.WARNING, "Could not back up the embedded database before the upgrade", e);
        }
    }

    public boolean isReady() {
        return ready;
    }

    private void createDataDir() {
        try {
            Files.createDirectories(Path.of(dataDir));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the data directory " + dataDir + " (oretrace.data-dir)", e);
        }
    }

    private static void announceGeneratedPassword(String password) {
        String line = "=".repeat(78);
        LOG.warning("\n" + line + "\n"
                + "  Oretrace first start: an administrator account was created.\n"
                + "    user name: admin\n"
                + "    password:  " + password + "\n"
                + "  This password is shown only this once. Sign in and change it on your profile page,\n"
                + "  or set oretrace.admin.initial-password before the first start.\n"
                + line);
    }
}
