package org.oretrace.outreach.domain;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.kernel.persistence.Migrations;
import org.oretrace.kernel.testing.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V3 turns the old in-scope flag into the one concept, the status OUT_OF_SCOPE with its reason, on suppliers
 * stored before it: nothing said about a supplier is lost (reasons that no longer have a column go to its notes).
 */
class ScopeMigrationTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theInScopeFlagBecomesTheStatusWithItsReason(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.create(kind, "kernel")) {
            Flyway.configure(getClass().getClassLoader()).dataSource(db.dataSource())
                    .locations("classpath:db/migration/outreach").table("flyway_history_outreach")
                    .baselineOnMigrate(true).baselineVersion("0").target("2").load().migrate();
            String insert = "INSERT INTO supplier (id, version, supplier_number, name, in_scope, scope_reason, notes, contract_clause,"
                    + " status, status_reason, created_at, updated_at) VALUES ";
            db.execute(insert + "(1, 0, 'S-1', 'Services Ltd', FALSE, 'services only', NULL, FALSE, 'ACTIVE', NULL, '2024-01-01 00:00:00', '2024-01-01 00:00:00')");
            db.execute(insert + "(2, 0, 'S-2', 'Silent Forge', FALSE, NULL, 'call before noon', FALSE, 'UNREACHABLE', 'no working contact', '2024-01-01 00:00:00', '2024-01-01 00:00:00')");
            db.execute(insert + "(3, 0, 'S-3', 'Solder Works', TRUE, 'supplies tin solder', 'key account', FALSE, 'ACTIVE', NULL, '2024-01-01 00:00:00', '2024-01-01 00:00:00')");
            db.execute(insert + "(4, 0, 'S-4', 'Office Direct', TRUE, NULL, NULL, FALSE, 'OUT_OF_SCOPE', 'office supplies', '2024-01-01 00:00:00', '2024-01-01 00:00:00')");
            db.execute(insert + "(5, 0, 'S-5', 'Plain Parts', TRUE, NULL, NULL, FALSE, 'ACTIVE', NULL, '2024-01-01 00:00:00', '2024-01-01 00:00:00')");

            Migrations.migrate(db.dataSource(), getClass().getClassLoader(), List.of("outreach"));

            Map<String, String[]> rows = new LinkedHashMap<>();
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT supplier_number, status, status_reason, notes FROM supplier ORDER BY id")) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
            assertThat(rows.get("S-1")).containsExactly("OUT_OF_SCOPE", "services only", null);
            assertThat(rows.get("S-2")).containsExactly("OUT_OF_SCOPE", "Marked not in scope before scope became a status",
                    "Before scope became a status: unreachable (no working contact)\ncall before noon");
            assertThat(rows.get("S-3")).containsExactly("ACTIVE", null, "In scope: supplies tin solder\nkey account");
            assertThat(rows.get("S-4")).containsExactly("OUT_OF_SCOPE", "office supplies", null);
            assertThat(rows.get("S-5")).containsExactly("ACTIVE", null, null);
            try (Connection c = db.dataSource().getConnection();
                 ResultSet columns = c.getMetaData().getColumns(null, null, kind == TestDatabase.Kind.H2 ? "SUPPLIER" : "supplier", null)) {
                List<String> names = new java.util.ArrayList<>();
                while (columns.next()) {
                    names.add(columns.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
                }
                assertThat(names).contains("status", "status_reason").doesNotContain("in_scope", "scope_reason");
            }
        }
    }
}
