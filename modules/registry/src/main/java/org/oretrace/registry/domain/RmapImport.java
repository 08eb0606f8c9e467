package org.oretrace.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One import of RMAP statuses: which list or table it was, the source label shown wherever its statuses appear, the
 * date its statuses are as of, and what it changed.
 */
@Entity
@Table(name = "rmap_import")
public class RmapImport implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rmap_import_seq")
    @SequenceGenerator(name = "rmap_import_seq", sequenceName = "rmap_import_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private RmapSourceKind kind;

    /** RMI_LIST, STATUS_COLUMNS or FILING_TABLE: how the file was read. */
    @Column(name = "file_format", nullable = false, length = 20)
    private String fileFormat;

    @Column(name = "source_label", nullable = false, length = 500)
    private String sourceLabel;

    /** The date the statuses are as of (a list's download date); null when each row of a table carries its own. */
    @Column(name = "as_of")
    private LocalDate asOf;

    @Column(name = "file_name", length = 300)
    private String fileName;

    @Column(name = "row_count", nullable = false)
    private int rows;

    @Column(name = "added_count", nullable = false)
    private int added;

    @Column(name = "updated_count", nullable = false)
    private int updated;

    @Column(name = "unchanged_count", nullable = false)
    private int unchanged;

    @Column(name = "unknown_smelters", nullable = false)
    private int unknownSmelters;

    @Column(name = "problem_count", nullable = false)
    private int problems;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 200)
    private String importedBy;

    protected RmapImport() {
    }

    public RmapImport(RmapSourceKind kind, String fileFormat, String sourceLabel, LocalDate asOf, String fileName,
                      Instant importedAt, String importedBy) {
        this.kind = kind;
        this.fileFormat = fileFormat;
        this.sourceLabel = sourceLabel;
        this.asOf = asOf;
        this.fileName = fileName;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    public void counted(int rows, int added, int updated, int unchanged, int unknownSmelters, int problems) {
        this.rows = rows;
        this.added = added;
        this.updated = updated;
        this.unchanged = unchanged;
        this.unknownSmelters = unknownSmelters;
        this.problems = problems;
    }

    /** A table whose rows carry their own dates is as of its latest one. */
    public void coversUpTo(LocalDate latest) {
        this.asOf = latest;
    }

    /** "RMI Conformant list as of 2024-04-30" style text for screens, the API and reports. */
    public String describe() {
        return sourceLabel + (asOf == null ? "" : " (as of " + asOf + ")");
    }

    public Long getId() {
        return id;
    }

    public RmapSourceKind getKind() {
        return kind;
    }

    public String getFileFormat() {
        return fileFormat;
    }

    public String getSourceLabel() {
        return sourceLabel;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public String getFileName() {
        return fileName;
    }

    public int getRows() {
        return rows;
    }

    public int getAdded() {
        return added;
    }

    public int getUpdated() {
        return updated;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getUnknownSmelters() {
        return unknownSmelters;
    }

    public int getProblems() {
        return problems;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }
}
