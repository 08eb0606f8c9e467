package org.oretrace.intake.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The original bytes of a received file, exactly as they arrived. Kept in the database (not on a
 * node's disk) so that every node of a cluster can re-read it and so that storing it commits
 * together with the record of the upload. Identical content is stored once (unique SHA-256).
 */
@Entity
@Table(name = "intake_stored_file")
public class StoredFile implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_stored_file_seq")
    @SequenceGenerator(name = "intake_stored_file_seq", sequenceName = "intake_stored_file_seq", allocationSize = 50)
    private Long id;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64, unique = true)
    private String sha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "original_name", nullable = false, updatable = false, length = 500)
    private String originalName;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "received_by", nullable = false, updatable = false, length = 200)
    private String receivedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, updatable = false, length = 20)
    private Channel channel;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected StoredFile() {
    }

    /** The array becomes the stored file's (not copied: an original is up to a few dozen megabytes, issue 18). */
    public StoredFile(byte[] content, String originalName, Instant receivedAt, String receivedBy, Channel channel) {
        this(content, sha256Of(content), originalName, receivedAt, receivedBy, channel);
    }

    /**
     * For a caller that has the content's {@link #sha256Of SHA-256} in hand already (reception looks for the same bytes
     * first); it is checked to be a SHA-256's form, and the array becomes the stored file's.
     */
    public StoredFile(byte[] content, String sha256, String originalName, Instant receivedAt, String receivedBy,
                      Channel channel) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 in hexadecimal: " + sha256);
        }
        this.content = content;
        this.sha256 = sha256;
        this.sizeBytes = content.length;
        this.originalName = truncate(originalName == null || originalName.isBlank() ? "unnamed" : originalName, 500);
        this.receivedAt = receivedAt;
        this.receivedBy = receivedBy;
        this.channel = channel;
    }

    public static String sha256Of(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getOriginalName() {
        return originalName;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public Channel getChannel() {
        return channel;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
