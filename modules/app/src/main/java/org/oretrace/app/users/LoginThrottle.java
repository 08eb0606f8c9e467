package org.oretrace.app.users;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oretrace.app.infrastructure.DataSourceConfiguration;
import org.oretrace.kernel.time.ApplicationClock;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slows password guessing without letting a guesser lock anyone out.
 *
 * <ul>
 *   <li>Per account and address: {@code oretrace.security.max-failed-logins} (5) wrong passwords in a row
 *       for one account from one client address block that pair for {@code oretrace.security.lock-minutes}
 *       (15). The same person signing in from another address is not affected: an attacker who types
 *       the administrator's name five times locks only themselves out.</li>
 *   <li>Per address: {@code oretrace.security.max-failed-logins-per-address} (20) failed sign-ins from one
 *       address, whatever the names, within the lock time block that address for the lock time (a
 *       guesser spraying many names).</li>
 * </ul>
 * While blocked no password is checked at all, so guessing on gains nothing. The counters live in the database
 * (table {@code login_throttle}, app V2): every node of a cluster counts the same attempts and a restart forgets
 * nothing. Each change is one SQL statement that reads and writes the row under the database's row lock, so two
 * nodes counting the same failure at once both count it, and only one of them reports the block it caused. Used
 * outside any transaction (sign-in), every statement commits on its own.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Pruning of rows that no longer matter runs once every this many failures on a node. */
    static final int PRUNE_EVERY = 200;
    private static final int MAX_NAME_LENGTH = 100;
    private static final int MAX_ADDRESS_LENGTH = 100;
    private static final String PAIR = "P";
    private static final String ADDRESS = "A";

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    ApplicationClock clock;

    @Inject
    @ConfigProperty(name = "oretrace.security.max-failed-logins", defaultValue = "5")
    int maxPerAccountAndAddress;

    @Inject
    @ConfigProperty(name = "oretrace.security.max-failed-logins-per-address", defaultValue = "20")
    int maxPerAddress;

    @Inject
    @ConfigProperty(name = "oretrace.security.lock-minutes", defaultValue = "15")
    int lockMinutes;

    private final AtomicInteger failuresSincePrune = new AtomicInteger();

    protected LoginThrottle() {
        // for CDI
    }

    /** A throttle with explicit limits on a database (tests; two of them on one database are two nodes). */
    LoginThrottle(DataSource dataSource, ApplicationClock clock, int maxPerAccountAndAddress, int maxPerAddress,
                  int lockMinutes) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.maxPerAccountAndAddress = maxPerAccountAndAddress;
        this.maxPerAddress = maxPerAddress;
        this.lockMinutes = lockMinutes;
    }

    /** Why a sign-in is not even tried: the time the block ends, or empty. */
    public Optional<Instant> blockedUntil(String username, String address) {
        return latestBlock("select max(blocked_until) from login_throttle where blocked_until > ? and ((kind = 'P' "
                + "and username = ? and address = ?) or (kind = 'A' and username = '' and address = ?))",
                name(username), address(address), address(address));
    }

    /** A wrong password (or unknown name): counts for the pair and for the address. True if this blocked the pair. */
    public boolean failed(String username, String address) {
        Instant now = clock.now();
        boolean pairBlocked = count(PAIR, name(username), address(address), now, maxPerAccountAndAddress);
        count(ADDRESS, "", address(address), now, maxPerAddress);
        if (failuresSincePrune.incrementAndGet() >= PRUNE_EVERY) {
            failuresSincePrune.set(0);
            prune(now);
        }
        return pairBlocked;
    }

    /** A successful sign-in clears the pair, not the address (an attacker's own account must not reset it). */
    public void succeeded(String username, String address) {
        update("delete from login_throttle where kind = 'P' and username = ? and address = ?", name(username),
                address(address));
    }

    /** The latest block of an account from any address (what the users screen shows), or empty. */
    public Optional<Instant> accountBlockedUntil(String username) {
        return latestBlock("select max(blocked_until) from login_throttle where blocked_until > ? and kind = 'P' "
                + "and username = ?", name(username));
    }

    /** An administrator lifts every block of an account. */
    public void unlock(String username) {
        update("delete from login_throttle where kind = 'P' and username = ?", name(username));
    }

    public int lockMinutes() {
        return lockMinutes;
    }

    /** Drops the rows whose window and block have both passed; answers how many. */
    int prune(Instant now) {
        Timestamp windowOver = Timestamp.from(now.minus(lock()));
        return update("delete from login_throttle where window_start <= ? and (blocked_until is null or blocked_until <= ?)",
                windowOver, Timestamp.from(now));
    }

    /** Counts one failure of a key; true when this failure reached the limit and so started the block. */
    private boolean count(String kind, String username, String address, Instant now, int limit) {
        Timestamp at = Timestamp.from(now);
        Timestamp windowOver = Timestamp.from(now.minus(lock()));
        // a window that has passed (unless a block still runs), or a block that has ended, starts the count afresh
        String stale = "((blocked_until is null and window_start <= ?) or blocked_until <= ?)";
        String increment = "update login_throttle set failures = case when " + stale + " then 1 else failures + 1 end, "
                + "window_start = case when " + stale + " then ? else window_start end, "
                + "blocked_until = case when " + stale + " then null else blocked_until end "
                + "where kind = ? and username = ? and address = ?";
        Object[] incrementArgs = {windowOver, at, windowOver, at, at, windowOver, at, kind, username, address};
        if (update(increment, incrementArgs) == 0 && !insertFirst(kind, username, address, at)) {
            // another node inserted the row between our two statements: count on it
            update(increment, incrementArgs);
        }
        Timestamp until = Timestamp.from(now.plus(lock()));
        return update("update login_throttle set blocked_until = ? where kind = ? and username = ? and address = ? "
                + "and failures >= ? and blocked_until is null", until, kind, username, address, limit) == 1;
    }

    /** The first failure of a key; false when the row exists already (a concurrent insert won). */
    private boolean insertFirst(String kind, String username, String address, Timestamp at) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("insert into login_throttle (kind, username, address, failures, "
                     + "window_start, blocked_until) values (?, ?, ?, 1, ?, null)")) {
            bind(s, kind, username, address, at);
            s.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false;
            }
            throw new IllegalStateException("Could not count a failed sign-in", e);
        }
    }

    private Optional<Instant> latestBlock(String sql, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = Timestamp.from(clock.now());
        System.arraycopy(args, 0, all, 1, args.length);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, all);
            try (ResultSet r = s.executeQuery()) {
                Timestamp until = r.next() ? r.getTimestamp(1) : null;
                return until == null ? Optional.empty() : Optional.of(until.toInstant());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the sign-in blocks", e);
        }
    }

    private int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the sign-in counters", e);
        }
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Timestamp t) {
                s.setTimestamp(i + 1, t);
            } else if (args[i] instanceof Integer n) {
                s.setInt(i + 1, n);
            } else {
                s.setString(i + 1, (String) args[i]);
            }
        }
    }

    private Duration lock() {
        return Duration.ofMinutes(lockMinutes);
    }

    /** Names are compared as the login does (stripped); an overlong one is cut to the column's size. */
    private static String name(String username) {
        String s = username == null ? "" : username.strip();
        return s.length() > MAX_NAME_LENGTH ? s.substring(0, MAX_NAME_LENGTH) : s;
    }

    private static String address(String address) {
        String s = address == null ? "" : address;
        return s.length() > MAX_ADDRESS_LENGTH ? s.substring(0, MAX_ADDRESS_LENGTH) : s;
    }
}
