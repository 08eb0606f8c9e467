package org.oretrace.app.users;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.audit.AuditTrail;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.time.ApplicationClock;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/** User administration, passwords and lockout; API tokens are {@link ApiTokens}. */
@ApplicationScoped
@Transactional
public class UserAccounts {

    private static final Logger LOG = Logger.getLogger(UserAccounts.class.getName());
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,100}");
    static final int MIN_PASSWORD_LENGTH = 10;

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    ApplicationClock clock;

    @Inject
    LoginThrottle throttle;

    @Inject
    ApiTokens tokens;

    @PostConstruct
    void configureHashing() {
        passwordHash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "120000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        dummyHash = passwordHash.generate(PasswordGenerator.generate().toCharArray());
    }

    /** A hash with the same parameters as real ones, checked against when the user name is unknown. */
    private String dummyHash;

    public enum LoginCheck { OK, INVALID, DISABLED }

    public record LoginResult(LoginCheck check, UserAccount account) {
    }


    public Optional<UserAccount> find(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                .setParameter("name", username).getResultStream().findFirst();
    }

    public UserAccount get(long id) {
        UserAccount account = em.find(UserAccount.class, id);
        if (account == null) {
            throw new BusinessRuleException("No user with id " + id);
        }
        return account;
    }

    public List<UserAccount> all() {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class).getResultList();
    }

    public long count() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    @Allowed(Role.ADMIN)
    public UserAccount create(String username, String displayName, String email, Role role, String password) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new BusinessRuleException("A user name has 2 to 100 letters, digits or . _ @ -");
        }
        if (find(name).isPresent()) {
            throw new BusinessRuleException("The user name '" + name + "' is taken: choose another one");
        }
        UserAccount account = new UserAccount(name, blankToDefault(displayName, name), blankToNull(email), role,
                hash(password), clock.now());
        em.persist(account);
        audit.record("User", name, "created", "role " + role + ", display name '" + account.getDisplayName() + "'");
        return account;
    }

    @Allowed(Role.ADMIN)
    public UserAccount update(long id, String displayName, String email, Role role) {
        UserAccount account = get(id);
        StringBuilder changes = new StringBuilder();
        if (account.getRole() != role) {
            if (account.isActiveAdmin() && role != Role.ADMIN) {
                requireAnotherActiveAdmin(account);
            }
            changes.append("role ").append(account.getRole()).append(" -> ").append(role).append("; ");
            account.setRole(role);
        }
        String newName = blankToDefault(displayName, account.getUsername());
        if (!newName.equals(account.getDisplayName())) {
            changes.append("display name '").append(account.getDisplayName()).append("' -> '").append(newName).append("'; ");
            account.setDisplayName(newName);
        }
        String newEmail = blankToNull(email);
        if (!java.util.Objects.equals(newEmail, account.getEmail())) {
            changes.append("email ").append(account.getEmail()).append(" -> ").append(newEmail).append("; ");
            account.setEmail(newEmail);
        }
        if (!changes.isEmpty()) {
            audit.record("User", account.getUsername(), "updated", changes.substring(0, changes.length() - 2));
        }
        return account;
    }

    @Allowed(Role.ADMIN)
    public void setEnabled(long id, boolean enabled) {
        UserAccount account = get(id);
        if (account.isEnabled() == enabled) {
            return;
        }
        if (!enabled && account.isActiveAdmin()) {
            requireAnotherActiveAdmin(account);
        }
        account.setEnabled(enabled);
        audit.record("User", account.getUsername(), enabled ? "enabled" : "disabled", enabled ? "may sign in again" : "may no longer sign in");
    }

    @Allowed(Role.ADMIN)
    public void resetPassword(long id, String newPassword) {
        UserAccount account = get(id);
        account.changePassword(hash(newPassword));
        account.unlock();
        throttle.unlock(account.getUsername());
        audit.record("User", account.getUsername(), "password reset", "password set by an administrator; sign-in blocks lifted");
    }

    @Allowed(Role.ADMIN)
    public void unlock(long id) {
        UserAccount account = get(id);
        account.unlock();
        throttle.unlock(account.getUsername());
        audit.record("User", account.getUsername(), "unlocked", "sign-in blocks lifted by an administrator");
    }

    /** When the account's sign-in is blocked from some address (the latest end of such a block), or empty. */
    public Optional<Instant> blockedUntil(UserAccount account) {
        return throttle.accountBlockedUntil(account.getUsername());
    }

    @Allowed(Role.VIEWER)
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = find(currentUser.name()).orElseThrow(() -> new BusinessRuleException("Not signed in"));
        if (currentPassword == null || !passwordHash.verify(currentPassword.toCharArray(), account.getPasswordHash())) {
            throw new BusinessRuleException("The current password is not correct: type the password you signed in with");
        }
        account.changePassword(hash(newPassword));
        audit.record("User", account.getUsername(), "password changed", "changed by the user");
    }

    /** The languages and formats offered on My profile (dates and numbers follow them; the screens stay English). */
    public static final List<String> LOCALES = List.of("en-GB", "en-US", "en-CA", "en-AU", "de-DE", "fr-FR", "es-ES",
            "it-IT", "nl-NL", "pt-BR", "ja-JP", "zh-CN", "ko-KR", "tr-TR");

    /** Changes one's own full name, title, time zone and locale (empty zone or locale: as the browser says). */
    @Allowed(Role.VIEWER)
    public UserAccount updateOwnProfile(String fullName, String title, String timeZone, String locale) {
        UserAccount account = find(currentUser.name()).orElseThrow(() -> new BusinessRuleException("Not signed in"));
        String name = blankToDefault(fullName, account.getUsername());
        if (name.length() > 200) {
            throw new BusinessRuleException("Full name: at most 200 characters");
        }
        String newTitle = blankToNull(title);
        if (newTitle != null && newTitle.length() > 200) {
            throw new BusinessRuleException("Title: at most 200 characters");
        }
        String zone = blankToNull(timeZone);
        if (zone != null && !java.time.ZoneId.getAvailableZoneIds().contains(zone)) {
            throw new BusinessRuleException("Time zone: choose one from the list (e.g. Europe/Berlin), or \"as my browser\"");
        }
        String tag = blankToNull(locale);
        if (tag != null && !LOCALES.contains(tag)) {
            throw new BusinessRuleException("Date format: choose one from the list, or \"as my browser\"");
        }
        if (!name.equals(account.getDisplayName()) || !java.util.Objects.equals(newTitle, account.getTitle())
                || !java.util.Objects.equals(zone, account.getTimeZone()) || !java.util.Objects.equals(tag, account.getLocale())) {
            account.changeProfile(name, newTitle, zone, tag);
            audit.record("User", account.getUsername(), "profile changed", "full name '" + name + "', title '"
                    + (newTitle == null ? "" : newTitle) + "', time zone " + (zone == null ? "as the browser" : zone)
                    + ", date format " + (tag == null ? "as the browser" : tag));
        }
        return account;
    }

    /**
     * Checks a sign-in attempt. Wrong passwords are counted on the account for the record; blocking
     * repeated guesses is {@link LoginThrottle}'s job (per account and address), never a lock of the
     * account itself, which anyone who knows a user name could trigger.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LoginResult checkPassword(String username, String password) {
        Optional<UserAccount> found = find(username == null ? "" : username.strip());
        if (found.isEmpty()) {
            // spend the same time as for a real account, so that names cannot be probed by timing
            passwordHash.verify("x".toCharArray(), dummyHash);
            return new LoginResult(LoginCheck.INVALID, null);
        }
        UserAccount account = found.get();
        if (password == null || !passwordHash.verify(password.toCharArray(), account.getPasswordHash())) {
            account.recordFailedLogin();
            return new LoginResult(LoginCheck.INVALID, account);
        }
        if (!account.isEnabled()) {
            return new LoginResult(LoginCheck.DISABLED, account);
        }
        account.recordSuccessfulLogin(clock.now());
        return new LoginResult(LoginCheck.OK, account);
    }

    /** Logs and audits that the throttle blocked sign-ins to an account from one address. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSignInBlocked(String username, String address, int minutes) {
        String name = username == null ? "" : username.strip();
        find(name).ifPresent(account -> {
            LOG.warning(() -> "Sign-in to '" + account.getUsername() + "' from " + address + " blocked for " + minutes
                    + " minutes after repeated wrong passwords");
            audit.recordAs(account.getUsername(), "User", account.getUsername(), "sign-in blocked",
                    "wrong passwords in a row from " + address + ": sign-in from that address blocked for " + minutes
                            + " minutes (other addresses are not affected)");
        });
    }

    /** True while the account may still act (checked on every request, so disabling takes effect at once). */
    public boolean isActive(String username) {
        return find(username).map(UserAccount::isEnabled).orElse(false);
    }

    /**
     * Creates the first administrator on an empty user table. Returns the generated password when
     * none was configured (the caller prints it once), or empty.
     */
    public Optional<String> createFirstAdmin(String configuredPassword, String configuredToken) {
        if (count() > 0) {
            return Optional.empty();
        }
        boolean generate = configuredPassword == null || configuredPassword.isBlank();
        String password = generate ? PasswordGenerator.generate() : configuredPassword;
        UserAccount admin = new UserAccount("admin", "Administrator", null, Role.ADMIN, hash(password), clock.now());
        em.persist(admin);
        audit.recordAs(CurrentUser.SYSTEM, "User", "admin", "created", "first administrator, created at first start");
        if (configuredToken != null && !configuredToken.isBlank()) {
            if (!configuredToken.startsWith(ApiToken.PREFIX) || configuredToken.length() < 24) {
                throw new IllegalStateException("oretrace.admin.initial-api-token must start with '" + ApiToken.PREFIX
                        + "' and have at least 24 characters");
            }
            tokens.issue(admin, "initial set-up token", configuredToken);
        }
        return generate ? Optional.of(password) : Optional.empty();
    }

    private String hash(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new BusinessRuleException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters: choose a longer one");
        }
        return passwordHash.generate(password.toCharArray());
    }

    private void requireAnotherActiveAdmin(UserAccount account) {
        long others = em.createQuery("select count(u) from UserAccount u where u.role = :admin and u.enabled = true and u.id <> :id", Long.class)
                .setParameter("admin", Role.ADMIN).setParameter("id", account.getId()).getSingleResult();
        if (others == 0) {
            throw new BusinessRuleException("'" + account.getUsername() + "' is the last active administrator: "
                    + "make someone else an administrator first");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String blankToDefault(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s.strip();
    }

}
