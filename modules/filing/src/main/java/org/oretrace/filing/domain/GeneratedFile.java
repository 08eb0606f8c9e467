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

/** One document of a finished generation, with its SHA-256, as every node downloads it. */
@Entity
@Table(name = "filing_generated_file")
public class GeneratedFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "filing_generated_file_seq")
    @SequenceGenerator(name = "filing_generated_file_seq", sequenceName = "filing_generated_file_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "generation_id", nullable = false, updatable = false)
    private FilingGeneration generation;

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

    protected GeneratedFile() {
    }

    GeneratedFile(FilingGeneration generation, String fileName, String contentType, byte[] content, String sha256) {
        this.generation = generation;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content.clone();
        this.byteSize = content.length;
        this.sha256 = sha256;
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

    public String getSha256() {
        return sha256;
    }

    public long getByteSize() {
        return byteSize;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
