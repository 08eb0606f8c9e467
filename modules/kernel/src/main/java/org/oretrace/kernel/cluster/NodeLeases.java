package org.oretrace.kernel.cluster;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Leases in the database for work that one node of a cluster does at a time (EJB timers are not persistent
 * and fire on every node). A lease is taken by a conditional update, which PostgreSQL and H2 serialise on the
 * row: of two nodes asking at once, one gets it. A node that dies stops renewing, so its lease expires after
 * its duration and another node takes the work over. Autocommit, outside any transaction: a lease must be
 * visible to the other nodes the moment it is taken.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class NodeLeases {

    private static final Logger LOG = Logger.getLogger(NodeLeases.class.getName());

    @Resource(lookup = "java:app/jdbc/oretrace")
    DataSource dataSource;

    private Supplier<Instant> now;

    public NodeLeases() {
    }

    /** For code and tests outside CDI. */
    public NodeLeases(DataSource dataSource, Supplier<Instant> now) {
        this.dataSource = dataSource;
        this.now = now;
    }

    /** This JVM's name in leases and logs: host, process and a random part (a restarted node is another holder). */
    public static final String NODE = NodeName.VALUE;

    /**
     * Takes (or renews, for its holder) the named lease for {@code duration}; false while another node holds it
     * and it has not expired. A database that cannot be reached answers false: no lease, no work.
     */
    public boolean tryAcquire(String name, Duration duration) {
        return tryAcquire(name, NODE, duration);
    }

    public boolean tryAcquire(String name, String holder, Duration duration) {
        Instant at = instant();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            if (update(c, name, holder, at, duration) == 1) {
                return true;
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO node_lease (name, holder, expires_at) SELECT ?, ?, ? WHERE NOT EXISTS"
                            + " (SELECT 1 FROM node_lease WHERE name = ?)")) {
                insert.setString(1, name);
                insert.setString(2, holder);
                insert.setTimestamp(3, Timestamp.from(at.plus(duration)));
                insert.setString(4, name);
                return insert.executeUpdate() == 1;
            } catch (SQLException lostTheRace) {
                // another node inserted the row between our two statements: it holds the lease
                return false;
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Lease " + name + " could not be taken (database unreachable?)", e);
            return false;
        }
    }

    /** Gives the lease back at once (if this holder still has it), so that another node need not wait for it to expire. */
    public void release(String name) {
        release(name, NODE);
    }

    public void release(String name, String holder) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE node_lease SET holder = NULL, expires_at = NULL"
                     + " WHERE name = ? AND holder = ?")) {
            c.setAutoCommit(true);
            s.setString(1, name);
            s.setString(2, holder);
            s.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Lease " + name + " could not be released; it expires by itself", e);
        }
    }

    private static int update(Connection c, String name, String holder, Instant at, Duration duration) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE node_lease SET holder = ?, expires_at = ? WHERE name = ?"
                + " AND (holder IS NULL OR holder = ? OR expires_at < ?)")) {
            s.setString(1, holder);
            s.setTimestamp(2, Timestamp.from(at.plus(duration)));
            s.setString(3, name);
            s.setString(4, holder);
            s.setTimestamp(5, Timestamp.from(at));
            return s.executeUpdate();
        }
    }

    private Instant instant() {
        // the wall clock, not the adjustable application clock: tests move each node's clock separately
        return now != null ? now.get() : Instant.now();
    }
}
