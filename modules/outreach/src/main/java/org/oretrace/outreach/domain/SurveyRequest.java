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
import org.oretrace.kernel.cmrt.RmiTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One supplier asked for its CMRT, EMRT or both in one campaign. The version column makes two timers that pick
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

    /** RESPONDED or NEEDS_FOLLOW_UP once the CMRT came back; null until then. */
    @Enumerated(EnumType.STRING)
    @Column(name = "cmrt_answer", length = 20)
    private RequestState cmrtAnswer;

    @Column(name = "cmrt_answered_at")
    private Instant cmrtAnsweredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "emrt_answer", length = 20)
    private RequestState emrtAnswer;

    @Column(name = "emrt_answered_at")
    private Instant emrtAnsweredAt;

    /** The templates this request asks: the campaign's when it was created, or more for a chosen supplier. */
    @Column(name = "asks_cmrt", nullable = false)
    private boolean asksCmrt = true;

    @Column(name = "asks_emrt", nullable = false)
    private boolean asksEmrt;

    @Column(name = "corrective_subject", length = 500)
    private String correctiveSubject;

    @Column(name = "corrective_body")
    private String correctiveBody;

    protected SurveyRequest() {
    }

    public SurveyRequest(Campaign campaign, Supplier supplier) {
        this(campaign, supplier, List.of());
    }

    /** Asks the campaign's templates and, for this supplier, {@code alsoAsked} too (e.g. the EMRT of a cobalt supplier). */
    public SurveyRequest(Campaign campaign, Supplier supplier, java.util.Collection<RmiTemplate> alsoAsked) {
        this.campaign = campaign;
        this.supplier = supplier;
        for (RmiTemplate template : alsoAsked) {
            if (!Campaign.ASKABLE.contains(template)) {
                throw new BusinessRuleException("A request asks for the CMRT or the EMRT, not the " + template.name());
            }
        }
        this.asksCmrt = campaign.asks(RmiTemplate.CMRT) || alsoAsked.contains(RmiTemplate.CMRT);
        this.asksEmrt = campaign.asks(RmiTemplate.EMRT) || alsoAsked.contains(RmiTemplate.EMRT);
    }

    /** The templates this request asks, CMRT first: the campaign's, or more when the supplier was asked for more. */
    public List<RmiTemplate> getTemplates() {
        return Campaign.ASKABLE.stream().filter(this::asks).toList();
    }

    public boolean asks(RmiTemplate template) {
        return template == RmiTemplate.CMRT ? asksCmrt : template == RmiTemplate.EMRT && asksEmrt;
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

    /** The CMRT came back complete and correct (what every response was before campaigns asked for the EMRT). */
    public void responded(Long declaration, Instant at) {
        responded(RmiTemplate.CMRT, declaration, at);
    }

    /** The CMRT came back with answers the supplier must correct. */
    public void needsFollowUp(Long declaration, Instant at) {
        needsFollowUp(RmiTemplate.CMRT, declaration, at);
    }

    /** The template came back complete and correct (or with red flags only we assess). */
    public void responded(RmiTemplate template, Long declaration, Instant at) {
        answered(template, RequestState.RESPONDED, declaration, at);
    }

    /** The template came back with answers the supplier must correct. */
    public void needsFollowUp(RmiTemplate template, Long declaration, Instant at) {
        answered(template, RequestState.NEEDS_FOLLOW_UP, declaration, at);
    }

    /**
     * Records one template's answer, then the request's state from the templates the request asks: all answered is a
     * response (needing follow-up while any answer does), some answered is PARTIAL. A template the request did not ask
     * for is kept but changes nothing.
     */
    private void answered(RmiTemplate template, RequestState answer, Long declaration, Instant at) {
        if (declaration != null) {
            this.declarationId = declaration;
        }
        switch (template) {
            case CMRT -> {
                cmrtAnswer = answer;
                cmrtAnsweredAt = cmrtAnsweredAt == null ? at : cmrtAnsweredAt;
            }
            case EMRT -> {
                emrtAnswer = answer;
                emrtAnsweredAt = emrtAnsweredAt == null ? at : emrtAnsweredAt;
            }
            default -> throw new BusinessRuleException("A campaign asks for the CMRT or the EMRT, not the " + template.name());
        }
        List<RmiTemplate> asked = getTemplates();
        if (asked.stream().noneMatch(t -> answerOf(t) != null)) {
            return;
        }
        if (missingTemplates().isEmpty()) {
            state = asked.stream().anyMatch(t -> answerOf(t) == RequestState.NEEDS_FOLLOW_UP)
                    ? RequestState.NEEDS_FOLLOW_UP : RequestState.RESPONDED;
            if (respondedAt == null) {
                respondedAt = at;
            }
        } else {
            state = RequestState.PARTIAL;
        }
    }

    /** The templates asked that have not come back, CMRT first; empty once the request is answered in full. */
    public List<RmiTemplate> missingTemplates() {
        return getTemplates().stream().filter(t -> answerOf(t) == null).toList();
    }

    /** "CMRT back, EMRT missing" (or "needs follow-up") per template asked; empty when the request asks for one. */
    public String templatesBack() {
        List<RmiTemplate> asked = getTemplates();
        if (asked.size() < 2) {
            return "";
        }
        return String.join(", ", asked.stream().map(t -> t.name() + (answerOf(t) == null ? " missing"
                : answerOf(t) == RequestState.NEEDS_FOLLOW_UP ? " needs follow-up" : " back")).toList());
    }

    /** RESPONDED or NEEDS_FOLLOW_UP once the template came back, null until then. */
    public RequestState answerOf(RmiTemplate template) {
        return template == RmiTemplate.CMRT ? cmrtAnswer : template == RmiTemplate.EMRT ? emrtAnswer : null;
    }

    /** When the template first came back; null when it has not (or only a corrective action told of it). */
    public Instant answeredAt(RmiTemplate template) {
        return template == RmiTemplate.CMRT ? cmrtAnsweredAt : template == RmiTemplate.EMRT ? emrtAnsweredAt : null;
    }

    /** Intake's text of what the supplier must correct; reminders repeat it instead of the plain reminder. */
    public void correctiveAction(String subject, String body) {
        this.correctiveSubject = Text.truncate(Text.clean(subject), 500);
        this.correctiveBody = body;
        if (!state.hasAnswer()) {
            this.state = RequestState.NEEDS_FOLLOW_UP;
            // something came back that needs correcting: with one template asked, it is that template's answer
            List<RmiTemplate> asked = getTemplates();
            if (asked.size() == 1 && answerOf(asked.get(0)) == null) {
                if (asked.get(0) == RmiTemplate.CMRT) {
                    cmrtAnswer = RequestState.NEEDS_FOLLOW_UP;
                } else {
                    emrtAnswer = RequestState.NEEDS_FOLLOW_UP;
                }
            }
        }
    }

    public void unreachable() {
        if (!state.hasAnswer()) {
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
