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
import org.oretrace.kernel.BusinessRuleException;

import java.time.Instant;

/**
 * One contact with a supplier: mails Oretrace sent (automatic) and calls, letters, meetings and
 * outside emails a person logged. The request's timeline shows both.
 */
@Entity
@Table(name = "contact_log")
public class ContactLogEntry implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_log_seq")
    @SequenceGenerator(name = "contact_log_seq", sequenceName = "contact_log_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id", nullable = false, updatable = false)
    private Supplier supplier;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id", updatable = false)
    private SurveyRequest request;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20, updatable = false)
    private ContactChannel channel;

    @Column(name = "automatic", nullable = false, updatable = false)
    private boolean automatic;

    @Column(name = "person", nullable = false, length = 200, updatable = false)
    private String person;

    @Column(name = "summary", nullable = false, length = 1000, updatable = false)
    private String summary;

    @Column(name = "outcome", length = 2000, updatable = false)
    private String outcome;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "outbox_message_id", updatable = false)
    private OutboxMessage message;

    protected ContactLogEntry() {
    }

    private ContactLogEntry(Supplier supplier, SurveyRequest request, Instant occurredAt, ContactChannel channel,
                            boolean automatic, String person, String summary, String outcome, OutboxMessage message) {
        this.supplier = supplier;
        this.request = request;
        this.occurredAt = occurredAt;
        this.channel = channel;
        this.automatic = automatic;
        this.person = person;
        this.summary = Text.truncate(summary, 1000);
        this.outcome = Text.truncate(Text.clean(outcome), 2000);
        this.message = message;
    }

    public static ContactLogEntry mailQueued(SurveyRequest request, OutboxMessage message, Instant at) {
        return new ContactLogEntry(request.getSupplier(), request, at, ContactChannel.EMAIL, true, "Oretrace",
                message.getKind().label() + " to " + message.getTo(), null, message);
    }

    public static ContactLogEntry event(Supplier supplier, SurveyRequest request, Instant at, String summary) {
        return new ContactLogEntry(supplier, request, at, ContactChannel.SYSTEM, true, "Oretrace", summary, null, null);
    }

    public static ContactLogEntry manual(Supplier supplier, SurveyRequest request, Instant at, ContactChannel channel,
                                         String person, String summary, String outcome) {
        if (!ContactChannel.manual().contains(channel)) {
            throw new BusinessRuleException("Log a phone call, letter, meeting or outside email, not " + channel);
        }
        if (Text.clean(person) == null || Text.clean(summary) == null) {
            throw new BusinessRuleException("Say who made the contact and what it was about");
        }
        org.oretrace.kernel.InputLimits.text("Person", person, 200);
        org.oretrace.kernel.InputLimits.text("Summary", summary, org.oretrace.kernel.InputLimits.REASON);
        org.oretrace.kernel.InputLimits.text("Outcome", outcome, 2000);
        return new ContactLogEntry(supplier, request, at, channel, false, person.strip(), summary.strip(), outcome, null);
    }

    public Long getId() {
        return id;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public SurveyRequest getRequest() {
        return request;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public ContactChannel getChannel() {
        return channel;
    }

    public boolean isAutomatic() {
        return automatic;
    }

    public String getPerson() {
        return person;
    }

    public String getSummary() {
        return summary;
    }

    public String getOutcome() {
        return outcome;
    }

    public OutboxMessage getMessage() {
        return message;
    }
}
