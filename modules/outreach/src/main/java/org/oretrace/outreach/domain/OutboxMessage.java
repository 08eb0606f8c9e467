package org.oretrace.outreach.domain;

import org.oretrace.kernel.EmailAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.oretrace.kernel.BusinessRuleException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A mail written in the same transaction as the business change that caused it and sent later by
 * a sender that first claims it in the database. State changes other than the claim happen on the
 * claimed row only.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage implements java.io.Serializable {

    public static final String NO_SMTP = "not sent: no SMTP configured";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30, updatable = false)
    private MailKind kind;

    @Column(name = "to_address", nullable = false, length = 320, updatable = false)
    private String to;

    @Column(name = "cc_addresses", length = 4000, updatable = false)
    private String cc;

    @Column(name = "subject", nullable = false, length = 500, updatable = false)
    private String subject;

    @Column(name = "body", nullable = false, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private OutboxState state = OutboxState.QUEUED;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by", length = 200)
    private String claimedBy;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    /** RFC 5322 Message-ID, fixed at queueing so a resend after a crash can be recognised by the receiver. */
    @Column(name = "message_id", nullable = false, length = 300, updatable = false)
    private String messageId;

    @Column(name = "contact_id", updatable = false)
    private Long contactId;

    @Column(name = "request_id", updatable = false)
    private Long requestId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ManyToMany
    @JoinTable(name = "outbox_attachment", joinColumns = @JoinColumn(name = "message_id"),
            inverseJoinColumns = @JoinColumn(name = "attachment_id"))
    private List<StoredAttachment> attachments = new ArrayList<>();

    protected OutboxMessage() {
    }

    public OutboxMessage(MailKind kind, String to, List<String> cc, String subject, String body, Instant now) {
        if (!EmailAddress.isValid(to)) {
            throw new BusinessRuleException("Not an email address: " + to);
        }
        this.kind = kind;
        this.to = to.strip();
        this.cc = cc == null || cc.isEmpty() ? null : String.join(", ", cc);
        this.subject = Text.truncate(subject.strip().replaceAll("[\\r\\n]+", " "), 500);
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
        this.messageId = "<" + UUID.randomUUID() + "@oretrace>";
    }

    public OutboxMessage about(Long requestId, Long contactId) {
        this.requestId = requestId;
        this.contactId = contactId;
        return this;
    }

    public OutboxMessage attach(StoredAttachment attachment) {
        if (attachment != null) {
            attachments.add(attachment);
        }
        return this;
    }

    public void sent(Instant at) {
        requireSending();
        state = OutboxState.SENT;
        attempts++;
        sentAt = at;
        lastError = null;
        claimedBy = null;
    }

    /** A temporary failure (server down, 4xx): try again at {@code retryAt}, or give up when there is none. */
    public void failed(String error, Instant retryAt) {
        requireSending();
        attempts++;
        lastError = Text.truncate(error, 2000);
        claimedBy = null;
        if (retryAt == null) {
            state = OutboxState.FAILED;
        } else {
            state = OutboxState.QUEUED;
            nextAttemptAt = retryAt;
        }
    }

    /** The server refused for good (5xx): no retry. */
    public void rejected(String error) {
        failed(error, null);
    }

    /** Put back by the sender without an attempt, e.g. because no SMTP server is configured. */
    public void released(String reason, Instant retryAt) {
        requireSending();
        state = OutboxState.QUEUED;
        claimedBy = null;
        lastError = reason;
        nextAttemptAt = retryAt;
    }

    /** A person asks to try a failed message again. */
    public void retryNow(Instant now) {
        if (state != OutboxState.FAILED) {
            throw new BusinessRuleException("Only failed messages can be retried");
        }
        state = OutboxState.QUEUED;
        nextAttemptAt = now;
    }

    private void requireSending() {
        if (state != OutboxState.SENDING) {
            throw new IllegalStateException("Message " + id + " is " + state + ", not claimed for sending");
        }
    }

    public List<String> ccList() {
        return cc == null ? List.of() : Arrays.stream(cc.split(",\\s*")).filter(s -> !s.isBlank()).toList();
    }

    public Long getId() {
        return id;
    }

    public MailKind getKind() {
        return kind;
    }

    public String getTo() {
        return to;
    }

    public String getCc() {
        return cc;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public OutboxState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getMessageId() {
        return messageId;
    }

    public Long getContactId() {
        return contactId;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<StoredAttachment> getAttachments() {
        return Collections.unmodifiableList(attachments);
    }
}
