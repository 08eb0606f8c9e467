package org.oretrace.kernel.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One recorded change: who did what to which record, and when. Never updated or deleted. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = 200)
    private String actor;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 100)
    private String entityType;

    @Column(name = "entity_id", updatable = false, length = 200)
    private String entityId;

    @Column(name = "action", nullable = false, updatable = false, length = 50)
    private String action;

    @Column(name = "summary", nullable = false, updatable = false, length = 4000)
    private String summary;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, String entityType, String entityId, String action, String summary) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.summary = summary.length() > 4000 ? summary.substring(0, 3997) + "..." : summary;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getSummary() {
        return summary;
    }
}
