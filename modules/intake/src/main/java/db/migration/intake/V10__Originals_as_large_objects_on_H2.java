package db.migration.intake;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.Statement;

/**
 * Issue 18: on H2 (development, demo, the benchmarks) a {@code BYTEA} is a VARBINARY kept inside its row, so
 * every insert into {@code intake_stored_file} read and rewrote the neighbouring rows' originals (a megabyte
 * each): the JFR of {@code IntakeHttpBenchmark} counted 10 of 34 GB allocated there. As a {@code BLOB} the bytes
 * live apart from the row. PostgreSQL keeps {@code bytea} (stored out of line by TOAST): nothing changes there.
 * A Java migration because the statement is H2's alone; the JPA mapping stays {@code byte[]}.
 */
public class V10__Originals_as_large_objects_on_H2 extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().toUpperCase(java.util.Locale.ROOT).startsWith("H2")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE intake_stored_file ALTER COLUMN content SET DATA TYPE BLOB");
        }
    }
}
