package org.oretrace.app.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oretrace.kernel.time.ApplicationClock;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
 * While blocked no password is checked at all, so guessing on gains nothing. Counters live in this
 * node's memory (bounded; they do not survive a restart and each node of a cluster counts its own).
 */
@ApplicationScoped
public class LoginThrottle {

    /** More tracked keys than this and the stale ones are dropped (then arbitrary ones), so that memory stays bounded. */
    static final int MAX_TRACKED = 100_000;
    private static final int MAX_NAME_LENGTH = 100;

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

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    protected LoginThrottle() {
        // for CDI
    }

    /** A throttle with explicit limits (tests). */
    LoginThrottle(ApplicationClock clock, int maxPerAccountAndAddress, int maxPerAddress, int lockMinutes) {
        this.clock = clock;
        this.maxPerAccountAndAddress = maxPerAccountAndAddress;
        this.maxPerAddress = maxPerAddress;
        this.lockMinutes = lockMinutes;
    }

    /** Failures counted within a window; a lock until a time. */
    private static final class Counter {
        int failures;
        Instant windowStart;
        volatile Instant blockedUntil;
    }

    /** Why a sign-in is not even tried: the time the block ends, or empty. */
    public Optional<Instant> blockedUntil(String username, String address) {
        Instant now = clock.now();
        return latest(blockOf(pairKey(username, address), now), blockOf(addressKey(address), now));
    }

    /** A wrong password (or unknown name): counts for the pair and for the address. True if this blocked the pair. */
    public boolean failed(String username, String address) {
        Instant now = clock.now();
        Duration lock = Duration.ofMinutes(lockMinutes);
        boolean pairBlocked = count(pairKey(username, address), now, lock, maxPerAccountAndAddress);
        count(addressKey(address), now, lock, maxPerAddress);
        return pairBlocked;
    }

    /** A successful sign-in clears the pair, not the address (an attacker's own account must not reset it). */
    public void succeeded(String username, String address) {
        counters.remove(pairKey(username, address));
    }

    /** The latest block of an account from any address (what the users screen shows), or empty. */
    public Optional<Instant> accountBlockedUntil(String username) {
        Instant now = clock.now();
        String prefix = "p|" + name(username) + "|";
        return counters.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .map(e -> blockOf(e.getValue(), now)).flatMap(Optional::stream).max(Instant::compareTo);
    }

    /** An administrator lifts every block of an account. */
    public void unlock(String username) {
        String prefix = "p|" + name(username) + "|";
        counters.keySet().removeIf(key -> key.startsWith(prefix));
    }

    int trackedKeys() {
        return counters.size();
    }

    public int lockMinutes() {
        return lockMinutes;
    }

    private boolean count(String key, Instant now, Duration lock, int limit) {
        if (!counters.containsKey(key) && counters.size() >= MAX_TRACKED) {
            prune(now, lock);
        }
        boolean[] blocked = {false};
        counters.compute(key, (k, counter) -> {
            Counter c = counter == null ? new Counter() : counter;
            if (c.windowStart == null || !now.isBefore(c.windowStart.plus(lock)) || c.blockedUntil != null && !now.isBefore(c.blockedUntil)) {
                c.failures = 0;
                c.windowStart = now;
                c.blockedUntil = null;
            }
            c.failures++;
            if (c.failures >= limit && c.blockedUntil == null) {
                c.blockedUntil = now.plus(lock);
                blocked[0] = true;
            }
            return c;
        });
        return blocked[0];
    }

    /** Drops what no longer matters; when that is not enough, a tenth of the keys, so that pruning is rare (amortized). */
    private synchronized void prune(Instant now, Duration lock) {
        if (counters.size() < MAX_TRACKED) {
            return;
        }
        counters.values().removeIf(c -> (c.blockedUntil == null || !now.isBefore(c.blockedUntil))
                && !now.isBefore(c.windowStart.plus(lock)));
        Iterator<String> keys = counters.keySet().iterator();
        while (counters.size() > MAX_TRACKED * 9 / 10 && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }

    private Optional<Instant> blockOf(String key, Instant now) {
        return blockOf(counters.get(key), now);
    }

    private static Optional<Instant> blockOf(Counter counter, Instant now) {
        if (counter == null) {
            return Optional.empty();
        }
        Instant until = counter.blockedUntil;
        return until != null && until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    private static Optional<Instant> latest(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().isAfter(b.get()) ? a : b;
    }

    private static String pairKey(String username, String address) {
        return "p|" + name(username) + "|" + address;
    }

    private static String addressKey(String address) {
        return "a|" + address;
    }

    /** Names are compared as the login does (stripped); an overlong one cannot inflate memory. */
    private static String name(String username) {
        String s = username == null ? "" : username.strip();
        return s.length() > MAX_NAME_LENGTH ? s.substring(0, MAX_NAME_LENGTH) : s;
    }
}
