package org.oretrace.registry.domain;

import org.oretrace.kernel.BusinessRuleException;
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
import org.oretrace.kernel.Metal;

import java.time.Instant;

/**
 * A reported smelter name the matcher could not resolve with confidence. One open review per metal
 * and normalized name, however many declarations report it ({@link #occurrences}).
 */
@Entity
@Table(name = "match_review")
public class MatchReview implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "match_review_seq")
    @SequenceGenerator(name = "match_review_seq", sequenceName = "match_review_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "metal", length = 20)
    private Metal metal;

    @Column(name = "reported_name", length = 300)
    private String reportedName;

    @Column(name = "reported_country", length = 200)
    private String reportedCountry;

    @Column(name = "reported_smelter_id", length = 50)
    private String reportedSmelterId;

    @Column(name = "name_key", nullable = false, length = 300)
    private String nameKey;

    @Column(name = "source_type", length = 50)
    private String sourceType;

    @Column(name = "source_ref", length = 200)
    private String sourceRef;

    @Column(name = "occurrences", nullable = false)
    private int occurrences;

    @Column(name = "suggested_smelter_id", length = 20)
    private String suggestedSmelterId;

    @Column(name = "suggested_score")
    private Double suggestedScore;

    @Column(name = "reason", length = 1000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ReviewStatus status;

    @Column(name = "resolved_smelter_id", length = 20)
    private String resolvedSmelterId;

    @Column(name = "decided_by", length = 200)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "note", length = 1000)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected MatchReview() {
    }

    public MatchReview(Metal metal, String reportedName, String reportedCountry, String reportedSmelterId, String nameKey,
                       String sourceType, String sourceRef, String suggestedSmelterId, Double suggestedScore, String reason,
                       Instant createdAt) {
        this.metal = metal;
        this.reportedName = cut(reportedName, 300);
        this.reportedCountry = cut(reportedCountry, 200);
        this.reportedSmelterId = cut(reportedSmelterId, 50);
        this.nameKey = cut(nameKey, 300);
        this.sourceType = cut(sourceType, 50);
        this.sourceRef = cut(sourceRef, 200);
        this.suggestedSmelterId = suggestedSmelterId;
        this.suggestedScore = suggestedScore;
        this.reason = cut(reason, 1000);
        this.status = ReviewStatus.OPEN;
        this.occurrences = 1;
        this.createdAt = createdAt;
    }

    public void reportedAgain() {
        occurrences++;
    }

    public void confirm(String smelterId, String by, Instant at, String note) {
        if (status != ReviewStatus.OPEN) {
            throw new BusinessRuleException("This review was already decided by " + decidedBy);
        }
        this.status = ReviewStatus.CONFIRMED;
        this.resolvedSmelterId = smelterId;
        this.decidedBy = by;
        this.decidedAt = at;
        this.note = cut(note, 1000);
    }

    public void markUnknown(String by, Instant at, String note) {
        if (status != ReviewStatus.OPEN) {
            throw new BusinessRuleException("This review was already decided by " + decidedBy);
        }
        this.status = ReviewStatus.UNKNOWN;
        this.decidedBy = by;
        this.decidedAt = at;
        this.note = cut(note, 1000);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Metal getMetal() {
        return metal;
    }

    public String getReportedName() {
        return reportedName;
    }

    public String getReportedCountry() {
        return reportedCountry;
    }

    public String getReportedSmelterId() {
        return reportedSmelterId;
    }

    public String getNameKey() {
        return nameKey;
    }

    public String getSourceType() {
        return sourceType;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public int getOccurrences() {
        return occurrences;
    }

    public String getSuggestedSmelterId() {
        return suggestedSmelterId;
    }

    public Double getSuggestedScore() {
        return suggestedScore;
    }

    public String getReason() {
        return reason;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public String getResolvedSmelterId() {
        return resolvedSmelterId;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
