package org.oretrace.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A smelter's RMAP status as of a date; the history answers "what was its status on 31 Dec 2024?". */
@Entity
@Table(name = "rmap_status_entry")
public class RmapStatusEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rmap_status_entry_seq")
    @SequenceGenerator(name = "rmap_status_entry_seq", sequenceName = "rmap_status_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "smelter_id", nullable = false, length = 20)
    private String smelterId;

    /** RMI's word, as published. */
    @Column(name = "status", nullable = false, length = 100)
    private String status;

    @Column(name = "status_date", nullable = false)
    private LocalDate statusDate;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 200)
    private String importedBy;

    protected RmapStatusEntry() {
    }

    public RmapStatusEntry(String smelterId, String status, LocalDate statusDate, Instant importedAt, String importedBy) {
        this.smelterId = smelterId;
        this.status = status;
        this.statusDate = statusDate;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    public void restate(String status, Instant importedAt, String importedBy) {
        this.status = status;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    public Long getId() {
        return id;
    }

    public String getSmelterId() {
        return smelterId;
    }

    public String getStatus() {
        return status;
    }

    public LocalDate getStatusDate() {
        return statusDate;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }
}
