package org.oretrace.kernel.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.kernel.testing.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationsTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void migratingTwiceAppliesEachMigrationOnce(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel")) {
            var again = Migrations.migrate(db.dataSource(), getClass().getClassLoader(), List.of("kernel"));
            assertThat(again).singleElement().satisfies(r -> assertThat(r.migrationsExecuted).isZero());
            assertThat(Migrations.pending(db.dataSource(), getClass().getClassLoader())).isEmpty();
        }
    }

    @Test
    void aFailingMigrationOnPostgresqlLeavesTheDatabaseAsItWas() throws SQLException {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.POSTGRESQL, "kernel")) {
            assertThatThrownBy(() -> Migrations.migrate(db.dataSource(), getClass().getClassLoader(), List.of("brokentest")))
                    .hasMessageContaining("V2__fails_halfway");
            try (Connection c = db.dataSource().getConnection()) {
                assertThat(tableExists(c, "broken_test_first")).isTrue();
                assertThat(tableExists(c, "broken_test_second")).as("the failed migration's DDL is rolled back").isFalse();
                try (ResultSet rs = c.createStatement().executeQuery("select count(*) from broken_test_first")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("the failed migration's data change is rolled back").isZero();
                }
                try (ResultSet rs = c.createStatement().executeQuery(
                        "select count(*) from flyway_history_brokentest where version = '2' and success")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isZero();
                }
            }
        }
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, "public", table, null)) {
            return rs.next();
        }
    }
}
