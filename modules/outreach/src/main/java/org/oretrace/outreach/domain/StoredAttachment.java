package org.oretrace.outreach.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.oretrace.kernel.BusinessRuleException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A file sent with mail, e.g. the blank CMRT of a campaign. Stored once and referenced by every
 * message, so 77 requests do not copy a 1.5 MB workbook 77 times.
 */
@Entity
@Table(name = "stored_attachment")
public class StoredAttachment implements java.io.Serializable {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stored_attachment_seq")
    @SequenceGenerator(name = "stored_attachment_seq", sequenceName = "stored_attachment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 300)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 200)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 200)
    private String uploadedBy;

    protected StoredAttachment() {
    }

    public StoredAttachment(String fileName, String contentType, byte[] content, Instant uploadedAt, String uploadedBy) {
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("The file " + fileName + " is empty");
        }
        String cleanName = Text.clean(fileName);
        this.fileName = cleanName == null ? "attachment" : cleanName.replaceAll("[\\\\/]", "_");
        this.contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = sha256(content);
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
