package org.oretrace.app.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.oretrace.kernel.Role;

import java.time.Instant;

/** A person who signs in to Oretrace. Suppliers never do: they only receive our emails. */
@Entity
@Table(name = "user_account")
public class UserAccount implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "email", length = 320)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    // Until account-wide locks gave way to LoginThrottle (per account and address) this held the lock's
    // end; it is no longer set and is cleared at the next sign-in or unlock.
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** Signs the person's mails under their name; null when not given. */
    @Column(name = "title", length = 200)
    private String title;

    /** An IANA zone id such as "Europe/Berlin"; null: as the browser says. */
    @Column(name = "time_zone", length = 60)
    private String timeZone;

    /** A language tag such as "en-GB"; null: as the browser says. */
    @Column(name = "locale", length = 35)
    private String locale;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, Role role, String passwordHash, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    /** Counts a wrong password, for the record (blocking guesses is LoginThrottle's job, per address). */
    public void recordFailedLogin() {
        failedLogins++;
    }

    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    void setRole(Role role) {
        this.role = role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public boolean isActiveAdmin() {
        return enabled && role == Role.ADMIN;
    }

    public String getTitle() {
        return title;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getLocale() {
        return locale;
    }

    /** The person's own settings; values are checked by {@link UserAccounts#updateOwnProfile}. */
    void changeProfile(String displayName, String title, String timeZone, String locale) {
        this.displayName = displayName;
        this.title = title;
        this.timeZone = timeZone;
        this.locale = locale;
    }
}
