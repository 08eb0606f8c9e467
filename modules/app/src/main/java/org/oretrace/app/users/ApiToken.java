package org.oretrace.app.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A personal API token. Only its SHA-256 is stored: the token itself is shown once, when created.
 * Tokens are long random strings, so a fast hash is enough (unlike passwords).
 */
@Entity
@Table(name = "api_token")
public class ApiToken implements java.io.Serializable {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String PREFIX = "ort_";
    /** How stale "last used" may be: it is written at most this often (see {@link #used}). */
    static final java.time.Duration USE_RECORDED_EVERY = java.time.Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private UserAccount owner;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    /** The first characters, so that people can tell their tokens apart. */
    @Column(name = "token_prefix", nullable = false, length = 12)
    private String tokenPrefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(UserAccount owner, String name, String secret, Instant createdAt) {
        this.owner = owner;
        this.name = name;
        this.tokenHash = hash(secret);
        this.tokenPrefix = secret.substring(0, Math.min(12, secret.length()));
        this.createdAt = createdAt;
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /**
     * Records a use at most once a minute. Every request with a token is checked in a transaction of its own; writing
     * the time on each one made concurrent requests with one token (a script, the load test's 20 clients) queue on
     * this row's lock, up to 2.5 s a request under load (issue 18). To the minute is all the profile page shows.
     */
    void used(Instant now) {
        if (lastUsedAt == null || !now.isBefore(lastUsedAt.plus(USE_RECORDED_EVERY))) {
            lastUsedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public UserAccount getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
