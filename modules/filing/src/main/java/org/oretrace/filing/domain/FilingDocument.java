package org.oretrace.filing.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** A document frozen with a finalized filing, stored with its SHA-256 so that any later change shows. */
@Entity
@Table(name = "filing_document")
public class FilingDocument implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "filing_document_seq")
    @SequenceGenerator(name = "filing_document_seq", sequenceName = "filing_document_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "filing_id", nullable = false, updatable = false)
    private Filing filing;

    @Column(name = "file_name", nullable = false, updatable = false, length = 32)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 100)
    private String contentType;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "byte_size", nullable = false, updatable = false)
    private long byteSize;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected FilingDocument() {
    }

    public FilingDocument(String fileName, String contentType, byte[] content, Instant createdAt) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content.clone();
        this.byteSize = content.length;
        this.sha256 = sha256(content);
        this.createdAt = createdAt;
    }

    void attachTo(Filing owner) {
        this.filing = owner;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when the stored bytes still hash to the digest recorded at finalization. */
    public boolean isIntact() {
        return sha256.equals(sha256(content));
    }

    public Long getId() { return id; }
    public Filing getFiling() { return filing; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public String getSha256() { return sha256; }
    public long getByteSize() { return byteSize; }
    public byte[] getContent() { return content.clone(); }
    public Instant getCreatedAt() { return createdAt; }
}
