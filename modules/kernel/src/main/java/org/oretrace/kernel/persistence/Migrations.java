package org.oretrace.kernel.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Applies each module's versioned schema migrations. Every module owns a history of its own
 * (folder {@code db/migration/<module>}, table {@code flyway_history_<module>}), so modules add
 * migrations without coordinating version numbers; modules are migrated in dependency order.
 */
public final class Migrations {

    /** Business modules in dependency order; a module's tables may refer to those before it. */
    public static final List<String> MODULES = List.of("kernel", "registry", "outreach", "intake", "filing", "app");

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    private Migrations() {
    }

    /** Migrates the given modules (skipping those that have no migrations on the class path). */
    public static List<MigrateResult> migrate(DataSource dataSource, ClassLoader classLoader, List<String> modules) {
        List<MigrateResult> results = new ArrayList<>();
        for (String module : modules) {
            String location = "db/migration/" + module;
            if (classLoader.getResource(location) == null) {
                continue;
            }
            Flyway flyway = Flyway.configure(classLoader)
                    .dataSource(dataSource)
                    .locations("classpath:" + location)
                    .table("flyway_history_" + module)
                    // the schema is shared by all modules: a module's first migration runs even
                    // though other modules' tables are already there
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .validateMigrationNaming(true)
                    .load();
            MigrateResult result = flyway.migrate();
            LOG.info(() -> "Schema of module " + module + ": " + result.migrationsExecuted
                    + " migration(s) applied, now at version " + (result.targetSchemaVersion == null
                    ? flyway.info().current().getVersion() : result.targetSchemaVersion));
            results.add(result);
        }
        return results;
    }

    public static List<MigrateResult> migrateAll(DataSource dataSource, ClassLoader classLoader) {
        return migrate(dataSource, classLoader, MODULES);
    }

    /** The modules whose migrations are pending, empty when the schema is current. */
    public static List<String> pending(DataSource dataSource, ClassLoader classLoader) {
        List<String> pending = new ArrayList<>();
        for (String module : MODULES) {
            String location = "db/migration/" + module;
            if (classLoader.getResource(location) == null) {
                continue;
            }
            Flyway flyway = Flyway.configure(classLoader).dataSource(dataSource)
                    .locations("classpath:" + location).table("flyway_history_" + module).load();
            if (flyway.info().pending().length > 0) {
                pending.add(module);
            }
        }
        return pending;
    }
}
