package org.oretrace.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A smelter's RMAP status as of a date; the history answers "what was its status on 31 Dec 2024?". */
@Entity
@Table(name = "rmap_status_entry")
public class RmapStatusEntry implements java.io.Serializable {

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

    /** The import that stated (or, for a derived entry, concluded) this status; null for entries older than imports. */
    @ManyToOne
    @JoinColumn(name = "import_id")
    private RmapImport source;

    /** RMI's facts from its lists, kept as published (null when the source does not give them). */
    @Column(name = "last_audit_date")
    private LocalDate lastAuditDate;

    @Column(name = "audit_cycle", length = 100)
    private String auditCycle;

    @Column(name = "reaudit_in_progress")
    private Boolean reauditInProgress;

    /** True when no list stated it: the smelter was on one import of a list and missing from the next one. */
    @Column(name = "derived", nullable = false)
    private boolean derived;

    protected RmapStatusEntry() {
    }

    /** A status a list or table stated. */
    public RmapStatusEntry(String smelterId, String status, LocalDate statusDate, RmapImport source, AuditFacts facts) {
        this(smelterId, status, statusDate, source.getImportedAt(), source.getImportedBy());
        this.source = source;
        audit(facts);
    }

    /** A status the registry concluded: the smelter dropped off a list; dated and sourced by the import it is missing from. */
    public static RmapStatusEntry droppedOff(String smelterId, RmapImport later) {
        RmapStatusEntry e = new RmapStatusEntry(smelterId, later.getKind().droppedStatus(), later.getAsOf(), later.getImportedAt(),
                later.getImportedBy());
        e.source = later;
        e.derived = true;
        return e;
    }

    /** Last audit date, audit cycle and re-audit flag as RMI's list gives them (each may be null). */
    public record AuditFacts(LocalDate lastAuditDate, String auditCycle, Boolean reauditInProgress) {
        public static final AuditFacts NONE = new AuditFacts(null, null, null);
    }

    /** The same smelter and date stated again, possibly by another import: the newest statement holds. */
    public void restate(String status, RmapImport by, AuditFacts facts) {
        restate(status, by.getImportedAt(), by.getImportedBy());
        this.source = by;
        this.derived = false;
        audit(facts);
    }

    private void audit(AuditFacts facts) {
        this.lastAuditDate = facts.lastAuditDate();
        this.auditCycle = facts.auditCycle();
        this.reauditInProgress = facts.reauditInProgress();
    }

    public boolean sameAs(String status, AuditFacts facts) {
        return !derived && this.status.equals(status) && java.util.Objects.equals(lastAuditDate, facts.lastAuditDate())
                && java.util.Objects.equals(auditCycle, facts.auditCycle())
                && java.util.Objects.equals(reauditInProgress, facts.reauditInProgress());
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

    public RmapImport getSource() {
        return source;
    }

    /** Where the status comes from, for people: the import's label and date, or the upload for entries older than that. */
    public String getSourceText() {
        return source != null ? source.describe() : "status file imported " + importedAt + " by " + importedBy;
    }

    public LocalDate getLastAuditDate() {
        return lastAuditDate;
    }

    public String getAuditCycle() {
        return auditCycle;
    }

    public Boolean getReauditInProgress() {
        return reauditInProgress;
    }

    public boolean isDerived() {
        return derived;
    }
}
