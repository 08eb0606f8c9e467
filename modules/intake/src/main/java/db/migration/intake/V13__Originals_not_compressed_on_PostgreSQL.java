package db.migration.intake;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.Statement;

/**
 * Issue 18: PostgreSQL tries to compress every {@code bytea} over 2 KB before storing it out of line, and the
 * originals are workbooks, PDFs and zips: compressed already, so the attempt fails after working through most of
 * each file. Inserting a 1.5 MB workbook took 55 ms with the attempt and 35 ms without it on this project's 2-core
 * machine (100 inserts each, see the intake README, *Sixth session*). {@code STORAGE EXTERNAL} stores the bytes out
 * of line without trying; rows stored before keep their form. H2 keeps its large objects as they are (V10).
 */
public class V13__Originals_not_compressed_on_PostgreSQL extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE intake_stored_file ALTER COLUMN content SET STORAGE EXTERNAL");
        }
    }
}
