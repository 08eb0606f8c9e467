package org.oretrace.outreach.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.oretrace.kernel.BusinessRuleException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One supplier asked for its CMRT in one campaign. The version column makes two timers that pick
 * the same request at once collide, so a follow-up step is taken (and mailed) only once.
 */
@Entity
@Table(name = "survey_request")
public class SurveyRequest implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_request_seq")
    @SequenceGenerator(name = "survey_request_seq", sequenceName = "survey_request_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id", nullable = false, updatable = false)
    private Supplier supplier;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private RequestState state = RequestState.NOT_SENT;

    @Column(name = "requested_on")
    private LocalDate requestedOn;

    /** The day of the last follow-up step taken; steps on or before it are done. */
    @Column(name = "last_step_on")
    private LocalDate lastStepOn;

    @Column(name = "reminders_sent", nullable = false)
    private int remindersSent;

    @Column(name = "escalated_on")
    private LocalDate escalatedOn;

    @Column(name = "final_notice_on")
    private LocalDate finalNoticeOn;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "declaration_id")
    private Long declarationId;

    @Column(name = "corrective_subject", length = 500)
    private String correctiveSubject;

    @Column(name = "corrective_body")
    private String correctiveBody;

    protected SurveyRequest() {
    }

    public SurveyRequest(Campaign campaign, Supplier supplier) {
        this.campaign = campaign;
        this.supplier = supplier;
    }

    public void sent(LocalDate on) {
        if (state != RequestState.NOT_SENT && state != RequestState.UNREACHABLE) {
            throw new BusinessRuleException("The request to " + supplier.getSupplierNumber() + " was already sent");
        }
        this.state = RequestState.SENT;
        this.requestedOn = on;
        this.lastStepOn = on;
    }

    /** The follow-up steps due today that were not taken yet; empty when the request is answered or closed. */
    public List<FollowUpPolicy.Step> dueSteps(LocalDate today) {
        if (!state.isOpen() || requestedOn == null || !campaign.isRunning()) {
            return List.of();
        }
        return campaign.getPolicy().steps(requestedOn, campaign.getDueDate()).stream()
                .filter(step -> step.on().isAfter(lastStepOn) && !step.on().isAfter(today))
                .toList();
    }

    public void reminded(LocalDate on) {
        remindersSent++;
        lastStepOn = on;
        if (state == RequestState.SENT) {
            state = RequestState.REMINDED;
        }
    }

    public void escalated(LocalDate on) {
        escalatedOn = on;
        lastStepOn = on;
        if (state == RequestState.SENT || state == RequestState.REMINDED) {
            state = RequestState.ESCALATED;
        }
    }

    public void finalNoticeSent(LocalDate on) {
        finalNoticeOn = on;
        lastStepOn = on;
    }

    /** A step that could not be mailed still counts as taken, so it is not retried every minute. */
    public void stepSkipped(LocalDate on) {
        lastStepOn = on;
    }

    public void responded(Long declaration, Instant at) {
        if (declaration != null) {
            this.declarationId = declaration;
        }
        this.state = RequestState.RESPONDED;
        if (respondedAt == null) {
            this.respondedAt = at;
        }
    }

    public void needsFollowUp(Long declaration, Instant at) {
        if (declaration != null) {
            this.declarationId = declaration;
        }
        this.state = RequestState.NEEDS_FOLLOW_UP;
        if (respondedAt == null) {
            this.respondedAt = at;
        }
    }

    /** Intake's text of what the supplier must correct; reminders repeat it instead of the plain reminder. */
    public void correctiveAction(String subject, String body) {
        this.correctiveSubject = Text.truncate(Text.clean(subject), 500);
        this.correctiveBody = body;
        if (!state.isResponse()) {
            this.state = RequestState.NEEDS_FOLLOW_UP;
        }
    }

    public void unreachable() {
        if (!state.isResponse()) {
            this.state = RequestState.UNREACHABLE;
        }
    }

    public boolean isOverdue(LocalDate today) {
        return (state.isOpen() || state == RequestState.NOT_SENT) && today.isAfter(campaign.getDueDate());
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public RequestState getState() {
        return state;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public LocalDate getLastStepOn() {
        return lastStepOn;
    }

    public int getRemindersSent() {
        return remindersSent;
    }

    public LocalDate getEscalatedOn() {
        return escalatedOn;
    }

    public LocalDate getFinalNoticeOn() {
        return finalNoticeOn;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public Long getDeclarationId() {
        return declarationId;
    }

    public String getCorrectiveSubject() {
        return correctiveSubject;
    }

    public String getCorrectiveBody() {
        return correctiveBody;
    }
}
