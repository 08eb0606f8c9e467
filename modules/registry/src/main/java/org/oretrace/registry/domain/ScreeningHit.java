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

import java.time.Instant;
import java.util.Objects;

/**
 * A possible match between a subject (smelter or supplier) and an SDN entry. Keyed by subject and
 * OFAC's entry number, so a person's decision survives re-screening against newer list versions.
 */
@Entity
@Table(name = "screening_hit")
public class ScreeningHit implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "screening_hit_seq")
    @SequenceGenerator(name = "screening_hit_seq", sequenceName = "screening_hit_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 20)
    private ScreenedSubject subjectType;

    @Column(name = "subject_ref", nullable = false, length = 100)
    private String subjectRef;

    @Column(name = "subject_name", nullable = false, length = 300)
    private String subjectName;

    /** The subject's name (standard name or alias) that produced the hit. */
    @Column(name = "screened_name", nullable = false, length = 300)
    private String screenedName;

    @Column(name = "ent_num", nullable = false)
    private int entNum;

    @Column(name = "sdn_name", nullable = false, length = 500)
    private String sdnName;

    @Column(name = "sdn_programs", length = 500)
    private String sdnPrograms;

    @Column(name = "sdn_remarks", length = 4000)
    private String sdnRemarks;

    @Column(name = "score", nullable = false)
    private double score;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private HitStatus status;

    @Column(name = "reason", length = 2000)
    private String reason;

    @Column(name = "decided_by", length = 200)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "first_found_at", nullable = false)
    private Instant firstFoundAt;

    @Column(name = "last_seen_list")
    private Long lastSeenList;

    /** False once the SDN entry is no longer on the newest list screened (delisted). */
    @Column(name = "still_listed", nullable = false)
    private boolean stillListed;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ScreeningHit() {
    }

    public ScreeningHit(ScreenedSubject subjectType, String subjectRef, String subjectName, Instant foundAt) {
        this.subjectType = subjectType;
        this.subjectRef = subjectRef;
        this.subjectName = subjectName;
        this.status = HitStatus.OPEN;
        this.firstFoundAt = foundAt;
        this.stillListed = true;
    }

    /** Updates what the latest screening saw; the decision (status, reason) is left alone. */
    public void seen(String subjectName, String screenedName, int entNum, String sdnName, String programs, String remarks,
                     double score, Long listId) {
        this.subjectName = subjectName;
        this.screenedName = screenedName;
        this.entNum = entNum;
        this.sdnName = truncate(sdnName, 500);
        this.sdnPrograms = truncate(programs, 500);
        this.sdnRemarks = truncate(remarks, 4000);
        this.score = score;
        this.lastSeenList = listId;
        this.stillListed = true;
    }

    public void notSeenIn(Long listId) {
        if (!Objects.equals(lastSeenList, listId)) {
            stillListed = false;
        }
    }

    public void confirm(String reason, String by, Instant at) {
        decide(HitStatus.CONFIRMED, reason, by, at);
    }

    public void dismiss(String reason, String by, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("A dismissal needs a reason: write why the SDN entry is not this smelter or supplier "
                    + "(e.g. another company, another country)");
        }
        decide(HitStatus.DISMISSED, reason, by, at);
    }

    public void reopen(String by, Instant at) {
        decide(HitStatus.OPEN, null, by, at);
    }

    private void decide(HitStatus status, String reason, String by, Instant at) {
        this.status = status;
        this.reason = reason == null || reason.isBlank() ? null : truncate(reason.strip(), 2000);
        this.decidedBy = by;
        this.decidedAt = at;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public ScreenedSubject getSubjectType() {
        return subjectType;
    }

    public String getSubjectRef() {
        return subjectRef;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public String getScreenedName() {
        return screenedName;
    }

    public int getEntNum() {
        return entNum;
    }

    public String getSdnName() {
        return sdnName;
    }

    public String getSdnPrograms() {
        return sdnPrograms;
    }

    public String getSdnRemarks() {
        return sdnRemarks;
    }

    public double getScore() {
        return score;
    }

    public HitStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getFirstFoundAt() {
        return firstFoundAt;
    }

    public Long getLastSeenList() {
        return lastSeenList;
    }

    public boolean isStillListed() {
        return stillListed;
    }
}
