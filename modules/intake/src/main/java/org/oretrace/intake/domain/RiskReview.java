package org.oretrace.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/** One recorded assessment of a declaration's red flags: who, when, what was decided and why. Never changed. */
@Embeddable
public class RiskReview implements java.io.Serializable {

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 30)
    private RiskOutcome outcome;
    @Column(name = "assessment", nullable = false, length = 2000)
    private String assessment;
    @Column(name = "red_flags", nullable = false)
    private int redFlags;
    @Column(name = "reviewed_by", nullable = false, length = 200)
    private String reviewedBy;
    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    protected RiskReview() {
    }

    RiskReview(RiskOutcome outcome, String assessment, int redFlags, String reviewedBy, Instant reviewedAt) {
        this.outcome = outcome;
        this.assessment = assessment;
        this.redFlags = redFlags;
        this.reviewedBy = reviewedBy;
        this.reviewedAt = reviewedAt;
    }

    public RiskOutcome getOutcome() {
        return outcome;
    }

    public String getAssessment() {
        return assessment;
    }

    /** How many red flags the declaration had when this was decided. */
    public int getRedFlags() {
        return redFlags;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
