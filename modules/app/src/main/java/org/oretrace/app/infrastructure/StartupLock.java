package org.oretrace.app.infrastructure;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * Nodes that start together on one PostgreSQL database take turns at the start-up work (migrations, the first
 * administrator, reference data): the second waits on a session-level advisory lock until the first is done,
 * then finds the work done. Without it two nodes would both load the same reference lists. On H2 (one node,
 * embedded) there is nothing to wait for. The lock goes with the connection, so a node killed mid-start
 * releases it.
 */
final class StartupLock implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StartupLock.class.getName());
    /** Any fixed number; "oretrace" in ASCII digits. */
    private static final long KEY = 7_982_701_165_097L;

    private final Connection connection;

    private StartupLock(Connection connection) {
        this.connection = connection;
    }

    static StartupLock take(DataSource dataSource) throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            if (!c.getMetaData().getURL().startsWith("jdbc:postgresql:")) {
                c.close();
                return new StartupLock(null);
            }
            c.setAutoCommit(true);
            long waitingSince = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_lock(" + KEY + ")");
            }
            long waited = (System.nanoTime() - waitingSince) / 1_000_000;
            if (waited > 1000) {
                LOG.info(() -> "Waited " + waited + " ms for another node to finish its start-up work");
            }
            return new StartupLock(c);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try (Connection c = connection; Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            LOG.warning(() -> "The start-up lock was not released cleanly (it goes with the connection): " + e.getMessage());
        }
    }
}
